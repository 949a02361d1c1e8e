import { Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CASE_STATUSES } from '../../../../../src/shared/case-terms';
import { useT } from '../../../../common/locale';
import { useApi, withQuery } from '../../api/useApi';
import { formatDateTime } from '../../components/format';
import { ChoiceFilter } from '../../components/ListFilters';
import { PageSection } from '../../components/PageSection';
import { useServerPaging } from '../../components/pagination';
import { STATUS_COLORS, useCaseTerms } from './caseTerms';
import type { CaseSummary } from './types';
import './cases.css';

const messages = {
  title: ['办件', 'Cases'],
  description: [
    '本人所辖区域受理和办理的办件（申请人姓名已脱敏）',
    'Cases taken in or handled in your regions (names masked)',
  ],
  number: ['办件编号', 'Case number'],
  search: ['按办件编号查找', 'Find by case number'],
  allStatuses: ['全部状态', 'All statuses'],
  item: ['事项', 'Item'],
  applicant: ['申请人', 'Applicant'],
  status: ['状态', 'Status'],
  channel: ['渠道', 'Channel'],
  submitted: ['申请时间', 'Applied'],
  deadline: ['承诺期限', 'Promised by'],
  daysLeft: ['剩余 {n} 个工作日', '{n} working day(s) left'],
  overdue: ['已超期 {n} 个工作日', '{n} working day(s) overdue'],
  anyWindow: ['通办', 'Any-window'],
  tolerant: ['容缺', 'Tolerant'],
} as const;

type Status = keyof typeof CASE_STATUSES;

/** 办件 list: the cases in the staff member's regions, newest first. */
export function CasesPage() {
  const t = useT(messages);
  const terms = useCaseTerms();
  const [status, setStatus] = useState<Status>();
  const [q, setQ] = useState('');
  const { paging, toFirstPage, pagination } = useServerPaging(20);
  const list = useApi<{ items: CaseSummary[]; total: number }>(
    withQuery('/api/cases', { status, q, page: paging.page, pageSize: paging.pageSize }),
  );

  const daysLeft = (row: CaseSummary) => {
    if (row.workingDaysLeft === null) return null;
    const overdue = row.workingDaysLeft < 0;
    const text = (overdue ? t('overdue') : t('daysLeft')).replace(
      '{n}',
      String(Math.abs(row.workingDaysLeft)),
    );
    return <Tag color={overdue ? 'red' : row.workingDaysLeft <= 1 ? 'orange' : 'default'}>{text}</Tag>;
  };

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      toolbar={
        <>
          <Input.Search
            allowClear
            placeholder={t('search')}
            onSearch={(value) => {
              setQ(value.trim());
              toFirstPage();
            }}
            style={{ width: 260 }}
          />
          <ChoiceFilter<Status>
            value={status}
            onChange={(value) => {
              setStatus(value);
              toFirstPage();
            }}
            placeholder={t('allStatuses')}
            options={Object.keys(CASE_STATUSES).map((key) => ({
              value: key as Status,
              label: terms.label('status', key),
            }))}
            width={200}
          />
        </>
      }
    >
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items}
        pagination={pagination(list.data?.total)}
        columns={[
          {
            title: t('number'),
            key: 'number',
            render: (_, row) => <Link to={`/cases/${row.id}`}>{row.caseNumber}</Link>,
          },
          {
            title: t('item'),
            key: 'item',
            render: (_, row) => (
              <>
                {row.itemName} {row.anyWindow && <Tag color="purple">{t('anyWindow')}</Tag>}
                {row.tolerant && <Tag color="orange">{t('tolerant')}</Tag>}
              </>
            ),
          },
          { title: t('applicant'), dataIndex: 'applicantNameMasked' },
          {
            title: t('status'),
            key: 'status',
            render: (_, row) => (
              <Tag color={STATUS_COLORS[row.status]}>{terms.label('status', row.status)}</Tag>
            ),
          },
          { title: t('channel'), key: 'channel', render: (_, row) => terms.label('channel', row.channel) },
          { title: t('submitted'), key: 'submitted', render: (_, row) => formatDateTime(row.submittedAt) },
          {
            title: t('deadline'),
            key: 'deadline',
            render: (_, row) => (
              <>
                {row.promisedDeadline ? formatDateTime(row.promisedDeadline) : '—'} {daysLeft(row)}
              </>
            ),
          },
        ]}
      />
    </PageSection>
  );
}
