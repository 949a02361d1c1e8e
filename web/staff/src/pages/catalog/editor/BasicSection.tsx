import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useT } from '../../../../../common/locale';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import { useCatalogAccess } from '../access';
import type { useDepartments } from '../useDepartments';
import { CodePreview } from './CodePreview';
import { EditorSection, TagsInput, useFieldLabels } from './editorParts';

const messages = {
  title: ['基本信息', 'Basic information'],
  nameRequired: ['请填写事项名称（至少2个字）', 'Enter the item name (2+ characters)'],
  typeRequired: ['请选择事项类型', 'Choose the item type'],
  basicCodeHint: [
    '12位数字，第3-4位为事项类型代码（当前应为 {type}）',
    '12 digits; digits 3-4 are the item type code ({type} now)',
  ],
  basicCodeHintNoType: ['12位数字，第3-4位为事项类型代码', '12 digits; digits 3-4 are the item type code'],
  basicCodeShape: ['基本编码为12位数字', 'The basic code has 12 digits'],
  basicCodeType: [
    '第3-4位应为事项类型代码 {type}，现为 {actual}；请核对事项类型或基本编码',
    'Digits 3-4 must be the item type code {type}, not {actual}',
  ],
  levelRequired: ['请选择行使层级', 'Choose the level'],
  departmentRequired: ['请选择实施主体', 'Choose the implementing body'],
  noCreditCode: ['（未登记信用代码）', ' (no credit code)'],
  serviceObjectsRequired: ['请选择服务对象', 'Choose at least one'],
  categoryRequired: ['请选择服务分类', 'Choose a category'],
  aliasesHint: ['群众常用的叫法，便于搜索', 'Names residents use, for search'],
} as const;

type Departments = ReturnType<typeof useDepartments>;

/** 基本信息: what the item is called, its codes, who implements it, for whom. */
export function BasicSection({ departments }: { departments: Departments }) {
  const t = useT(messages);
  const f = useFieldLabels();
  const terms = useCatalogTerms();
  const access = useCatalogAccess();
  const itemType: string | undefined = Form.useWatch('itemType');
  const editable = departments.active.filter((department) => access.canEditFor(department));

  const basicCodeRule = {
    validator: (_: unknown, value: string | undefined) => {
      if (!value) return Promise.reject(new Error(t('basicCodeShape')));
      if (!/^\d{12}$/.test(value)) return Promise.reject(new Error(t('basicCodeShape')));
      const actual = value.slice(2, 4);
      if (itemType && actual !== itemType) {
        return Promise.reject(
          new Error(t('basicCodeType').replace('{type}', itemType).replace('{actual}', actual)),
        );
      }
      return Promise.resolve();
    },
  };

  return (
    <EditorSection id="catalog-basic" title={t('title')}>
      <Form.Item
        label={f.content('name')}
        name="name"
        rules={[{ required: true, min: 2, whitespace: true, message: t('nameRequired') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('aliases')} name="aliases" extra={t('aliasesHint')}>
            <TagsInput maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('keywords')} name="keywords">
            <TagsInput maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Form.Item
            label={f.content('itemType')}
            name="itemType"
            rules={[{ required: true, message: t('typeRequired') }]}
          >
            <Select
              options={terms.options('itemType').map(({ value, label }) => ({
                value,
                label: `${value} ${label}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item
            label={f.content('basicCode')}
            name="basicCode"
            dependencies={['itemType']}
            required
            rules={[basicCodeRule]}
            extra={itemType ? t('basicCodeHint').replace('{type}', itemType) : t('basicCodeHintNoType')}
          >
            <Input maxLength={12} className="mono-input" inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item
            label={f.content('level')}
            name="level"
            rules={[{ required: true, message: t('levelRequired') }]}
          >
            <Select
              options={terms
                .options('level')
                .map(({ value, label }) => ({ value, label: `${value} ${label}` }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={f.content('departmentId')}
        name="departmentId"
        rules={[{ required: true, message: t('departmentRequired') }]}
      >
        <Select
          loading={departments.loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={editable.map((department) => ({
            value: department.id,
            label: department.creditCode ? department.name : `${department.name}${t('noCreditCode')}`,
            disabled: !department.creditCode,
          }))}
        />
      </Form.Item>
      <CodePreview departments={departments} />
      <Form.Item
        label={f.content('serviceObjects')}
        name="serviceObjects"
        rules={[{ required: true, type: 'array', min: 1, message: t('serviceObjectsRequired') }]}
      >
        <Checkbox.Group options={terms.options('serviceObject')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item
            label={f.content('serviceCategory')}
            name="serviceCategory"
            rules={[{ required: true, message: t('categoryRequired') }]}
          >
            <Select options={terms.options('serviceCategory')} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('themes')} name="themes">
            <Select mode="multiple" options={terms.options('theme')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={f.content('legalBasis')} name="legalBasis">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
      </Form.Item>
    </EditorSection>
  );
}
