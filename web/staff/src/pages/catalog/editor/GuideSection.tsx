import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Row } from 'antd';
import { useT } from '../../../../../common/locale';
import { EditorSection, useFieldLabels } from './editorParts';

const messages = {
  title: ['办事指南', 'Service guide'],
  addStep: ['添加步骤', 'Add step'],
  removeStep: ['删除此步骤', 'Remove this step'],
  step: ['步骤 {n}', 'Step {n}'],
  stepsHint: [
    '群众在办事指南中看到的办理步骤，如 申请 → 受理 → 审查 → 决定 → 送达',
    'The steps residents see, e.g. apply → intake → review → decision → delivery',
  ],
} as const;

/** 办事指南: where, when and how residents apply, ask and complain. */
export function GuideSection() {
  const t = useT(messages);
  const f = useFieldLabels();
  return (
    <EditorSection id="catalog-guide" title={t('title')}>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('handlingAddress')} name="handlingAddress">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('handlingHours')} name="handlingHours">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('enquiryChannel')} name="enquiryChannel">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('complaintChannel')} name="complaintChannel">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={f.content('guideSteps')} extra={t('stepsHint')}>
        <Form.List name="guideSteps">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="center">
                  <span className="guide-step-number">{index + 1}</span>
                  <Form.Item name={field.name} noStyle>
                    <Input maxLength={200} aria-label={t('step').replace('{n}', String(index + 1))} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('removeStep')}
                    title={t('removeStep')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add('')}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('addStep')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </EditorSection>
  );
}
