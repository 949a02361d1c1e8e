import { Button, Descriptions, Drawer, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { canChangeStatus, STATUS_CHANGES } from '../../../../../src/shared/certificate-status';
import { useCertificateTerms } from '../../../../common/certificate-terms';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { useRetained } from '../../components/useRetained';
import { CertificateFacts } from './CertificateFacts';
import { CertificateHistory } from './CertificateHistory';
import { CertificateQr } from './CertificateQr';
import { CertificateStatusTag } from './CertificateStatusTag';
import { StatusChangeDialog } from './StatusChangeDialog';
import type { CertificateDetail, StatusChange } from './types';

const messages = {
  data: ['照面信息', 'Certificate data'],
  history: ['状态记录', 'History'],
  suspend: ['暂停使用', 'Suspend'],
  reinstate: ['恢复使用', 'Reinstate'],
  revoke: ['撤销', 'Revoke'],
} as const;

const CHANGES = Object.keys(STATUS_CHANGES) as StatusChange[];

interface CertificateDrawerProps {
  id: string | null;
  onClose: () => void;
  /** The status changed, so the list is stale. */
  onChanged: () => void;
}

/** One certificate in full: facts, QR code, data fields, history, and the status changes its issuer may make. */
export function CertificateDrawer({ id: subject, onClose, onChanged }: CertificateDrawerProps) {
  const t = useT(messages);
  const terms = useCertificateTerms();
  const id = useRetained(subject);
  const [changing, setChanging] = useState<StatusChange | null>(null);
  const { data, reload } = useApi<CertificateDetail>(subject ? `/api/certificates/${subject}` : null);
  const certificate = data?.id === id ? data : null;
  const changes = certificate?.canManage
    ? CHANGES.filter((change) => canChangeStatus(change, certificate.status))
    : [];

  return (
    <Drawer
      open={subject !== null}
      size="min(720px, 100vw)"
      onClose={onClose}
      title={
        certificate && (
          <Space>
            {terms.typeName(certificate.type)}
            <CertificateStatusTag status={certificate.status} />
          </Space>
        )
      }
      extra={
        changes.length > 0 && (
          <Space>
            {changes.map((change) => (
              <Button key={change} danger={change === 'revoke'} onClick={() => setChanging(change)}>
                {t(change)}
              </Button>
            ))}
          </Space>
        )
      }
    >
      {!certificate ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <Flex gap={20} wrap align="flex-start" className="certificate-head">
            <div className="certificate-facts">
              <CertificateFacts certificate={certificate} />
            </div>
            <CertificateQr token={certificate.verifyToken} />
          </Flex>
          <Typography.Title level={5} className="certificate-section-title">
            {t('data')}
          </Typography.Title>
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 160 } }}>
            {terms.dataRows(certificate.type, certificate.data).map((row) => (
              <Descriptions.Item key={row.key} label={row.label}>
                {row.value}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Typography.Title level={5} className="certificate-section-title">
            {t('history')}
          </Typography.Title>
          <CertificateHistory events={certificate.events} />
          <StatusChangeDialog
            certificateId={certificate.id}
            change={changing}
            onClose={() => setChanging(null)}
            onChanged={() => {
              reload();
              onChanged();
            }}
          />
        </>
      )}
    </Drawer>
  );
}
