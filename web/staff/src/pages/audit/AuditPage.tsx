import { DatePicker, Input, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { beijingInstant } from '../../../../common/beijing-time';
import { useT } from '../../../../common/locale';
import type { AuditEntry, Page } from '../../api/types';
import { useApi, withQuery } from '../../api/useApi';
import { formatDateTime } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { useServerPaging } from '../../components/pagination';
import { commonMessages } from '../../i18n/commonMessages';
import { useLabels } from '../../i18n/useLabels';
import { AuditChanges } from './AuditChanges';
import { ACTION_LABELS, actionColor, ENTITY_LABELS, labelOf } from './auditLabels';
import './audit.css';

const messages = {
  ...commonMessages,
  title: ['审计日志', 'Audit log'],
  description: [
    '系统中每一次新增、修改、授权与密码操作的记录，展开一行可查看修改前后的内容。',
    'Every creation, change, grant and password action. Expand a row to compare before and after.',
  ],
  at: ['时间', 'Time'],
  actor: ['操作人', 'Actor'],
  action: ['操作', 'Action'],
  object: ['对象', 'Object'],
  ip: ['IP 地址', 'IP address'],
  allTypes: ['全部对象类型', 'All object types'],
  allActions: ['全部操作', 'All actions'],
  actorName: ['操作人姓名', 'Actor name'],
  from: ['开始日期', 'From'],
  to: ['结束日期', 'To'],
} as const;

interface AuditFilters {
  entityType?: string;
  action?: string;
  actorName?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** What an entry is about: the object's name when recorded, otherwise its id. */
function objectName(entry: AuditEntry): string {
  for (const side of [entry.after, entry.before]) {
    const record = (side ?? {}) as Record<string, unknown>;
    const name = record.name ?? record.displayName ?? record.username;
    if (typeof name === 'string') return name;
  }
  return entry.entityId.length > 12 ? `${entry.entityId.slice(0, 8)}…` : entry.entityId;
}

export function AuditPage() {
  const t = useT(messages);
  const { english } = useLabels();
  const [filters, setFilters] = useState<AuditFilters>({});
  const { paging, toFirstPage, pagination } = useServerPaging(20);
  const [from, to] = filters.range ?? [];
  const { data, loading } = useApi<Page<AuditEntry>>(
    withQuery('/api/audit-log', {
      ...paging,
      entityType: filters.entityType,
      action: filters.action,
      actorName: filters.actorName,
      from: from ? beijingInstant(from.format('YYYY-MM-DD')) : undefined,
      to: to ? beijingInstant(to.add(1, 'day').format('YYYY-MM-DD')) : undefined,
    }),
  );
  const filter = (change: AuditFilters) => {
    setFilters((current) => ({ ...current, ...change }));
    toFirstPage();
  };

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('at'), dataIndex: 'at', width: 180, render: (at: string) => formatDateTime(at) },
    { title: t('actor'), dataIndex: 'actorName', width: 120 },
    {
      title: t('action'),
      dataIndex: 'action',
      width: 160,
      render: (action: string) => (
        <Tag color={actionColor(action)}>{labelOf(ACTION_LABELS, action, english)}</Tag>
      ),
    },
    {
      title: t('object'),
      key: 'object',
      render: (_, entry) => (
        <span>
          <Typography.Text type="secondary">
            {labelOf(ENTITY_LABELS, entry.entityType, english)} ·{' '}
          </Typography.Text>
          {objectName(entry)}
        </span>
      ),
    },
    {
      title: t('region'),
      dataIndex: 'regionCode',
      width: 130,
      render: (code: string | null) => code ?? t('none'),
    },
    { title: t('ip'), dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? t('none') },
  ];

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      toolbar={
        <>
          <Select
            allowClear
            placeholder={t('allTypes')}
            value={filters.entityType}
            onChange={(entityType) => filter({ entityType })}
            options={Object.keys(ENTITY_LABELS).map((key) => ({
              value: key,
              label: labelOf(ENTITY_LABELS, key, english),
            }))}
            style={{ width: 170 }}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('allActions')}
            value={filters.action}
            onChange={(action) => filter({ action })}
            options={Object.keys(ACTION_LABELS).map((key) => ({
              value: key,
              label: labelOf(ACTION_LABELS, key, english),
            }))}
            style={{ width: 190 }}
          />
          <Input.Search
            allowClear
            placeholder={t('actorName')}
            onSearch={(actorName) => filter({ actorName: actorName.trim() || undefined })}
            style={{ width: 180 }}
          />
          <DatePicker.RangePicker
            value={filters.range}
            onChange={(range) => filter({ range })}
            placeholder={[t('from'), t('to')]}
            allowEmpty={[true, true]}
          />
        </>
      }
    >
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        expandable={{ expandedRowRender: (entry) => <AuditChanges entry={entry} /> }}
        pagination={{ ...pagination(data?.total), showSizeChanger: true }}
      />
    </PageSection>
  );
}
