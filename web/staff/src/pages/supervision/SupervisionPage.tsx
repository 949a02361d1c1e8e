import { Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import type { DepartmentWarnings, WarningEntry } from '../../../../../src/modules/supervision/schemas';
import { useT } from '../../../../common/locale';
import { useApi, withQuery } from '../../api/useApi';
import { formatDateTime } from '../../components/format';
import { ChoiceFilter } from '../../components/ListFilters';
import { PageSection } from '../../components/PageSection';
import { useServerPaging } from '../../components/pagination';

type Entry = z.infer<typeof WarningEntry>;
type ByDepartment = z.infer<typeof DepartmentWarnings>;
type Level = Entry['level'];

const messages = {
  title: ['电子监察', 'Supervision'],
  description: [
    '临近时限发黄牌、超过时限发红牌，各只发一次；点击部门只看该部门，点击办件编号查看办理记录',
    'Yellow when little time is left, red when overdue, once each; pick a department to filter, open a case for its history',
  ],
  department: ['部门', 'Department'],
  yellow: ['黄牌', 'Yellow'],
  red: ['红牌', 'Red'],
  allLevels: ['全部预警', 'All warnings'],
  allDepartments: ['全部部门', 'All departments'],
  raisedAt: ['发出时间', 'Raised'],
  case: ['办件编号', 'Case'],
  item: ['事项', 'Item'],
  what: ['预警对象', 'Warned about'],
  caseLimit: ['办件承诺时限', 'Promised limit'],
  dueAt: ['时限', 'Due'],
  told: ['已告知', 'Told'],
  state: ['现状', 'Now'],
  open: ['仍在办理', 'Still open'],
  closed: ['已办结或已流转', 'Done or moved on'],
  share_left: ['临近时限', 'Close to the limit'],
  overdue: ['已超时', 'Overdue'],
  step_overdue: ['有环节超时', 'A step overran'],
} as const;

/** 电子监察: warnings counted by department, then listed newest first with the case to open. */
export function SupervisionPage() {
  const t = useT(messages);
  const [level, setLevel] = useState<Level>();
  const [departmentId, setDepartmentId] = useState<string>();
  const { paging, toFirstPage, pagination } = useServerPaging(20);
  const summary = useApi<{ items: ByDepartment[] }>(
    withQuery('/api/supervision/warnings/by-department', { level }),
  );
  const list = useApi<{ items: Entry[]; total: number }>(
    withQuery('/api/supervision/warnings', {
      level,
      departmentId,
      page: paging.page,
      pageSize: paging.pageSize,
    }),
  );
  const levelTag = (value: Level) => <Tag color={value === 'red' ? 'red' : 'gold'}>{t(value)}</Tag>;

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      toolbar={
        <>
          <ChoiceFilter<Level>
            value={level}
            onChange={(value) => {
              setLevel(value);
              toFirstPage();
            }}
            placeholder={t('allLevels')}
            options={[
              { value: 'red', label: t('red') },
              { value: 'yellow', label: t('yellow') },
            ]}
            width={140}
          />
          <ChoiceFilter<string>
            value={departmentId}
            onChange={(value) => {
              setDepartmentId(value);
              toFirstPage();
            }}
            placeholder={t('allDepartments')}
            options={(summary.data?.items ?? []).map((row) => ({
              value: row.departmentId,
              label: row.departmentName,
            }))}
            width={240}
          />
        </>
      }
    >
      <Flex vertical gap={16}>
        <Table<ByDepartment>
          rowKey="departmentId"
          size="small"
          loading={summary.loading}
          dataSource={summary.data?.items}
          pagination={false}
          onRow={(row) => ({
            onClick: () => setDepartmentId(row.departmentId),
            style: { cursor: 'pointer' },
          })}
          rowClassName={(row) => (row.departmentId === departmentId ? 'ant-table-row-selected' : '')}
          columns={[
            { title: t('department'), dataIndex: 'departmentName' },
            {
              title: t('red'),
              dataIndex: 'red',
              width: 120,
              render: (n: number) => <Tag color={n > 0 ? 'red' : 'default'}>{n}</Tag>,
            },
            {
              title: t('yellow'),
              dataIndex: 'yellow',
              width: 120,
              render: (n: number) => <Tag color={n > 0 ? 'gold' : 'default'}>{n}</Tag>,
            },
          ]}
        />
        <Table<Entry>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items}
          pagination={pagination(list.data?.total)}
          columns={[
            { title: '', key: 'level', width: 80, render: (_, row) => levelTag(row.level) },
            { title: t('raisedAt'), key: 'raised', render: (_, row) => formatDateTime(row.raisedAt) },
            {
              title: t('case'),
              key: 'case',
              render: (_, row) => <Link to={`/cases/${row.caseId}`}>{row.caseNumber}</Link>,
            },
            { title: t('item'), dataIndex: 'itemName' },
            {
              title: t('what'),
              key: 'what',
              render: (_, row) => (
                <>
                  {row.stepName ?? t('caseLimit')} <span className="table-note">{t(row.reason)}</span>
                </>
              ),
            },
            { title: t('department'), dataIndex: 'departmentName' },
            { title: t('dueAt'), key: 'due', render: (_, row) => formatDateTime(row.dueAt) },
            { title: t('told'), key: 'told', render: (_, row) => row.notified.join('、') },
            {
              title: t('state'),
              key: 'state',
              render: (_, row) => (
                <Tag color={row.stillOpen ? 'orange' : 'default'}>
                  {row.stillOpen ? t('open') : t('closed')}
                </Tag>
              ),
            },
          ]}
        />
      </Flex>
    </PageSection>
  );
}
