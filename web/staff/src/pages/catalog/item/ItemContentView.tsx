import { PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, type DescriptionsProps, Flex, Steps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../../../common/locale';
import { formatMinute } from '../../../components/format';
import { usePrinting } from '../../../components/usePrinting';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import type { CONTENT_FIELDS } from '../contentFields';
import { useFieldLabels } from '../editor/editorParts';
import type { ItemVersion } from '../types';
import { useContentText } from '../useContentText';
import type { useDepartments } from '../useDepartments';
import { WorkflowDiagram } from '../WorkflowDiagram';
import { FormFieldsTable } from './FormFieldsTable';
import { MaterialChecklist } from './MaterialChecklist';
import './print.css';

const messages = {
  summary: ['事项概要', 'Summary'],
  code: ['实施编码', 'Implementation code'],
  conditions: ['受理条件与设定依据', 'Conditions and legal basis'],
  intake: ['收件核验（窗口作业指导）', 'Intake checks (clerk instructions)'],
  form: ['申请表', 'Application form'],
  workflow: ['办理流程', 'Workflow'],
  guide: ['办事指南', 'Service guide'],
  feeBasis: ['（依据：{basis}）', ' (basis: {basis})'],
  none: ['未填写', 'Not given'],
  print: ['打印', 'Print'],
  printTitle: ['作业指导书', 'Work instruction'],
  printLine: [
    '第{v}版 · {status} · 实施编码 {code} · {department} · 打印于 {at}',
    'Version {v} · {status} · {code} · {department} · printed {at}',
  ],
} as const;

type Field = keyof typeof CONTENT_FIELDS;

/**
 * One version of an item as the staff work instruction (作业指导书): summary,
 * intake checks, form, workflow, guide. Prints on A4 (print.css) under a
 * heading that names the version and its status, so a draft is never taken
 * for the published text.
 */
export function ItemContentView({
  version,
  departments,
}: {
  version: ItemVersion;
  departments: ReturnType<typeof useDepartments>;
}) {
  const t = useT(messages);
  const f = useFieldLabels();
  const terms = useCatalogTerms();
  const printing = usePrinting();
  const { text } = useContentText(departments);
  const { content } = version;

  const item = (field: Field, children?: ReactNode, span?: number) => ({
    key: field,
    label: f.content(field),
    children: children ?? text(field, content[field]),
    span,
  });
  const withNote = (value: string, note: string) => (
    <>
      {value}
      {note && <div className="table-note">{note}</div>}
    </>
  );
  const summary: DescriptionsProps['items'] = [
    { key: 'code', label: t('code'), children: <code>{version.implementationCode}</code>, span: 2 },
    item('basicCode', <code>{content.basicCode}</code>),
    item('itemType'),
    item('level'),
    item('departmentId'),
    item('handlingKind'),
    item(
      'promisedLimitDays',
      withNote(text('promisedLimitDays', content.promisedLimitDays), content.promisedLimitNote),
    ),
    item('legalLimitDays', withNote(text('legalLimitDays', content.legalLimitDays), content.legalLimitNote)),
    item('serviceObjects'),
    item('visits'),
    item('onlineDepth'),
    item('anyWindowScope'),
    item('courierDelivery'),
    item('appointment'),
    item(
      'feeCharged',
      content.feeCharged
        ? `${text('feeCharged', true)}${t('feeBasis').replace('{basis}', content.feeBasis)}`
        : text('feeCharged', false),
    ),
    item(
      'resultType',
      [text('resultType', content.resultType), content.resultName].filter(Boolean).join('：'),
    ),
    item('jointDepartmentIds'),
    item('intermediaryServices'),
    item('serviceCategory'),
    item('reverseAnalysis'),
    item('themes'),
    item('aliases'),
    item('keywords', undefined, 2),
  ];
  const guide: DescriptionsProps['items'] = [
    item('handlingAddress'),
    item('handlingHours'),
    item('enquiryChannel'),
    item('complaintChannel'),
  ];
  const paragraph = (value: string) =>
    value ? <div className="catalog-long-text">{value}</div> : <span className="muted">{t('none')}</span>;
  const heading = (title: string) => (
    <Typography.Title level={5} className="catalog-view-heading">
      {title}
    </Typography.Title>
  );

  return (
    <div className="catalog-view">
      <header className="print-only print-heading">
        <div className="print-heading-kind">{t('printTitle')}</div>
        <h1>{content.name}</h1>
        <div>
          {t('printLine')
            .replace('{v}', String(version.version))
            .replace('{status}', terms.label('status', version.status))
            .replace('{code}', version.implementationCode)
            .replace('{department}', version.departmentName)
            .replace('{at}', formatMinute(new Date().toISOString()))}
        </div>
      </header>
      <Flex justify="space-between" align="center" gap={16}>
        {heading(t('summary'))}
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} className="print-hide">
          {t('print')}
        </Button>
      </Flex>
      <Descriptions bordered size="small" column={printing ? 2 : { xs: 1, md: 2, xl: 3 }} items={summary} />
      {heading(t('conditions'))}
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          item('acceptanceConditions', paragraph(content.acceptanceConditions)),
          item('legalBasis', paragraph(content.legalBasis)),
        ]}
      />
      {heading(t('intake'))}
      <MaterialChecklist materials={content.materials} />
      {heading(t('form'))}
      <FormFieldsTable fields={content.formFields} />
      {heading(t('workflow'))}
      <div className="catalog-view-workflow">
        <WorkflowDiagram
          steps={content.workflow}
          promisedLimitDays={content.promisedLimitDays}
          departments={departments}
        />
      </div>
      {heading(t('guide'))}
      <Descriptions bordered size="small" column={printing ? 2 : { xs: 1, lg: 2 }} items={guide} />
      {content.guideSteps.length > 0 && (
        <Steps
          size="small"
          orientation={printing ? 'vertical' : 'horizontal'}
          className="catalog-guide-steps"
          current={-1}
          items={content.guideSteps.map((step) => ({ title: step }))}
        />
      )}
    </div>
  );
}
