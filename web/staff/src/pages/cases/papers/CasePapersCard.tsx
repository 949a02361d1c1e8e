import { EyeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../../common/locale';
import { useApi } from '../../../api/useApi';
import { formatDateTime } from '../../../components/format';
import { MaterialStateTag } from '../MaterialLabels';
import { PaperViewer } from './PaperViewer';
import type { CasePaper, CasePapers } from './types';
import './papers.css';

const messages = {
  title: ['申请材料', 'Application materials'],
  material: ['材料', 'Material'],
  state: ['状态', 'State'],
  shown: ['材料内容', 'What shows it'],
  view: ['查看', 'View'],
  viewAll: ['逐份查看', 'Page through all'],
  noFile: ['无电子文件（纸质材料）', 'No file (paper only)'],
  masked: [
    '您以监督身份查看本办件：可见材料清单，材料原件只有办理该办件的工作人员可以打开。',
    'You look on as a supervisor: the list shows, only those acting on the case open the files.',
  ],
  verify: ['核验', 'Verify'],
  validUntil: ['有效期至 {date}', 'Valid until {date}'],
  longTerm: ['长期有效', 'No expiry'],
  case: ['窗口扫描', 'Scanned at the window'],
  window_scan: ['材料库复用（窗口扫描）', 'Reused (scanned at a window)'],
  resident_upload: ['申请人上传', 'Uploaded by the applicant'],
} as const;

function CertificateFace({ certificate }: { certificate: NonNullable<CasePaper['certificate']> }) {
  const t = useT(messages);
  return (
    <Flex vertical gap={2} className="certificate-face">
      <span>
        <SafetyCertificateOutlined /> <strong>{certificate.typeName}</strong> {certificate.number}
      </span>
      <Typography.Text type="secondary">
        {certificate.holderName} · {certificate.issuerName} ·{' '}
        {certificate.validUntil ? t('validUntil').replace('{date}', certificate.validUntil) : t('longTerm')}
      </Typography.Text>
      {certificate.verifyPath && (
        <a href={certificate.verifyPath} target="_blank" rel="noreferrer">
          {t('verify')}
        </a>
      )}
    </Flex>
  );
}

/**
 * Every material of the case as whoever decides it sees it: the scan taken at
 * the window, the applicant's upload, the reused file or the electronic
 * certificate; files open in a viewer on the page. `reloadKey` refetches after a scan.
 */
export function CasePapersCard({ caseId }: { caseId: string }) {
  const t = useT(messages);
  const papers = useApi<CasePapers>(`/api/cases/${caseId}/papers`);
  const [viewing, setViewing] = useState<number | null>(null);
  const data = papers.data;
  const files = data?.canOpen ? data.papers.filter((paper) => paper.file) : [];
  const open = (paper: CasePaper) => setViewing(files.indexOf(paper));
  return (
    <Card
      size="small"
      title={t('title')}
      extra={
        files.length > 0 && (
          <Button size="small" icon={<EyeOutlined />} onClick={() => setViewing(0)}>
            {t('viewAll')}
          </Button>
        )
      }
    >
      {data && !data.canOpen && <Alert className="dialog-note" type="info" showIcon title={t('masked')} />}
      <Table<CasePaper>
        rowKey="key"
        size="small"
        pagination={false}
        loading={papers.loading}
        dataSource={data?.papers ?? []}
        columns={[
          { title: t('material'), key: 'name', render: (_, paper) => <strong>{paper.name}</strong> },
          {
            title: t('state'),
            key: 'state',
            width: 150,
            render: (_, paper) => <MaterialStateTag state={paper.state} />,
          },
          {
            title: t('shown'),
            key: 'shown',
            render: (_, paper) => {
              if (paper.certificate) return <CertificateFace certificate={paper.certificate} />;
              if (!paper.file) return <Typography.Text type="secondary">{t('noFile')}</Typography.Text>;
              return (
                <Flex gap={8} align="center" wrap>
                  <Tag>{t(paper.file.source)}</Tag>
                  <Typography.Text type="secondary">{formatDateTime(paper.file.createdAt)}</Typography.Text>
                  {data?.canOpen && (
                    <Button
                      size="small"
                      type="link"
                      icon={<EyeOutlined />}
                      data-testid={`view-paper-${paper.key}`}
                      onClick={() => open(paper)}
                    >
                      {t('view')}
                    </Button>
                  )}
                </Flex>
              );
            },
          },
        ]}
      />
      {viewing !== null && (
        <PaperViewer caseId={caseId} files={files} start={viewing} onClose={() => setViewing(null)} />
      )}
    </Card>
  );
}
