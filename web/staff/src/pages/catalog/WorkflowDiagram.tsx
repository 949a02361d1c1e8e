import { ArrowDownOutlined, CheckCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Empty, Tag, Typography } from 'antd';
import { workflowStages } from '../../../../../src/modules/catalog/rules/workflow-rules';
import { useT } from '../../../../common/locale';
import { useCatalogTerms } from '../../i18n/catalogTerms';
import type { ItemContent } from './types';
import { useContentText } from './useContentText';
import type { useDepartments } from './useDepartments';

const messages = {
  start: ['受理', 'Intake'],
  end: ['办结', 'Done'],
  parallel: ['并联办理 · 按最长 {days} 个工作日计', 'In parallel · counts as the longest, {days} days'],
  join: ['汇合后进入下一环节', 'Joins before the next step'],
  days: ['{days} 个工作日', '{days} working days'],
  noActor: ['未指定办理人', 'No handler'],
  total: [
    '各环节合计 {total} 个工作日，承诺时限 {promised} 个工作日',
    'Steps total {total} days; promised {promised}',
  ],
  over: ['超出承诺时限', 'Over the promised limit'],
  empty: ['尚未设置办理流程', 'No workflow yet'],
  unnamed: ['（未命名环节）', '(unnamed step)'],
} as const;

type Step = ItemContent['workflow'][number];

interface WorkflowDiagramProps {
  steps: Step[];
  promisedLimitDays: number | undefined;
  departments: ReturnType<typeof useDepartments>;
}

/** The workflow as stages: single steps in a column joined by arrows, parallel steps side by side. */
export function WorkflowDiagram({ steps, promisedLimitDays, departments }: WorkflowDiagramProps) {
  const t = useT(messages);
  const terms = useCatalogTerms();
  const text = useContentText(departments);
  if (steps.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />;

  const stages = workflowStages(steps);
  const total = Math.round(stages.reduce((sum, stage) => sum + stage.limitDays, 0) * 1000) / 1000;
  const over = promisedLimitDays !== undefined && total > promisedLimitDays;
  const days = (value: number) => t('days').replace('{days}', String(value));

  const actorText = (actor: Step['actor']) =>
    actor ? text.actor(actor) : <span className="workflow-node-missing">{t('noActor')}</span>;
  const node = (step: Step, index: number) => (
    <div className="workflow-node" key={`${step.key}-${index}`} data-testid={`workflow-node-${index}`}>
      <div className="workflow-node-title">
        <span className="workflow-node-index">{index + 1}</span>
        {step.name || t('unnamed')}
      </div>
      <div className="workflow-node-line">{actorText(step.actor)}</div>
      <div className="workflow-node-line">
        {days(step.limitDays)}
        {step.actions.map((action) => (
          <Tag key={action} className="workflow-node-action">
            {terms.label('workflowAction', action)}
          </Tag>
        ))}
      </div>
    </div>
  );
  const arrow = (key: string) => (
    <div className="workflow-arrow" key={key} aria-hidden>
      <ArrowDownOutlined />
    </div>
  );

  return (
    <div className="workflow-diagram" data-testid="workflow-diagram">
      <div className="workflow-terminal">
        <PlayCircleOutlined /> {t('start')}
      </div>
      {stages.map((stage) => [
        arrow(`arrow-${stage.firstIndex}`),
        stage.group === null ? (
          node(stage.steps[0] as Step, stage.firstIndex)
        ) : (
          <div className="workflow-parallel" key={`stage-${stage.firstIndex}`}>
            <div className="workflow-parallel-label">
              {t('parallel').replace('{days}', String(stage.limitDays))}
            </div>
            <div className="workflow-parallel-row">
              {stage.steps.map((step, offset) => node(step, stage.firstIndex + offset))}
            </div>
            <div className="workflow-parallel-join">{t('join')}</div>
          </div>
        ),
      ])}
      {arrow('arrow-end')}
      <div className="workflow-terminal">
        <CheckCircleOutlined /> {t('end')}
      </div>
      <Typography.Paragraph type={over ? 'danger' : 'secondary'} className="workflow-total">
        {t('total')
          .replace('{total}', String(total))
          .replace('{promised}', promisedLimitDays === undefined ? '—' : String(promisedLimitDays))}
        {over && <Tag color="red">{t('over')}</Tag>}
      </Typography.Paragraph>
    </div>
  );
}
