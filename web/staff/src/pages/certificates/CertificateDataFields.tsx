import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { CertificateFieldSpec } from '../../../../../src/shared/certificate-types';
import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId } from '../../../../../src/shared/citizen-id';
import { useCertificateTerms } from '../../../../common/certificate-terms';
import { useT } from '../../../../common/locale';

const messages = { required: ['请填写{label}', 'Enter {label}'] } as const;

export type DataValue = string | number | Dayjs | null | undefined;

/** The form's data values as the API takes them: dates as YYYY-MM-DD, empty ones left out. */
export function dataForApi(values: Record<string, DataValue> | undefined): Record<string, string | number> {
  const data: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if (value === null || value === undefined || value === '') continue;
    data[key] = typeof value === 'object' ? value.format('YYYY-MM-DD') : value;
  }
  return data;
}

function inputFor(field: CertificateFieldSpec) {
  switch (field.type) {
    case 'textarea':
      return <Input.TextArea rows={3} maxLength={2000} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} />;
    case 'number':
      return <InputNumber min={0} style={{ width: '100%' }} />;
    case 'select':
      return <Select options={field.options?.map((option) => ({ value: option, label: option }))} />;
    case 'id_number':
      return <Input maxLength={18} />;
    default:
      return <Input maxLength={200} />;
  }
}

/** 照面信息: one form item per data field of the certificate type, under `data`. */
export function CertificateDataFields({ fields }: { fields: readonly CertificateFieldSpec[] }) {
  const t = useT(messages);
  const terms = useCertificateTerms();
  return fields.map((field) => {
    const label = terms.fieldLabel(field);
    const rules: Rule[] = [{ required: field.required, message: t('required').replace('{label}', label) }];
    if (field.type === 'id_number') {
      rules.push({
        validator: async (_rule, value: string | undefined) => {
          const check = value ? checkCitizenId(value) : null;
          if (check && !check.valid) throw new Error(CITIZEN_ID_PROBLEM_MESSAGES[check.problem]);
        },
      });
    }
    return (
      <Form.Item key={field.key} label={label} name={['data', field.key]} rules={rules}>
        {inputFor(field)}
      </Form.Item>
    );
  });
}
