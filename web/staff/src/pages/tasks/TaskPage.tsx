import { App, Card, Flex, Space, Spin, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { formatDateTime } from '../../components/format';
import { ProvisionalMark } from '../../components/ProvisionalMark';
import { CaseFacts, CaseForm } from '../cases/CaseFacts';
import { CaseDocuments, CaseTimeline } from '../cases/CaseHistory';
import { STATUS_COLORS, useCaseTerms } from '../cases/caseTerms';
import { CasePapersCard } from '../cases/papers/CasePapersCard';
import type { CaseDetail } from '../cases/types';
import { TaskClockPanel } from './clock/TaskClockPanel';
import { RouteCard } from './RouteCard';
import { TaskActions } from './TaskActions';
import { TimeLeftTag } from './TimeLeftTag';
import type { TaskOutcome } from './taskApi';
import type { TaskDetail } from './types';
import './tasks.css';

const messages = {
  step: ['当前环节', 'Step'],
  limit: ['环节时限 {n} 个工作日，{due} 到期', 'Step limit {n} working day(s), due {due}'],
  route: ['审批流转', 'Route through the back office'],
  documents: ['文书', 'Documents'],
  facts: ['申请人与办理信息', 'Applicant and handling'],
  form: ['申请表', 'Application form'],
  history: ['办理记录', 'History'],
  closed: ['该待办已办结', 'This task is closed'],
  moved: ['已办理，办件已转入下一环节', 'Done; the case has moved on'],
  decided: ['已办理，办件已办结', 'Done; the case is decided'],
} as const;

/** One task: its step and countdown, what the officer may do, the route so far and the whole case. */
export function TaskPage() {
  const t = useT(messages);
  const terms = useCaseTerms();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const task = useApi<TaskDetail>(`/api/tasks/${id}`);
  const detail = useApi<CaseDetail>(task.data ? `/api/cases/${task.data.caseId}` : null);

  const data = task.data;
  if (!data) return <Spin className="catalog-loading" spinning={task.loading} />;
  const open = data.state === 'open';

  const done = (outcome: TaskOutcome) => {
    if (outcome.openTaskIds.includes(data.taskId)) {
      task.reload();
      detail.reload();
      return;
    }
    message.success(outcome.openTaskIds.length > 0 ? t('moved') : t('decided'));
    navigate('/tasks');
  };

  return (
    <Flex vertical gap={16} className="task-page">
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Space direction="vertical" size={4}>
            <Typography.Title level={4} className="case-title">
              {data.itemName}
            </Typography.Title>
            <Space wrap>
              <Link to={`/cases/${data.caseId}`}>{data.caseNumber}</Link>
              <Tag color={STATUS_COLORS[data.caseStatus]}>{terms.label('status', data.caseStatus)}</Tag>
              <span>
                {t('step')}：<strong>{data.stepName}</strong>
              </span>
              {open ? <TimeLeftTag time={data} /> : <Tag>{t('closed')}</Tag>}
            </Space>
            <Typography.Text type="secondary">
              {t('limit').replace('{n}', String(data.limitDays)).replace('{due}', formatDateTime(data.dueAt))}
            </Typography.Text>
            {open && <ProvisionalMark provisional={data.dueProvisional} />}
          </Space>
          {open && <TaskActions task={data} onDone={done} />}
        </Flex>
      </Card>
      {open && (
        <TaskClockPanel
          taskId={data.taskId}
          version={data.version}
          onDone={() => {
            task.reload();
            detail.reload();
          }}
        />
      )}
      <Card size="small" title={t('route')}>
        <RouteCard caseId={data.caseId} route={data.route} />
      </Card>
      {/* The papers come before the rest: they are what the decision rests on. */}
      <CasePapersCard caseId={data.caseId} />
      {detail.data && (
        <>
          <Card size="small" title={t('documents')}>
            <CaseDocuments detail={detail.data} />
          </Card>
          <Card size="small" title={t('facts')}>
            <CaseFacts detail={detail.data} />
          </Card>
          <Card size="small" title={t('form')}>
            <CaseForm detail={detail.data} />
          </Card>
          <Card size="small" title={t('history')}>
            <CaseTimeline detail={detail.data} />
          </Card>
        </>
      )}
    </Flex>
  );
}
