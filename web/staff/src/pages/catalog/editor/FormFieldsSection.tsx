import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useT } from '../../../../../common/locale';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import { EditableList, EntryKeyField } from './EditableList';
import { EditorSection, TagsInput, useFieldLabels } from './editorParts';

const messages = {
  title: ['申请表', 'Application form'],
  add: ['添加字段', 'Add field'],
  none: ['还没有申请表字段', 'No form fields yet'],
  heading: ['字段 {n}', 'Field {n}'],
  labelRequired: ['请填写字段名称', 'Enter the field label'],
  typeRequired: ['请选择字段类型', 'Choose a type'],
  optionsHint: ['单选字段至少2个选项，每个按回车添加', 'At least 2 options; press Enter after each'],
  optionsRequired: ['单选字段至少须有2个选项', 'A single-choice field needs 2+ options'],
  askOnForm: ['不预填，由申请人填写', 'Not pre-filled'],
  profileHint: [
    '已知的申请人信息自动带出，群众不必重复填写',
    'Known facts about the applicant are filled in for them',
  ],
  noLimit: ['不限', 'No limit'],
} as const;

/** 申请表: the fields of the application form, some pre-filled from the applicant's profile. */
export function FormFieldsSection() {
  const t = useT(messages);
  const f = useFieldLabels();
  const terms = useCatalogTerms();

  return (
    <EditorSection id="catalog-form" title={t('title')}>
      <EditableList
        name="formFields"
        none={t('none')}
        addText={t('add')}
        heading={t('heading')}
        entryName={(value) => value?.label}
        testId="form-field"
        keyPrefix="field"
        newEntry={() => ({ type: 'text', required: true, options: [] })}
      >
        {(field, value) => (
          <>
            <Row gutter={16}>
              <Col xs={24} lg={7}>
                <Form.Item
                  label={f.formField('label')}
                  name={[field.name, 'label']}
                  rules={[{ required: true, whitespace: true, message: t('labelRequired') }]}
                >
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col xs={12} lg={5}>
                <Form.Item
                  label={f.formField('type')}
                  name={[field.name, 'type']}
                  rules={[{ required: true, message: t('typeRequired') }]}
                >
                  <Select options={terms.options('fieldType')} />
                </Form.Item>
              </Col>
              <Col xs={12} lg={5}>
                <EntryKeyField name={field.name} label={f.formField('key')} />
              </Col>
              <Col xs={12} lg={4}>
                <Form.Item label={f.formField('maxLength')} name={[field.name, 'maxLength']}>
                  <InputNumber
                    min={1}
                    max={2000}
                    precision={0}
                    placeholder={t('noLimit')}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} lg={3}>
                <Form.Item
                  label={f.formField('required')}
                  name={[field.name, 'required']}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
              </Col>
            </Row>
            {value?.type === 'select' && (
              <Form.Item
                label={f.formField('options')}
                name={[field.name, 'options']}
                extra={t('optionsHint')}
                rules={[{ required: true, type: 'array', min: 2, message: t('optionsRequired') }]}
              >
                <TagsInput maxLength={40} />
              </Form.Item>
            )}
            <Row gutter={16}>
              <Col xs={24} lg={10}>
                <Form.Item
                  label={f.formField('profileSource')}
                  name={[field.name, 'profileSource']}
                  tooltip={t('profileHint')}
                >
                  <Select allowClear placeholder={t('askOnForm')} options={terms.options('profileSource')} />
                </Form.Item>
              </Col>
              <Col xs={24} lg={14}>
                <Form.Item label={f.formField('hint')} name={[field.name, 'hint']}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
      </EditableList>
    </EditorSection>
  );
}
