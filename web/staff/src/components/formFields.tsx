import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../common/locale';
import { commonMessages } from '../i18n/commonMessages';
import { TELEPHONE_PATTERN } from './patterns';
import { RegionTreeSelect } from './RegionTreeSelect';

const messages = {
  ...commonMessages,
  regionRequired: ['请选择所属区划', 'Choose a region'],
  phoneInvalid: ['请输入正确的电话号码，如 0571-85150000', 'Enter a valid number, e.g. 0571-85150000'],
} as const;

/** The record's name (`name`): required, 2 to 60 characters. */
export function NameField({ label, requiredMessage }: { label: string; requiredMessage: string }) {
  return (
    <Form.Item label={label} name="name" rules={[{ required: true, min: 2, message: requiredMessage }]}>
      <Input maxLength={60} />
    </Form.Item>
  );
}

/** The required 所属区划 (`regionCode`), locked once the record exists. */
export function RegionField({ locked, extra }: { locked: boolean; extra?: ReactNode }) {
  const t = useT(messages);
  return (
    <Form.Item
      label={t('region')}
      name="regionCode"
      rules={[{ required: true, message: t('regionRequired') }]}
      extra={extra}
    >
      <RegionTreeSelect disabled={locked} />
    </Form.Item>
  );
}

/** An optional office telephone number (`phone`). */
export function TelephoneField() {
  const t = useT(messages);
  return (
    <Form.Item
      label={t('phone')}
      name="phone"
      rules={[{ pattern: TELEPHONE_PATTERN, message: t('phoneInvalid') }]}
    >
      <Input maxLength={20} />
    </Form.Item>
  );
}
