import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { JobList } from '../../../../../src/modules/jobs/views';
import { post } from '../../../../common/api';
import { useLocale, useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { useReportError } from '../../api/useReportError';
import { formatShanghai } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { ENGLISH_JOBS } from './englishJobs';
import { JobRuns, OutcomeTag, RunSummary } from './JobRuns';

type Jobs = z.infer<typeof JobList>;
type Job = Jobs['items'][number];

const messages = {
  title: ['后台任务', 'Background jobs'],
  description: [
    '按时自动运行的任务（北京时间）：何时运行、最近一次做了什么',
    'Jobs that run by themselves (Beijing time): when they run and what they last did',
  ],
  off: [
    '本实例未启用后台任务（JOBS=0），任务不会自动运行，也不能立即运行。',
    'Background jobs are off in this instance (JOBS=0): nothing runs by itself or on request.',
  ],
  job: ['任务', 'Job'],
  when: ['运行时间', 'Runs'],
  daily: ['每天 {time}', 'Daily at {time}'],
  everyMinutes: ['每 {n} 分钟', 'Every {n} minutes'],
  next: ['下次运行', 'Next run'],
  last: ['最近一次', 'Last run'],
  never: ['尚未运行', 'Not run yet'],
  runNow: ['立即运行', 'Run now'],
  confirm: ['现在就运行“{job}”？', 'Run “{job}” now?'],
  queued: ['已排队，稍后刷新查看结果', 'Queued; refresh in a moment to see the result'],
} as const;

/** A cron as people say it: "10 0 * * *" is 每天 00:10, every-five-minutes is 每 5 分钟; any other is shown as is. */
function whenText(cron: string | null, t: (key: 'daily' | 'everyMinutes') => string): string {
  const daily = cron ? /^(\d+) (\d+) \* \* \*$/.exec(cron) : null;
  if (daily)
    return t('daily').replace('{time}', `${daily[2]?.padStart(2, '0')}:${daily[1]?.padStart(2, '0')}`);
  const every = cron ? /^\*\/(\d+) \* \* \* \*$/.exec(cron) : null;
  if (every) return t('everyMinutes').replace('{n}', every[1] ?? '');
  return cron ?? '—';
}

/** 系统管理 → 后台任务, for administrators of the whole platform. */
export function JobsPage() {
  const t = useT(messages);
  const english = useLocale() === 'en-US';
  const named = (job: Job) => (english ? (ENGLISH_JOBS[job.name] ?? job) : job);
  const { message } = App.useApp();
  const reportError = useReportError();
  const jobs = useApi<Jobs>('/api/system/jobs');
  const [starting, setStarting] = useState<string | null>(null);

  const runNow = async (job: Job) => {
    setStarting(job.name);
    try {
      await post(`/api/system/jobs/${job.name}/runs`);
      message.success(t('queued'));
      jobs.reload();
    } catch (error) {
      reportError(error);
    } finally {
      setStarting(null);
    }
  };

  return (
    <PageSection title={t('title')} description={t('description')}>
      {jobs.data && !jobs.data.running && <Alert type="warning" showIcon title={t('off')} />}
      <Table<Job>
        rowKey="name"
        size="middle"
        loading={jobs.loading}
        dataSource={jobs.data?.items}
        pagination={false}
        expandable={{ expandedRowRender: (job) => <JobRuns runs={job.runs} /> }}
        columns={[
          {
            title: t('job'),
            key: 'job',
            render: (_, job) => (
              <>
                <Typography.Text strong>{named(job).label}</Typography.Text>
                <div className="table-note">{named(job).description}</div>
              </>
            ),
          },
          { title: t('when'), key: 'when', width: 120, render: (_, job) => whenText(job.cron, t) },
          {
            title: t('next'),
            key: 'next',
            width: 170,
            render: (_, job) => (job.nextRuns[0] ? formatShanghai(job.nextRuns[0]) : '—'),
          },
          {
            title: t('last'),
            key: 'last',
            width: 300,
            render: (_, job) => {
              const [run] = job.runs;
              if (!run) return <Typography.Text type="secondary">{t('never')}</Typography.Text>;
              return (
                <>
                  {formatShanghai(run.startedAt)} <OutcomeTag run={run} />
                  <div className="table-note">
                    <RunSummary run={run} />
                  </div>
                </>
              );
            },
          },
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_, job) => (
              <Popconfirm
                title={t('confirm').replace('{job}', named(job).label)}
                onConfirm={() => runNow(job)}
                disabled={!jobs.data?.running}
              >
                <Button
                  size="small"
                  icon={<PlayCircleOutlined />}
                  loading={starting === job.name}
                  disabled={!jobs.data?.running}
                >
                  {t('runNow')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </PageSection>
  );
}
