import { Anchor, App, Button, Flex, Form, type FormInstance, Popconfirm, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, type FieldProblem, post, put } from '../../../../../common/api';
import { useT } from '../../../../../common/locale';
import { useReportError } from '../../../api/useReportError';
import { commonMessages } from '../../../i18n/commonMessages';
import type { VersionRef } from '../types';
import type { useDepartments } from '../useDepartments';
import { BasicSection } from './BasicSection';
import { type EditorValues, formNameOf, toContent } from './editorValues';
import { FormFieldsSection } from './FormFieldsSection';
import { GuideSection } from './GuideSection';
import { MaterialsSection } from './MaterialsSection';
import { ProblemsAlert } from './ProblemsAlert';
import { RequirementsSection } from './RequirementsSection';
import { WorkflowSection } from './WorkflowSection';

const messages = {
  ...commonMessages,
  saveDraft: ['保存草稿', 'Save draft'],
  saved: ['草稿已保存', 'Draft saved'],
  basic: ['基本信息', 'Basics'],
  requirements: ['办理要求', 'Requirements'],
  materials: ['申请材料', 'Materials'],
  form: ['申请表', 'Form'],
  workflow: ['办理流程', 'Workflow'],
  guide: ['办事指南', 'Guide'],
  discard: ['放弃未保存的修改？', 'Discard unsaved changes?'],
  discardOk: ['放弃修改', 'Discard'],
  keepEditing: ['继续编辑', 'Keep editing'],
  fixFirst: ['还有未填好的内容，请按提示修改', 'Some fields need attention'],
} as const;

const LIST_SECTIONS: Record<string, string> = {
  materials: 'catalog-materials',
  formFields: 'catalog-form',
  workflow: 'catalog-workflow',
  guideSteps: 'catalog-guide',
};

/** Where the sticky bar ends, so anchored sections are not hidden beneath it. */
const STICKY_OFFSET = 130;

interface ItemEditorFormProps {
  title: string;
  /** Absent for a new item. */
  itemId?: string;
  initialValues: EditorValues;
  departments: ReturnType<typeof useDepartments>;
}

/** The long item form in sections, with a sticky bar of section links and the save button. */
export function ItemEditorForm({ title, itemId, initialValues, departments }: ItemEditorFormProps) {
  const t = useT(messages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useReportError();
  const [form] = Form.useForm<EditorValues>();
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  // A clerk closing the tab on half an hour of typing gets the browser's "leave page?" question.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // A problem with a whole list (e.g. the steps' total time) has no form item: show its section.
  const scrollTo = (field: string) => {
    const section = LIST_SECTIONS[field];
    if (section) document.getElementById(section)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    else form.scrollToField(formNameOf(field), { block: 'center', behavior: 'smooth' });
  };

  const save = async (values: EditorValues) => {
    setSaving(true);
    setProblems([]);
    try {
      const content = toContent(values);
      const saved = itemId
        ? await put<VersionRef>(`/api/catalog/manage/items/${itemId}/draft`, content)
        : await post<VersionRef>('/api/catalog/manage/items', content);
      setDirty(false);
      message.success(t('saved'));
      navigate(`/catalog/${saved.itemId}`);
    } catch (error) {
      reportError(error, form);
      if (error instanceof ApiError && error.fieldProblems.length > 0) {
        (form as FormInstance).setFields(
          error.fieldProblems.map((problem) => ({
            name: formNameOf(problem.field),
            errors: [problem.message],
          })),
        );
        setProblems(error.fieldProblems);
        window.scrollTo({ top: 0, behavior: 'smooth' });
      }
    } finally {
      setSaving(false);
    }
  };

  const leave = () => navigate(itemId ? `/catalog/${itemId}` : '/catalog');

  const onValuesChange = (changed: EditorValues) => {
    setDirty(true);
    // 即办件 are done on the spot: no promised days and no step limits.
    if (changed.handlingKind === 'on_the_spot') {
      const workflow = form.getFieldValue('workflow') ?? [];
      form.setFieldsValue({
        promisedLimitDays: 0,
        workflow: workflow.map((step: object) => ({ ...step, limitDays: 0 })),
      });
    }
  };

  const sections = [
    ['catalog-basic', t('basic')],
    ['catalog-requirements', t('requirements')],
    ['catalog-materials', t('materials')],
    ['catalog-form', t('form')],
    ['catalog-workflow', t('workflow')],
    ['catalog-guide', t('guide')],
  ] as const;

  return (
    <div className="catalog-editor">
      <Flex className="catalog-editor-bar" justify="space-between" align="center" gap={16}>
        <div className="catalog-editor-bar-left">
          <Typography.Title level={4} className="catalog-editor-title">
            {title}
          </Typography.Title>
          <Anchor
            direction="horizontal"
            affix={false}
            targetOffset={STICKY_OFFSET}
            onClick={(event) => event.preventDefault()}
            items={sections.map(([id, label]) => ({ key: id, href: `#${id}`, title: label }))}
          />
        </div>
        <Flex gap={8}>
          <Popconfirm
            title={t('discard')}
            okText={t('discardOk')}
            cancelText={t('keepEditing')}
            disabled={!dirty}
            onConfirm={leave}
          >
            <Button onClick={() => !dirty && leave()}>{t('cancel')}</Button>
          </Popconfirm>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('saveDraft')}
          </Button>
        </Flex>
      </Flex>
      <ProblemsAlert problems={problems} onPick={scrollTo} />
      <Form<EditorValues>
        name="item"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={save}
        onFinishFailed={() => message.warning(t('fixFirst'))}
        onValuesChange={onValuesChange}
        scrollToFirstError={{ block: 'center' }}
      >
        <BasicSection departments={departments} />
        <RequirementsSection departments={departments} />
        <MaterialsSection />
        <FormFieldsSection />
        <WorkflowSection departments={departments} />
        <GuideSection />
      </Form>
    </div>
  );
}
