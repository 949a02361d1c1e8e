import { Table, Tag, Typography } from 'antd';
import { useT } from '../../../../../common/locale';
import { formatDate, formatDateTime } from '../../../components/format';
import { AttachmentLinks, verificationAttachmentUrl } from '../attachments/AttachmentLinks';
import { VerificationAnswer, WhoWhen } from './ClockCells';
import { EXTENSION_COLORS, taskFileUrl, useClockTerms } from './clockTerms';
import type { FileRef, TaskClock } from './types';

const messages = {
  none: ['暂无中止、补正、延期或核验记录', 'No stops, corrections, extensions or verifications yet'],
  stops: ['中止与补正', 'Stops and corrections'],
  kind: ['类型', 'Kind'],
  step: ['环节', 'Step'],
  period: ['起止', 'From – to'],
  running: ['进行中', 'running'],
  lost: ['不计入期限', 'Not counted'],
  days: ['{n} 个工作日', '{n} working day(s)'],
  content: ['内容与结果', 'What and outcome'],
  answer: ['补正：', 'Answer: '],
  outcome: ['结果：', 'Outcome: '],
  atWindow: ['（窗口代为登记）', ' (recorded at a window)'],
  extensions: ['延期', 'Extension'],
  state: ['状态', 'State'],
  extent: ['延长', 'By'],
  reason: ['理由', 'Reasons'],
  requested: ['申请', 'Requested'],
  decided: ['审批', 'Decided'],
  legalAfter: ['延期后法定期限', 'Legal limit after'],
  verifications: ['信息核验', 'Verifications'],
  asked: ['核验部门', 'Asked'],
  question: ['核验事项', 'Question'],
  due: ['答复期限', 'Due'],
  overdue: ['已超期', 'Overdue'],
  result: ['结论', 'Answer'],
  waiting: ['待回复', 'Waiting'],
} as const;

function Files({ taskId, files }: { taskId: string; files: FileRef[] }) {
  return files.map((file) => (
    <Typography.Link key={file.id} href={taskFileUrl(taskId, file.id)} target="_blank">
      {file.name}{' '}
    </Typography.Link>
  ));
}

/** The case's stops, extension requests and verification requests, each as a small table. */
export function ClockRecords({ clock }: { clock: TaskClock }) {
  const t = useT(messages);
  const terms = useClockTerms();
  const days = (n: number) => t('days').replace('{n}', String(n));
  const { suspensions, extensions, verifications, taskId } = clock;
  if (suspensions.length + extensions.length + verifications.length === 0) {
    return (
      <Typography.Text type="secondary" className="task-clock-records">
        {t('none')}
      </Typography.Text>
    );
  }
  const table = { size: 'small' as const, pagination: false as const, rowKey: 'id' };
  return (
    <div className="task-clock-records">
      {suspensions.length > 0 && (
        <>
          <Typography.Title level={5}>{t('stops')}</Typography.Title>
          <Table
            {...table}
            dataSource={suspensions}
            columns={[
              {
                title: t('kind'),
                key: 'kind',
                render: (_, row) => <Tag>{terms.label('suspension', row.kind)}</Tag>,
              },
              { title: t('step'), dataIndex: 'stepName' },
              {
                title: t('period'),
                key: 'period',
                render: (_, row) =>
                  `${formatDateTime(row.startedAt)} – ${row.endedAt ? formatDateTime(row.endedAt) : t('running')}`,
              },
              { title: t('lost'), key: 'lost', render: (_, row) => days(row.lostWorkingDays) },
              {
                title: t('content'),
                key: 'content',
                render: (_, row) => (
                  <>
                    {row.corrections.length > 0 ? (
                      <ol className="task-clock-lines">
                        {row.corrections.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ol>
                    ) : (
                      <div>{row.note}</div>
                    )}
                    {row.endNote && (
                      <div>
                        {row.kind === 'correction' ? t('answer') : t('outcome')}
                        {row.endNote}
                        {row.answerChannel === 'window' && t('atWindow')}
                      </div>
                    )}
                    <Files taskId={taskId} files={row.answerFiles} />
                  </>
                ),
              },
            ]}
          />
        </>
      )}
      {extensions.length > 0 && (
        <>
          <Typography.Title level={5}>{t('extensions')}</Typography.Title>
          <Table
            {...table}
            dataSource={extensions}
            columns={[
              {
                title: t('state'),
                key: 'state',
                render: (_, row) => (
                  <Tag color={EXTENSION_COLORS[row.state]}>{terms.label('extension', row.state)}</Tag>
                ),
              },
              { title: t('extent'), key: 'days', render: (_, row) => days(row.workingDays) },
              { title: t('reason'), dataIndex: 'reason' },
              {
                title: t('requested'),
                key: 'requested',
                render: (_, row) => `${row.requestedByName} ${formatDateTime(row.requestedAt)}`,
              },
              {
                title: t('decided'),
                key: 'decided',
                render: (_, row) =>
                  row.decidedAt
                    ? `${row.decidedByName} ${formatDateTime(row.decidedAt)} ${row.decisionNote ?? ''}`
                    : '—',
              },
              {
                title: t('legalAfter'),
                key: 'after',
                render: (_, row) => formatDate(row.legalDeadlineAfter),
              },
            ]}
          />
        </>
      )}
      {verifications.length > 0 && (
        <>
          <Typography.Title level={5}>{t('verifications')}</Typography.Title>
          <Table
            {...table}
            dataSource={verifications}
            columns={[
              {
                title: t('asked'),
                key: 'asked',
                render: (_, row) => (
                  <WhoWhen head={row.toDepartmentName} name={row.askedByName} at={row.askedAt} />
                ),
              },
              {
                title: t('question'),
                key: 'question',
                render: (_, row) => (
                  <>
                    <div>{row.question}</div>
                    <Files taskId={taskId} files={row.files} />
                    <AttachmentLinks
                      urlOf={verificationAttachmentUrl(row.id)}
                      attachments={row.attachments}
                    />
                  </>
                ),
              },
              {
                title: t('due'),
                key: 'due',
                render: (_, row) => (
                  <>
                    {formatDate(row.dueAt)} {row.overdue && <Tag color="red">{t('overdue')}</Tag>}
                  </>
                ),
              },
              {
                title: t('result'),
                key: 'result',
                render: (_, row) =>
                  row.result ? <VerificationAnswer row={row} /> : <Tag color="gold">{t('waiting')}</Tag>,
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
