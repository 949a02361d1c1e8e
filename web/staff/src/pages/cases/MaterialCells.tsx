import { CheckOutlined, EyeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Popover } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../common/locale';
import { fileUrl } from '../../../../common/materials';
import type { CheckedMaterial } from './types';

/**
 * The cells of a material checklist a clerk clicks: reuse offers and what was
 * handed over. The case page's checklist and the bundle intake's (before the
 * case exists) share them; MaterialLabels.tsx has the cells that only show.
 */

const messages = {
  provided: ['已收', 'Provided'],
  missing: ['缺少', 'Missing'],
  defective: ['不符合要求', 'Defective'],
  notApplicable: ['不适用', 'N/A'],
  reuseCertificate: ['调取电子证照', 'Use e-certificate'],
  reuseMaterial: ['复用材料库', 'Reuse material'],
  reasonPlaceholder: [
    '写明哪里不符合要求，如：照片为黑白',
    'Say what is wrong, e.g. the photo is black and white',
  ],
  confirm: ['确定', 'OK'],
  inUse: ['已采用', 'In use'],
  view: ['查看', 'View'],
} as const;

export interface MaterialEntry {
  key: string;
  state: string;
  reason?: string;
  certificateId?: string;
  materialId?: string;
  newSubmission?: boolean;
}

interface CellProps {
  material: CheckedMaterial;
  busy: string | null;
  onRecord: (entry: MaterialEntry) => void;
}

function DefectButton({ onConfirm, busy }: { onConfirm: (reason: string) => void; busy: boolean }) {
  const t = useT(messages);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState(false);
  return (
    <Popover
      open={shown}
      onOpenChange={setShown}
      trigger="click"
      content={
        <Flex vertical gap={8} className="defect-popover">
          <Input.TextArea
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('reasonPlaceholder')}
            maxLength={300}
            autoSize={{ minRows: 2 }}
          />
          <Button
            type="primary"
            size="small"
            disabled={!reason.trim()}
            onClick={() => {
              setShown(false);
              onConfirm(reason.trim());
            }}
          >
            {t('confirm')}
          </Button>
        </Flex>
      }
    >
      <Button size="small" danger loading={busy}>
        {t('defective')}
      </Button>
    </Popover>
  );
}

/** The electronic certificates and confirmed materials that stand in for the paper, one click each. */
export function ReuseOffers({ material, open, busy, onRecord }: CellProps & { open: boolean }) {
  const t = useT(messages);
  return (
    <Flex vertical gap={4} align="flex-start">
      {material.offers.certificates.map((certificate) => (
        <Button
          key={certificate.id}
          size="small"
          icon={material.certificateId === certificate.id ? <CheckOutlined /> : <SafetyCertificateOutlined />}
          type={material.certificateId === certificate.id ? 'primary' : 'default'}
          ghost={material.certificateId === certificate.id}
          disabled={!open}
          loading={busy === `reuse-${certificate.id}`}
          onClick={() =>
            onRecord({
              key: material.key,
              state: 'reused_certificate',
              certificateId: certificate.id,
            })
          }
        >
          {material.certificateId === certificate.id ? t('inUse') : t('reuseCertificate')}：
          {certificate.typeName} {certificate.number}
        </Button>
      ))}
      {material.offers.materials.map((offer) => (
        <Flex key={offer.id} gap={4} align="center">
          <Button
            size="small"
            icon={material.materialId === offer.id ? <CheckOutlined /> : undefined}
            disabled={!open}
            onClick={() => onRecord({ key: material.key, state: 'reused_material', materialId: offer.id })}
          >
            {material.materialId === offer.id ? t('inUse') : t('reuseMaterial')}：{offer.name}（
            {offer.createdAt.slice(0, 10)}）
          </Button>
          {/* The clerk checks a reused scan or photo like paper handed over, so it opens beside the checklist. */}
          <Button
            size="small"
            type="link"
            icon={<EyeOutlined />}
            href={fileUrl(offer.id)}
            target="_blank"
            rel="noreferrer"
          >
            {t('view')}
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}

/** What the applicant handed over: provided, missing, defective with its reason, not applicable. */
export function RecordButtons({
  material,
  busy,
  onRecord,
}: Omit<CellProps, 'material'> & { material: { key: string; state?: string; required: boolean } }) {
  const t = useT(messages);
  // A paper handed over in place of one judged missing or defective is a new submission (the one-notice rule counts it).
  const replaces = material.state === 'missing' || material.state === 'defective';
  return (
    <Flex gap={4} wrap>
      <Button
        size="small"
        type={material.state === 'provided' ? 'primary' : 'default'}
        onClick={() =>
          onRecord({
            key: material.key,
            state: 'provided',
            newSubmission: replaces || undefined,
          })
        }
      >
        {t('provided')}
      </Button>
      <Button size="small" onClick={() => onRecord({ key: material.key, state: 'missing' })}>
        {t('missing')}
      </Button>
      <DefectButton
        busy={busy === `defective-${material.key}`}
        onConfirm={(reason) => onRecord({ key: material.key, state: 'defective', reason })}
      />
      {!material.required && (
        <Button size="small" onClick={() => onRecord({ key: material.key, state: 'not_applicable' })}>
          {t('notApplicable')}
        </Button>
      )}
    </Flex>
  );
}
