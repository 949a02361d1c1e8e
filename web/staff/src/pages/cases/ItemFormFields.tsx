import { Form, Input, Select } from 'antd';
import { useT } from '../../../../common/locale';
import type { ItemContent } from '../catalog/types';

const messages = {
  prefilled: ['受理时由人口与法人库预填', 'Filled from the registry on intake'],
} as const;

/**
 * The item's application form. Before the case starts the clerk types what the
 * applicant says; fields the catalogue pre-fills from the applicant's profile
 * may stay empty, the server fills them from the registry (and logs the read).
 * When correcting a started case (`prefilled` false) every field shows its value.
 */
export function ItemFormFields({
  fields,
  prefilled = true,
}: {
  fields: ItemContent['formFields'];
  prefilled?: boolean;
}) {
  const t = useT(messages);
  const fromRegistry = (field: ItemContent['formFields'][number]) => prefilled && !!field.profileSource;
  return (
    <>
      {fields.map((field) => (
        <Form.Item
          key={field.key}
          name={['formData', field.key]}
          label={field.label}
          extra={fromRegistry(field) ? t('prefilled') : field.hint || undefined}
        >
          {field.type === 'select' ? (
            <Select allowClear options={field.options.map((option) => ({ value: option, label: option }))} />
          ) : field.type === 'textarea' ? (
            <Input.TextArea maxLength={field.maxLength ?? 2000} autoSize={{ minRows: 2 }} />
          ) : (
            <Input
              maxLength={field.maxLength ?? 2000}
              placeholder={fromRegistry(field) ? t('prefilled') : undefined}
            />
          )}
        </Form.Item>
      ))}
    </>
  );
}
