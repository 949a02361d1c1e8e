import { Table, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { JobRun } from '../../../../../src/modules/jobs/views';
import { useT } from '../../../../common/locale';
import { formatShanghai } from '../../components/format';

type Run = z.infer<typeof JobRun>;

const messages = {
  at: ['开始时间', 'Started'],
  trigger: ['触发', 'Started by'],
  schedule: ['定时', 'Schedule'],
  manual: ['手动', 'By hand'],
  send: ['业务排队', 'Queued by a module'],
  attempt: ['第几次', 'Attempt'],
  outcome: ['结果', 'Outcome'],
  succeeded: ['成功', 'Succeeded'],
  failed: ['失败', 'Failed'],
  summary: ['处理情况', 'What it did'],
  terminated: ['终止办理 {n} 件', '{n} case(s) terminated'],
  accepted: ['视为受理 {n} 件', '{n} case(s) deemed accepted'],
  yellow: ['发出黄牌 {n} 个', '{n} yellow warning(s) raised'],
  red: ['发出红牌 {n} 个', '{n} red warning(s) raised'],
  attachments: ['清理附件 {n} 个', '{n} attachment(s) dropped'],
  files: ['删除文件 {n} 个', '{n} file(s) deleted'],
  none: ['本次无需处理', 'Nothing to do'],
  empty: ['尚无运行记录', 'No runs yet'],
} as const;

export function OutcomeTag({ run }: { run: Run }) {
  const t = useT(messages);
  return run.outcome === 'succeeded' ? (
    <Tag color="success">{t('succeeded')}</Tag>
  ) : (
    <Tag color="error">{t('failed')}</Tag>
  );
}

const COUNTED = ['terminated', 'accepted', 'yellow', 'red', 'attachments', 'files'] as const;
const isCounted = (key: string): key is (typeof COUNTED)[number] =>
  (COUNTED as readonly string[]).includes(key);

/** What a run did: how many of each thing, with the case numbers where the job lists them. */
export function RunSummary({ run }: { run: Run }) {
  const t = useT(messages);
  if (run.error) return <Typography.Text type="danger">{run.error}</Typography.Text>;
  const lines = Object.entries(run.summary).flatMap(([key, value]) => {
    const count = Array.isArray(value) ? value.length : typeof value === 'number' ? value : 0;
    if (count === 0) return [];
    const head = (isCounted(key) ? t(key) : `${key} {n}`).replace('{n}', String(count));
    return [Array.isArray(value) ? `${head}：${value.join('、')}` : head];
  });
  return <>{lines.length > 0 ? lines.join('；') : t('none')}</>;
}

/** The latest runs of one job, newest first. */
export function JobRuns({ runs }: { runs: Run[] }) {
  const t = useT(messages);
  return (
    <Table<Run>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={runs}
      locale={{ emptyText: t('empty') }}
      columns={[
        { title: t('at'), key: 'at', width: 170, render: (_, run) => formatShanghai(run.startedAt) },
        { title: t('trigger'), key: 'trigger', width: 110, render: (_, run) => t(run.trigger) },
        { title: t('attempt'), dataIndex: 'attempt', width: 80 },
        { title: t('outcome'), key: 'outcome', width: 80, render: (_, run) => <OutcomeTag run={run} /> },
        { title: t('summary'), key: 'summary', render: (_, run) => <RunSummary run={run} /> },
      ]}
    />
  );
}
