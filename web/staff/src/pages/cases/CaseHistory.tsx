import { PrinterOutlined } from '@ant-design/icons';
import { Button, Table, Timeline } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../../common/locale';
import { formatDateTime } from '../../components/format';
import { AttachmentLinks, caseAttachmentUrl } from '../tasks/attachments/AttachmentLinks';
import { documentPath } from './caseApi';
import { useCaseTerms } from './caseTerms';
import type { CaseDetail } from './types';

const messages = {
  number: ['文书编号', 'Number'],
  title: ['文书', 'Document'],
  issuedAt: ['出具时间', 'Issued'],
  office: ['出具机关', 'Office'],
  print: ['打印', 'Print'],
  none: ['尚未出具文书', 'No document yet'],
  fields: ['更正的字段：', 'Fields corrected: '],
} as const;

/** The case's dated history: what, who, which office, where, by which channel, to the second; the officers' attachments. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  return (
    <Timeline
      className="case-timeline"
      items={detail.timeline.map((entry, index) => ({
        key: `${entry.at}-${index}`,
        content: (
          <div>
            <strong>
              {terms.label('event', entry.kind)}
              {entry.stepName && `：${entry.stepName}`}
            </strong>
            <span className="case-timeline-at">{formatDateTime(entry.at)}</span>
            <div className="table-note">
              {[
                entry.actorName,
                entry.officeName,
                entry.place,
                entry.channel !== 'system' && terms.label('channel', entry.channel),
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
            {entry.fields && (
              <div className="table-note">
                {t('fields')}
                {entry.fields.join('、')}
              </div>
            )}
            <AttachmentLinks urlOf={caseAttachmentUrl(detail.id)} attachments={entry.attachments} />
          </div>
        ),
      }))}
    />
  );
}

/** The documents issued so far, each with its print view. */
export function CaseDocuments({ detail }: { detail: CaseDetail }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={detail.documents}
      locale={{ emptyText: t('none') }}
      columns={[
        { title: t('title'), key: 'kind', render: (_, document) => terms.label('document', document.kind) },
        { title: t('number'), dataIndex: 'number' },
        { title: t('issuedAt'), key: 'issuedAt', render: (_, document) => formatDateTime(document.issuedAt) },
        { title: t('office'), dataIndex: 'officeName' },
        {
          title: '',
          key: 'print',
          render: (_, document) => (
            <Link to={documentPath(detail.id, document.id)}>
              <Button size="small" icon={<PrinterOutlined />}>
                {t('print')}
              </Button>
            </Link>
          ),
        },
      ]}
    />
  );
}
