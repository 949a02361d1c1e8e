import { Table, Tag } from 'antd';
import {
  CASE_CHANNELS,
  CASE_STATUSES,
  type CaseChannel,
  type CaseStatus,
} from '../../../../../src/shared/case-terms';
import { useT } from '../../../../common/locale';
import type { Page } from '../../api/types';
import { useLookup } from '../../api/useApi';
import { formatDateTime } from '../../components/format';

const messages = {
  caseNumber: ['办件编号', 'Case number'],
  item: ['事项', 'Item'],
  status: ['状态', 'Status'],
  channel: ['渠道', 'Channel'],
  submittedAt: ['申请时间', 'Applied'],
  empty: ['本辖区没有该申请人的办件', 'No case of this applicant in your scope'],
} as const;

interface CaseRow {
  id: string;
  caseNumber: string;
  itemName: string;
  status: CaseStatus;
  channel: CaseChannel;
  submittedAt: string;
}

const CLOSED_COLORS: Partial<Record<CaseStatus, string>> = {
  completed: 'success',
  refused: 'error',
  terminated: 'default',
};

/** The applicant's cases in the reader's scope, newest first, for the one-page profile. */
export function SubjectCases({ number }: { number: string }) {
  const t = useT(messages);
  const { data, loading } = useLookup<Page<CaseRow>>('/api/cases/lookup', {
    applicantNumber: number,
    pageSize: 50,
  });
  return (
    <Table<CaseRow>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={data?.items}
      pagination={false}
      locale={{ emptyText: t('empty') }}
      columns={[
        {
          title: t('caseNumber'),
          dataIndex: 'caseNumber',
          width: 230,
          render: (value: string) => <code>{value}</code>,
        },
        { title: t('item'), dataIndex: 'itemName' },
        {
          title: t('status'),
          dataIndex: 'status',
          width: 170,
          render: (status: CaseStatus) => (
            <Tag color={CLOSED_COLORS[status] ?? 'processing'}>{CASE_STATUSES[status]}</Tag>
          ),
        },
        {
          title: t('channel'),
          dataIndex: 'channel',
          width: 120,
          render: (channel: CaseChannel) => CASE_CHANNELS[channel],
        },
        {
          title: t('submittedAt'),
          dataIndex: 'submittedAt',
          width: 170,
          render: (at: string) => formatDateTime(at),
        },
      ]}
    />
  );
}
