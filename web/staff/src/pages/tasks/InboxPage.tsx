import { Badge, Button, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useT } from '../../../../common/locale';
import { useApi, withQuery } from '../../api/useApi';
import { formatDateTime } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { ProvisionalMark } from '../../components/ProvisionalMark';
import { useServerPaging } from '../../components/pagination';
import { useStaffUser } from '../../session/SessionProvider';
import { useCaseAct } from '../cases/useCaseAct';
import { TimeLeftTag } from './TimeLeftTag';
import { actOnTask } from './taskApi';
import type { Box, InboxEntry } from './types';
import './tasks.css';

const messages = {
  title: ['我的待办', 'My tasks'],
  description: [
    '最紧急的在最前面；时限按工作日计算，倒计时到秒',
    'Most urgent first; limits count working days, the countdown runs to the second',
  ],
  mine: ['我的待办', 'Mine'],
  pool: ['部门待签收', 'Department pool'],
  backup: ['AB岗代办', 'Backing up'],
  copied: ['抄送我的', 'Copied to me'],
  timeLeft: ['剩余时间', 'Time left'],
  number: ['办件编号', 'Case number'],
  item: ['事项', 'Item'],
  step: ['环节', 'Step'],
  parallel: ['并联', 'Parallel'],
  applicant: ['申请人', 'Applicant'],
  department: ['部门', 'Department'],
  holder: ['A岗办理人', 'A-post'],
  due: ['环节到期', 'Step due'],
  claim: ['签收', 'Claim'],
  open: ['办理', 'Open'],
  takeover: ['可接管', 'May take over'],
  waiting: ['A岗在岗', 'A-post present'],
  handler: ['办理人', 'Handled by'],
  unclaimed: ['待签收', 'Unclaimed'],
  view: ['查看', 'View'],
} as const;

/** 待办箱: the approver's tasks in three boxes (a leader's in a fourth, 抄送), each sorted by the time left. */
export function InboxPage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const user = useStaffUser();
  const boxes: Box[] = user.grants.some((grant) => grant.role === 'dept_leader')
    ? ['mine', 'pool', 'backup', 'copied']
    : ['mine', 'pool', 'backup'];
  const [search, setSearch] = useSearchParams();
  const box = boxes.find((one) => one === search.get('box')) ?? 'mine';
  const { paging, toFirstPage, pagination } = useServerPaging(20);
  const list = useApi<{ items: InboxEntry[]; total: number }>(
    withQuery('/api/tasks', { box, page: paging.page, pageSize: paging.pageSize }),
  );
  const counts = {
    mine: useApi<{ total: number }>('/api/tasks?box=mine&pageSize=1'),
    pool: useApi<{ total: number }>('/api/tasks?box=pool&pageSize=1'),
    backup: useApi<{ total: number }>('/api/tasks?box=backup&pageSize=1'),
    copied: useApi<{ total: number }>('/api/tasks?box=copied&pageSize=1'),
  };
  const reload = () => {
    list.reload();
    for (const count of Object.values(counts)) count.reload();
  };
  const act = useCaseAct(reload);
  const [claiming, setClaiming] = useState<string | null>(null);

  const claim = async (entry: InboxEntry) => {
    setClaiming(entry.taskId);
    const done = await act.run(entry.taskId, () =>
      actOnTask(entry.taskId, 'claim', { version: entry.version }),
    );
    setClaiming(null);
    if (done) navigate(`/tasks/${entry.taskId}`);
  };

  return (
    <PageSection title={t('title')} description={t('description')}>
      <Tabs
        activeKey={box}
        onChange={(key) => {
          setSearch({ box: key });
          toFirstPage();
        }}
        items={boxes.map((key) => ({
          key,
          label: (
            <span>
              {t(key)}{' '}
              <Badge count={counts[key].data?.total ?? 0} showZero color={key === 'mine' ? 'blue' : 'gray'} />
            </span>
          ),
        }))}
      />
      <Table<InboxEntry>
        rowKey="taskId"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items}
        pagination={pagination(list.data?.total)}
        columns={[
          { title: t('timeLeft'), key: 'left', width: 220, render: (_, row) => <TimeLeftTag time={row} /> },
          {
            title: t('number'),
            key: 'number',
            render: (_, row) => <Link to={`/tasks/${row.taskId}`}>{row.caseNumber}</Link>,
          },
          { title: t('item'), dataIndex: 'itemName' },
          {
            title: t('step'),
            key: 'step',
            render: (_, row) => (
              <>
                {row.stepName} {row.parallel && <Tag color="purple">{t('parallel')}</Tag>}
              </>
            ),
          },
          { title: t('applicant'), dataIndex: 'applicantName', className: 'nowrap' },
          { title: t('department'), dataIndex: 'departmentName' },
          ...(box === 'backup'
            ? [
                {
                  title: t('holder'),
                  key: 'holder',
                  render: (_: unknown, row: InboxEntry) => (
                    <>
                      {row.assigneeName}{' '}
                      <Tag color={row.takeover ? 'orange' : 'default'}>
                        {row.takeover ? t('takeover') : t('waiting')}
                      </Tag>
                    </>
                  ),
                },
              ]
            : []),
          ...(box === 'copied'
            ? [
                {
                  title: t('handler'),
                  key: 'handler',
                  className: 'nowrap',
                  render: (_: unknown, row: InboxEntry) => row.assigneeName ?? <Tag>{t('unclaimed')}</Tag>,
                },
              ]
            : []),
          {
            title: t('due'),
            key: 'due',
            render: (_, row) => (
              <>
                {formatDateTime(row.dueAt)} <ProvisionalMark provisional={row.dueProvisional} compact />
              </>
            ),
          },
          {
            key: 'act',
            width: 90,
            render: (_, row) =>
              box === 'pool' ? (
                <Button
                  type="primary"
                  size="small"
                  loading={claiming === row.taskId}
                  onClick={() => claim(row)}
                >
                  {t('claim')}
                </Button>
              ) : (
                <Link to={`/tasks/${row.taskId}`}>{box === 'copied' ? t('view') : t('open')}</Link>
              ),
          },
        ]}
      />
    </PageSection>
  );
}
