import { CheckSquareOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Popover, Table, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../common/locale';
import type { ItemContent } from '../catalog/types';
import { useCaseTerms } from './caseTerms';
import type { CheckedMaterial, MaterialCheck } from './types';

const messages = {
  material: ['材料', 'Material'],
  required: ['必需（主件）', 'Required (main)'],
  optional: ['视情形（次要）', 'Conditional (secondary)'],
  state: ['状态', 'State'],
  checks: ['收件核验要点', 'What to check'],
  noChecks: ['按受理标准收件', 'Follow the acceptance standard'],
  offers: ['可复用', 'Reusable'],
  actions: ['登记', 'Record'],
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
  due: ['须于 {due} 前补交', 'Due by {due}'],
  visit: [
    '申请人本次到窗口办理（计入跑动次数）',
    'The applicant came to the window for this (counts as a visit)',
  ],
} as const;

const STATE_COLORS: Record<string, string> = {
  missing: 'red',
  defective: 'volcano',
  provided: 'green',
  reused_certificate: 'cyan',
  reused_material: 'cyan',
  promised: 'orange',
  not_applicable: 'default',
};

export interface MaterialEntry {
  key: string;
  state: string;
  reason?: string;
  certificateId?: string;
  materialId?: string;
  newSubmission?: boolean;
}

interface Props {
  check: MaterialCheck;
  content: ItemContent | undefined;
  open: boolean;
  busy: string | null;
  visit: boolean;
  onVisitChange: (visit: boolean) => void;
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

/** The checklist at the window: each material's state, the clerk's checks, the reuse offers one click away. */
export function MaterialsPanel({ check, content, open, busy, visit, onVisitChange, onRecord }: Props) {
  const t = useT(messages);
  const terms = useCaseTerms();
  const checksOf = (key: string) => content?.materials.find((material) => material.key === key)?.checks ?? [];
  // A paper handed over in place of one judged missing or defective is a new submission (the one-notice rule counts it).
  const replaces = (material: CheckedMaterial) =>
    material.state === 'missing' || material.state === 'defective';

  return (
    <>
      {open && check.firstNotice && (
        <Checkbox
          checked={visit}
          onChange={(event) => onVisitChange(event.target.checked)}
          className="visit-box"
        >
          {t('visit')}
        </Checkbox>
      )}
      <Table<CheckedMaterial>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={check.materials}
        rowClassName={(material) => (material.problem ? 'material-problem' : '')}
        columns={[
          {
            title: t('material'),
            key: 'name',
            render: (_, material) => (
              <Flex vertical gap={2}>
                <strong>{material.name}</strong>
                <span>
                  <Tag color={material.required ? 'red' : 'default'}>
                    {material.required ? t('required') : t('optional')}
                  </Tag>
                </span>
              </Flex>
            ),
          },
          {
            title: t('state'),
            key: 'state',
            width: 170,
            render: (_, material) => (
              <Flex vertical gap={2}>
                <span>
                  <Tag color={STATE_COLORS[material.state]} data-testid={`material-state-${material.key}`}>
                    {terms.label('materialState', material.state)}
                  </Tag>
                </span>
                {material.reason && <span className="material-reason">{material.reason}</span>}
                {material.promisedDue && (
                  <span className="table-note">{t('due').replace('{due}', material.promisedDue)}</span>
                )}
              </Flex>
            ),
          },
          {
            title: t('checks'),
            key: 'checks',
            render: (_, material) => {
              const checks = checksOf(material.key);
              return checks.length > 0 ? (
                <ul className="case-checks">
                  {checks.map((line) => (
                    <li key={line}>
                      <CheckSquareOutlined /> {line}
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="table-note">{t('noChecks')}</span>
              );
            },
          },
          {
            title: t('offers'),
            key: 'offers',
            render: (_, material) => (
              <Flex vertical gap={4} align="flex-start">
                {material.offers.certificates.map((certificate) => (
                  <Button
                    key={certificate.id}
                    size="small"
                    icon={<SafetyCertificateOutlined />}
                    disabled={!open || material.certificateId === certificate.id}
                    loading={busy === `reuse-${certificate.id}`}
                    onClick={() =>
                      onRecord({
                        key: material.key,
                        state: 'reused_certificate',
                        certificateId: certificate.id,
                      })
                    }
                  >
                    {t('reuseCertificate')}：{certificate.typeName} {certificate.number}
                  </Button>
                ))}
                {material.offers.materials.map((offer) => (
                  <Button
                    key={offer.id}
                    size="small"
                    disabled={!open || material.materialId === offer.id}
                    onClick={() =>
                      onRecord({ key: material.key, state: 'reused_material', materialId: offer.id })
                    }
                  >
                    {t('reuseMaterial')}：{offer.name}（{offer.createdAt.slice(0, 10)}）
                  </Button>
                ))}
              </Flex>
            ),
          },
          {
            title: t('actions'),
            key: 'actions',
            width: 230,
            render: (_, material) =>
              open && (
                <Flex gap={4} wrap>
                  <Button
                    size="small"
                    type={material.state === 'provided' ? 'primary' : 'default'}
                    onClick={() =>
                      onRecord({
                        key: material.key,
                        state: 'provided',
                        newSubmission: replaces(material) || undefined,
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
                    <Button
                      size="small"
                      onClick={() => onRecord({ key: material.key, state: 'not_applicable' })}
                    >
                      {t('notApplicable')}
                    </Button>
                  )}
                </Flex>
              ),
          },
        ]}
      />
    </>
  );
}
