import { Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { useT } from '../../../../../common/locale';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import type { useDepartments } from '../useDepartments';
import { EditorSection, TagsInput, useFieldLabels } from './editorParts';

const messages = {
  title: ['办理要求', 'Requirements'],
  required: ['请选择', 'Please choose'],
  days: ['个工作日', 'working days'],
  noLegalLimit: ['无法定时限可不填', 'Leave empty if the law sets none'],
  onTheSpotHint: ['即办件当场办结，承诺时限为0', 'Done on the spot: the promised limit is 0'],
  promisedRequired: ['请填写承诺时限', 'Enter the promised limit'],
  feeBasisRequired: ['收费事项须填写收费依据', 'A charged item needs its fee basis'],
  visitsZero: ['0次（零跑腿）', '0 (no visit)'],
  visitsOne: ['1次（最多跑一次）', '1 (at most one trip)'],
  notOnline: ['0 不能网上办理', '0 Not online'],
  noAnyWindow: ['不支持通办', 'Not offered'],
  resultNameHint: [
    '如：居民最低生活保障证；结果类型为“无”时不填',
    'E.g. the certificate issued; empty when the type is none',
  ],
  resultNameRequired: ['请填写办理结果名称', 'Enter the name of the result'],
  intermediaryHint: [
    '需要中介机构出具的报告等，没有可不填',
    'Reports by intermediaries; leave empty if none',
  ],
} as const;

/** 办理要求: limits, conditions, fees, trips, online depth and the result. */
export function RequirementsSection({ departments }: { departments: ReturnType<typeof useDepartments> }) {
  const t = useT(messages);
  const f = useFieldLabels();
  const terms = useCatalogTerms();
  const handlingKind: string | undefined = Form.useWatch('handlingKind');
  const feeCharged: boolean | undefined = Form.useWatch('feeCharged');
  const resultType: string | undefined = Form.useWatch('resultType');
  const choose = [{ required: true, message: t('required') }];
  const days = <InputNumber min={0} max={365} precision={0} suffix={t('days')} style={{ width: '100%' }} />;

  return (
    <EditorSection id="catalog-requirements" title={t('title')}>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Form.Item
            label={f.content('handlingKind')}
            name="handlingKind"
            rules={choose}
            extra={handlingKind === 'on_the_spot' ? t('onTheSpotHint') : undefined}
          >
            <Radio.Group options={terms.options('handlingKind')} optionType="button" />
          </Form.Item>
        </Col>
        <Col xs={12} lg={8}>
          <Form.Item
            label={f.content('promisedLimitDays')}
            name="promisedLimitDays"
            rules={[{ required: true, message: t('promisedRequired') }]}
          >
            {days}
          </Form.Item>
        </Col>
        <Col xs={12} lg={8}>
          <Form.Item label={f.content('legalLimitDays')} name="legalLimitDays" extra={t('noLegalLimit')}>
            {days}
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('promisedLimitNote')} name="promisedLimitNote">
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('legalLimitNote')} name="legalLimitNote">
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={f.content('acceptanceConditions')} name="acceptanceConditions">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={8} lg={4}>
          <Form.Item label={f.content('feeCharged')} name="feeCharged" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={16} lg={20}>
          {feeCharged && (
            <Form.Item
              label={f.content('feeBasis')}
              name="feeBasis"
              rules={[{ required: true, whitespace: true, message: t('feeBasisRequired') }]}
            >
              <Input maxLength={500} />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Form.Item label={f.content('visits')} name="visits" rules={choose}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 0, label: t('visitsZero') },
                { value: 1, label: t('visitsOne') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} lg={7}>
          <Form.Item label={f.content('courierDelivery')} name="courierDelivery" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12} lg={7}>
          <Form.Item label={f.content('appointment')} name="appointment" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('onlineDepth')} name="onlineDepth" rules={choose}>
            <Select
              options={[
                { value: 0, label: t('notOnline') },
                ...terms.options('onlineDepth').map(({ value, label }) => ({ value, label })),
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('anyWindowScope')} name="anyWindowScope">
            <Select allowClear placeholder={t('noAnyWindow')} options={terms.options('anyWindowScope')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Form.Item label={f.content('resultType')} name="resultType" rules={choose}>
            <Select options={terms.options('resultType')} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={16}>
          <Form.Item
            label={f.content('resultName')}
            name="resultName"
            extra={t('resultNameHint')}
            rules={
              resultType && resultType !== 'none'
                ? [{ required: true, whitespace: true, message: t('resultNameRequired') }]
                : []
            }
          >
            <Input maxLength={60} disabled={resultType === 'none'} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('jointDepartmentIds')} name="jointDepartmentIds">
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={departments.active.map((department) => ({
                value: department.id,
                label: department.name,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={f.content('reverseAnalysis')} name="reverseAnalysis" rules={choose}>
            <Select options={terms.options('reverseAnalysis')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={f.content('intermediaryServices')}
        name="intermediaryServices"
        extra={t('intermediaryHint')}
      >
        <TagsInput maxLength={100} sentences />
      </Form.Item>
    </EditorSection>
  );
}
