import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../../../../../common/locale';
import { useApi } from '../../../api/useApi';
import { formatDate } from '../../../components/format';
import { ClockRecords } from './ClockRecords';
import { CorrectionDialog } from './CorrectionDialog';
import { useClockTerms } from './clockTerms';
import { ExtensionDialog } from './ExtensionDialog';
import { ResumeDialog } from './ResumeDialog';
import { SuspendDialog } from './SuspendDialog';
import type { ClockActionProps, Deadline, SuspensionView, TaskClock } from './types';
import { VerificationDialog } from './VerificationDialog';
import './clock.css';

const messages = {
  title: ['办理时限', 'Time limits'],
  task: ['本环节期限', 'This step due'],
  promised: ['承诺办结期限', 'Promised by'],
  legal: ['法定办结期限', 'Legal limit'],
  ifResumed: ['今日恢复计时则顺延至 {date}', '{date} if the clock restarts today'],
  stopped: [
    '正在中止计时：{kind}（{step}环节，自 {date} 起，已 {n} 个工作日不计入期限）',
    'Clock stopped: {kind} ({step}, since {date}; {n} working formatDate(s) not counted so far)',
  ],
  waiting: [
    '正在等待申请人补正（{step}环节，自 {date} 起，已 {n} 个工作日不计入期限）',
    'Waiting for the applicant’s correction ({step}, since {date}; {n} working formatDate(s) not counted so far)',
  ],
  waitingHint: [
    '申请人在群众端提交或到窗口提交补正后自动恢复计时；在此之前本办件不能审批。',
    'The clock restarts when the applicant answers in the app or at a window; nothing can be approved before.',
  ],
  stoppedHint: [
    '特别程序结束后请点“恢复计时”；在此之前本办件不能审批。',
    'Restart the clock when the procedure is over; nothing can be approved before.',
  ],
} as const;

const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replace(`{${key}}`, String(value)), text);

function DeadlineText({ deadline }: { deadline: Deadline }) {
  const t = useT(messages);
  return (
    <Flex vertical>
      <span>{formatDate(deadline.stored)}</span>
      {deadline.projected && deadline.projected !== deadline.stored && (
        <Typography.Text type="warning">
          {fill(t('ifResumed'), { date: formatDate(deadline.projected) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function StoppedAlert({ stop }: { stop: SuspensionView }) {
  const t = useT(messages);
  const terms = useClockTerms();
  const correction = stop.kind === 'correction';
  const values = {
    kind: terms.label('suspension', stop.kind),
    step: stop.stepName,
    date: formatDate(stop.startedAt),
    n: stop.lostWorkingDays,
  };
  return (
    <Alert
      type="warning"
      showIcon
      className="task-clock-alert"
      title={fill(t(correction ? 'waiting' : 'stopped'), values)}
      description={
        <>
          {correction ? (
            <ol className="task-clock-corrections">
              {stop.corrections.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          ) : (
            <p>{stop.note}</p>
          )}
          <Typography.Text type="secondary">{t(correction ? 'waitingHint' : 'stoppedHint')}</Typography.Text>
        </>
      }
    />
  );
}

/**
 * A task's clock for its page: the step's and the case's deadlines (while the
 * clock stands still, where they go if it restarts today), the actions the
 * reader may take on it (stop, correction, extension, verification, restart),
 * and the case's stops, extension requests and verification requests.
 * Mount it on the task page with the version the page shows; `onDone` runs
 * after every action (reload the task there).
 */
export function TaskClockPanel({ taskId, version, onDone }: ClockActionProps) {
  const t = useT(messages);
  const { data, reload } = useApi<TaskClock>(`/api/tasks/${encodeURIComponent(taskId)}/clock`);
  const shown = useRef(version);
  useEffect(() => {
    if (shown.current === version) return;
    shown.current = version;
    reload();
  }, [version, reload]);
  if (!data) return <Card title={t('title')} size="small" loading />;

  const done = () => {
    reload();
    onDone();
  };
  const acting = { taskId, version, onDone: done };
  const { allowed } = data;
  const actions = (
    <Flex gap={8} wrap>
      {allowed.resume && <ResumeDialog {...acting} />}
      {allowed.suspend && <SuspendDialog {...acting} />}
      {allowed.correction && <CorrectionDialog {...acting} />}
      {allowed.extension && <ExtensionDialog {...acting} />}
      {allowed.verify && <VerificationDialog {...acting} />}
    </Flex>
  );
  return (
    <Card title={t('title')} size="small" className="task-clock" extra={actions}>
      {data.running && <StoppedAlert stop={data.running} />}
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'task', label: t('task'), children: <DeadlineText deadline={data.deadlines.task} /> },
          {
            key: 'promised',
            label: t('promised'),
            children: <DeadlineText deadline={data.deadlines.promised} />,
          },
          { key: 'legal', label: t('legal'), children: <DeadlineText deadline={data.deadlines.legal} /> },
        ]}
      />
      <ClockRecords clock={data} />
    </Card>
  );
}
