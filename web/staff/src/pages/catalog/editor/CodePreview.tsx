import { Alert, Form, Tooltip } from 'antd';
import { useT } from '../../../../../common/locale';
import type { useDepartments } from '../useDepartments';

const messages = {
  label: ['实施编码（自动生成）', 'Implementation code (generated)'],
  credit: ['实施主体统一社会信用代码', "Implementing body's credit code"],
  level: ['行使层级', 'Level'],
  basic: ['基本编码', 'Basic code'],
  incomplete: [
    '选择实施主体、行使层级并填写12位基本编码后生成',
    'Shown once body, level and basic code are set',
  ],
  noCreditCode: [
    '“{name}”未登记统一社会信用代码，无法生成实施编码。请联系管理员在“部门管理”中补充。',
    '"{name}" has no credit code, so no implementation code can be made. Ask an administrator to add it under Departments.',
  ],
} as const;

/** The 31-character implementation code the server will give the item: credit code + level + basic code. */
export function CodePreview({ departments }: { departments: ReturnType<typeof useDepartments> }) {
  const t = useT(messages);
  const departmentId: string | undefined = Form.useWatch('departmentId');
  const level: number | undefined = Form.useWatch('level');
  const basicCode: string | undefined = Form.useWatch('basicCode');
  const department = departments.byId(departmentId);

  if (department && !department.creditCode) {
    return (
      <Alert
        type="warning"
        showIcon
        className="catalog-code-preview"
        title={t('noCreditCode').replace('{name}', department.name)}
      />
    );
  }
  const complete = department?.creditCode && level && basicCode && /^\d{12}$/.test(basicCode);
  const part = (title: string, text: string, className: string) => (
    <Tooltip title={title}>
      <span className={className}>{text}</span>
    </Tooltip>
  );
  return (
    <Form.Item label={t('label')} className="catalog-code-preview">
      {complete ? (
        <span className="catalog-code catalog-code-large" data-testid="implementation-code-preview">
          {part(t('credit'), department.creditCode ?? '', 'code-part-credit')}
          {part(t('level'), String(level), 'code-part-level')}
          {part(t('basic'), basicCode, 'code-part-basic')}
        </span>
      ) : (
        <span className="muted">{t('incomplete')}</span>
      )}
    </Form.Item>
  );
}
