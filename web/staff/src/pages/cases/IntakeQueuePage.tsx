import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import type { QueuedApplication } from '../../../../../src/modules/cases/views';
import { useT } from '../../../../common/locale';
import { useApi, withQuery } from '../../api/useApi';
import { formatDateTime, formatShanghai } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { useServerPaging } from '../../components/pagination';
import { useCaseTerms } from './caseTerms';
import './cases.css';

type Queued = z.infer<typeof QueuedApplication>;

const messages = {
  title: ['待受理', 'Awaiting intake'],
  description: [
    '网上、电话和代办员提交的申请：须在提交后五个工作日内受理、一次性告知补正或不予受理，逾期自提交之日起视为受理',
    'Applications made online, by phone or by an agent: accept, issue the one-time notice or refuse within five working days of submission, or they count as accepted from that day',
  ],
  due: ['受理决定期限', 'Decide by'],
  endOfDay: ['当日24时前', 'by midnight'],
  number: ['办件编号', 'Case number'],
  item: ['事项', 'Item'],
  applicant: ['申请人', 'Applicant'],
  channel: ['渠道', 'Channel'],
  submitted: ['提交时间', 'Submitted'],
  today: ['今天到期', 'Due today'],
  left: ['还剩 {n} 个工作日', '{n} working day(s) left'],
  overdue: ['已逾期，将视为受理', 'Overdue: will count as accepted'],
  empty: ['没有待受理的申请', 'Nothing awaits intake'],
  unverified: ['未核验身份', 'Identity not verified'],
} as const;

/** 待受理: remote applications in the clerk's regions, the one whose decision is due soonest first. */
export function IntakeQueuePage() {
  const t = useT(messages);
  const terms = useCaseTerms();
  const { paging, pagination } = useServerPaging(20);
  const list = useApi<{ items: Queued[]; total: number }>(withQuery('/api/cases/intake-queue', paging));

  const urgency = (row: Queued) => {
    if (row.workingDaysLeft < 0) return <Tag color="red">{t('overdue')}</Tag>;
    if (row.workingDaysLeft === 0) return <Tag color="orange">{t('today')}</Tag>;
    return (
      <Tag color={row.workingDaysLeft <= 1 ? 'gold' : 'default'}>
        {t('left').replace('{n}', String(row.workingDaysLeft))}
      </Tag>
    );
  };

  return (
    <PageSection title={t('title')} description={t('description')}>
      <Table<Queued>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items}
        pagination={pagination(list.data?.total)}
        locale={{ emptyText: t('empty') }}
        columns={[
          {
            title: t('due'),
            key: 'due',
            width: 260,
            render: (_, row) => (
              <span className="queue-due">
                <Typography.Text strong>{formatShanghai(row.decisionDue, 'date')}</Typography.Text>
                <Typography.Text type="secondary"> {t('endOfDay')}</Typography.Text> {urgency(row)}
              </span>
            ),
          },
          {
            title: t('number'),
            key: 'number',
            render: (_, row) => <Link to={`/cases/${row.id}`}>{row.caseNumber}</Link>,
          },
          { title: t('item'), dataIndex: 'itemName' },
          {
            title: t('applicant'),
            key: 'applicant',
            render: (_, row) => (
              <>
                {row.applicantNameMasked}{' '}
                {row.applicantUnverified && <Tag color="warning">{t('unverified')}</Tag>}
              </>
            ),
          },
          { title: t('channel'), key: 'channel', render: (_, row) => terms.label('channel', row.channel) },
          { title: t('submitted'), key: 'submitted', render: (_, row) => formatDateTime(row.submittedAt) },
        ]}
      />
    </PageSection>
  );
}
