import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useT } from '../../../../../common/locale';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import { useContentText } from '../useContentText';
import type { useDepartments } from '../useDepartments';
import { WorkflowDiagram } from '../WorkflowDiagram';
import { EditableList, EntryKeyField } from './EditableList';
import { EditorSection, useFieldLabels } from './editorParts';
import { type EditorValues, toContent } from './editorValues';
import { StepActorFields } from './StepActorFields';

const messages = {
  title: ['办理流程', 'Workflow'],
  intro: [
    '后台审批的各个环节，按顺序办理；相邻环节选同一并联组即同时办理，汇合后进入下一环节。',
    'The back-office steps in order; adjacent steps in the same parallel group run together and join before the next.',
  ],
  add: ['添加环节', 'Add step'],
  none: ['还没有办理环节', 'No steps yet'],
  heading: ['环节 {n}', 'Step {n}'],
  nameRequired: ['请填写环节名称', 'Enter the step name'],
  limitRequired: ['请填写环节时限', 'Enter the limit'],
  actionsRequired: ['每个环节至少允许一种操作', 'Allow at least one action'],
  sequential: ['不并联', 'Not parallel'],
  days: ['工作日', 'days'],
  preview: ['流程图（随填写实时更新）', 'Diagram (updates as you type)'],
  copyLeaders: [
    '抄送部门领导：环节到达即告知办理部门的领导，并列入其“抄送我的”',
    "Copy the department's leaders: they are told when the step opens and see it under Copied to me",
  ],
} as const;

const GROUPS = ['a', 'b', 'c', 'd'];

/** 办理流程: the steps with their handlers and limits, and the diagram they make beside them. */
export function WorkflowSection({ departments }: { departments: ReturnType<typeof useDepartments> }) {
  const t = useT(messages);
  const f = useFieldLabels();
  const terms = useCatalogTerms();
  const text = useContentText(departments);
  const form = Form.useFormInstance<EditorValues>();
  const steps: NonNullable<EditorValues['workflow']> = Form.useWatch('workflow') ?? [];
  const promised: number | undefined = Form.useWatch('promisedLimitDays') ?? undefined;
  const handlingKind: string | undefined = Form.useWatch('handlingKind');
  const preview = toContent({ workflow: steps.filter(Boolean) }).workflow.map((step) => ({
    ...step,
    name: step.name ?? '',
    limitDays: step.limitDays ?? 0,
    actions: step.actions ?? [],
  }));

  const groupOptions = (current: string | null | undefined) => {
    const known = GROUPS.map((g) => ({ value: `parallel_${g}`, label: text.group(`parallel_${g}`) }));
    return current && !known.some((option) => option.value === current)
      ? [...known, { value: current, label: current }]
      : known;
  };

  return (
    <EditorSection id="catalog-workflow" title={t('title')}>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Row gutter={20}>
        <Col xs={24} xl={15}>
          <EditableList
            name="workflow"
            none={t('none')}
            addText={t('add')}
            heading={t('heading')}
            entryName={(step) => step?.name}
            testId="workflow-step"
            keyPrefix="step"
            newEntry={() => ({
              limitDays: handlingKind === 'on_the_spot' ? 0 : 1,
              actions: ['approve', 'return'],
              parallelGroup: null,
              copyLeaders: false,
              actor: {
                kind: 'role',
                role: 'approver',
                departmentId: form.getFieldValue('departmentId'),
              },
            })}
          >
            {(field, step) => (
              <>
                <Row gutter={16}>
                  <Col xs={24} lg={8}>
                    <Form.Item
                      label={f.step('name')}
                      name={[field.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
                    >
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} lg={5}>
                    <EntryKeyField name={field.name} label={f.step('key')} />
                  </Col>
                  <Col xs={12} lg={5}>
                    <Form.Item
                      label={f.step('limitDays')}
                      name={[field.name, 'limitDays']}
                      rules={[{ required: true, message: t('limitRequired') }]}
                    >
                      <InputNumber
                        min={0}
                        max={365}
                        suffix={t('days')}
                        disabled={handlingKind === 'on_the_spot'}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} lg={6}>
                    <Form.Item label={f.step('parallelGroup')} name={[field.name, 'parallelGroup']}>
                      <Select
                        allowClear
                        placeholder={t('sequential')}
                        options={groupOptions(step?.parallelGroup)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <StepActorFields name={field.name} departments={departments} />
                <Form.Item
                  label={f.step('actions')}
                  name={[field.name, 'actions']}
                  rules={[{ required: true, type: 'array', min: 1, message: t('actionsRequired') }]}
                >
                  <Checkbox.Group options={terms.options('workflowAction')} />
                </Form.Item>
                <Form.Item name={[field.name, 'copyLeaders']} valuePropName="checked">
                  <Checkbox>{t('copyLeaders')}</Checkbox>
                </Form.Item>
              </>
            )}
          </EditableList>
        </Col>
        <Col xs={24} xl={9}>
          <div className="workflow-preview">
            <Typography.Text strong>{t('preview')}</Typography.Text>
            <WorkflowDiagram steps={preview} promisedLimitDays={promised} departments={departments} />
          </div>
        </Col>
      </Row>
    </EditorSection>
  );
}
