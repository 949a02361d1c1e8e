import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch, Tag } from 'antd';
import { useT } from '../../../../../common/locale';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import { EditableList, EntryKeyField } from './EditableList';
import { EditorSection, TagsInput, useFieldLabels } from './editorParts';

const messages = {
  title: ['申请材料', 'Application materials'],
  add: ['添加材料', 'Add material'],
  none: ['还没有材料；无需提交材料的事项可以不填', 'No materials yet; leave empty if none are needed'],
  heading: ['材料 {n}', 'Material {n}'],
  requiredTag: ['必需', 'Required'],
  optionalTag: ['非必需', 'Optional'],
  nameRequired: ['请填写材料名称', 'Enter the material name'],
  formsRequired: ['请选择材料形式', 'Choose at least one form'],
  keyHint: ['小写字母开头，可含数字和下划线', 'Lowercase letter first; digits and _ allowed'],
  checksHint: [
    '窗口人员收件时逐项核对的要点，每条按回车添加',
    'What the clerk checks on intake; press Enter after each',
  ],
  certificatesHint: [
    '有电子证照时可免交纸质材料',
    'The paper can be skipped when the e-certificate is found',
  ],
  fileHint: ['文件名或链接，选填', 'File name or link, optional'],
} as const;

/** 申请材料: what the applicant hands in, and what the window clerk checks on each. */
export function MaterialsSection() {
  const t = useT(messages);
  const f = useFieldLabels();
  const terms = useCatalogTerms();

  return (
    <EditorSection id="catalog-materials" title={t('title')}>
      <EditableList
        name="materials"
        none={t('none')}
        addText={t('add')}
        heading={t('heading')}
        entryName={(material) => material?.name}
        titleExtra={(material) => (
          <Tag color={material?.required ? 'red' : 'default'} className="catalog-list-card-tag">
            {material?.required ? t('requiredTag') : t('optionalTag')}
          </Tag>
        )}
        testId="material"
        keyPrefix="material"
        newEntry={() => ({
          forms: ['original'],
          originalCount: 1,
          copyCount: 0,
          required: true,
          source: 'applicant',
          certificateTypes: [],
          checks: [],
        })}
      >
        {(field) => (
          <>
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <Form.Item
                  label={f.material('name')}
                  name={[field.name, 'name']}
                  rules={[{ required: true, min: 2, whitespace: true, message: t('nameRequired') }]}
                >
                  <Input maxLength={120} />
                </Form.Item>
              </Col>
              <Col xs={12} lg={6}>
                <EntryKeyField name={field.name} label={f.material('key')} tooltip={t('keyHint')} />
              </Col>
              <Col xs={12} lg={6}>
                <Form.Item
                  label={f.material('required')}
                  name={[field.name, 'required']}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col xs={24} lg={9}>
                <Form.Item
                  label={f.material('forms')}
                  name={[field.name, 'forms']}
                  rules={[{ required: true, type: 'array', min: 1, message: t('formsRequired') }]}
                >
                  <Checkbox.Group options={terms.options('materialForm')} />
                </Form.Item>
              </Col>
              <Col xs={8} lg={4}>
                <Form.Item label={f.material('originalCount')} name={[field.name, 'originalCount']}>
                  <InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={8} lg={4}>
                <Form.Item label={f.material('copyCount')} name={[field.name, 'copyCount']}>
                  <InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={8} lg={7}>
                <Form.Item label={f.material('source')} name={[field.name, 'source']}>
                  <Select options={terms.options('materialSource')} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              label={f.material('certificateTypes')}
              name={[field.name, 'certificateTypes']}
              extra={t('certificatesHint')}
            >
              <Select mode="multiple" allowClear options={terms.options('certificateType')} />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <Form.Item label={f.material('acceptanceStandard')} name={[field.name, 'acceptanceStandard']}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
                </Form.Item>
              </Col>
              <Col xs={24} lg={12}>
                <Form.Item label={f.material('fillingNotes')} name={[field.name, 'fillingNotes']}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label={f.material('checks')} name={[field.name, 'checks']} extra={t('checksHint')}>
              <TagsInput maxLength={200} sentences />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <Form.Item label={f.material('blankFormFile')} name={[field.name, 'blankFormFile']}>
                  <Input maxLength={200} placeholder={t('fileHint')} />
                </Form.Item>
              </Col>
              <Col xs={24} lg={12}>
                <Form.Item label={f.material('sampleFile')} name={[field.name, 'sampleFile']}>
                  <Input maxLength={200} placeholder={t('fileHint')} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
      </EditableList>
    </EditorSection>
  );
}
