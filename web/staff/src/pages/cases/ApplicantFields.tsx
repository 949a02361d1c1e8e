import { Checkbox, Form, Input, Radio } from 'antd';
import { ownerNumberProblem } from '../../../../../src/shared/material-files';
import { useT } from '../../../../common/locale';

const messages = {
  kind: ['申请人类型', 'Applicant'],
  person: ['自然人（身份证）', 'Person (ID card)'],
  enterprise: ['法人（统一社会信用代码）', 'Organisation (credit code)'],
  idNumber: ['身份证号码', 'ID number'],
  creditCode: ['统一社会信用代码', 'Credit code'],
  numberRequired: ['请输入证件号码', 'Enter the number'],
  name: ['姓名 / 名称', 'Name'],
  nameHint: ['人口与法人库中有记录时可不填', 'May be left empty when the registry has the record'],
  phone: ['联系电话', 'Mobile'],
  region: ['户籍地（住所地）区划代码', 'Region code of residence'],
  regionHint: [
    '库中查不到申请人时填写，如 330103004',
    'Only when the registry has no record, e.g. 330103004',
  ],
  byAgent: ['代办人代为申请', 'An agent applies on the applicant’s behalf'],
  agentName: ['代办人姓名', 'Agent’s name'],
  agentNameRequired: ['请输入代办人姓名', 'Enter the agent’s name'],
  agentId: ['代办人身份证号码', 'Agent’s ID number'],
} as const;

/** Who applies: the applicant by ID number or credit code (checked as typed), and an agent if any. */
export function ApplicantFields() {
  const t = useT(messages);
  const form = Form.useFormInstance();
  const kind: 'person' | 'enterprise' = Form.useWatch(['applicant', 'kind'], form) ?? 'person';
  const byAgent: boolean = Form.useWatch('byAgent', form) ?? false;
  const numberRule = (type: '111' | '001', message?: string) => ({
    validator: (_: unknown, value: string | undefined) => {
      const number = (value ?? '').trim().toUpperCase();
      if (!number) return message ? Promise.reject(new Error(message)) : Promise.resolve();
      const problem = ownerNumberProblem(type, number);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  });

  return (
    <>
      <Form.Item name={['applicant', 'kind']} label={t('kind')} initialValue="person">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'person', label: t('person') },
            { value: 'enterprise', label: t('enterprise') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={['applicant', 'number']}
        label={kind === 'person' ? t('idNumber') : t('creditCode')}
        rules={[numberRule(kind === 'person' ? '111' : '001', t('numberRequired'))]}
        validateTrigger={['onChange', 'onBlur']}
        normalize={(value: string) => value.toUpperCase()}
      >
        <Input maxLength={18} autoComplete="off" className="case-id-input" allowClear />
      </Form.Item>
      <Form.Item name={['applicant', 'name']} label={t('name')} extra={t('nameHint')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name={['applicant', 'phone']} label={t('phone')}>
        <Input maxLength={11} />
      </Form.Item>
      <Form.Item name={['applicant', 'regionCode']} label={t('region')} extra={t('regionHint')}>
        <Input maxLength={12} />
      </Form.Item>
      <Form.Item name="byAgent" valuePropName="checked">
        <Checkbox>{t('byAgent')}</Checkbox>
      </Form.Item>
      {byAgent && (
        <>
          <Form.Item
            name={['agent', 'name']}
            label={t('agentName')}
            rules={[{ required: true, message: t('agentNameRequired') }]}
          >
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item
            name={['agent', 'idNumber']}
            label={t('agentId')}
            rules={[numberRule('111')]}
            normalize={(value: string) => value.toUpperCase()}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
        </>
      )}
    </>
  );
}
