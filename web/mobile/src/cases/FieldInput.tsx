import { Input, Selector, TextArea } from 'antd-mobile';
import type { ApplicationContent } from './apply';

type Field = ApplicationContent['formFields'][number];

/**
 * The control for one form field, by its type: a choice for 单选 (tapped, not
 * typed), the phone's date picker for dates, the numeric keypad for numbers
 * and phones; free text otherwise. Form.Item passes value and onChange.
 */
export function FieldInput({
  field,
  value,
  onChange,
}: {
  field: Field;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const change = (next: string) => onChange?.(next);
  if (field.type === 'select' && field.options && field.options.length > 0) {
    return (
      <Selector
        columns={Math.min(3, field.options.length)}
        options={field.options.map((option) => ({ label: option, value: option }))}
        value={value ? [value] : []}
        onChange={(picked) => change(picked[0] ?? '')}
      />
    );
  }
  if (field.type === 'textarea') {
    return (
      <TextArea rows={3} maxLength={field.maxLength ?? 2000} showCount value={value} onChange={change} />
    );
  }
  const inputType =
    field.type === 'date'
      ? 'date'
      : field.type === 'phone'
        ? 'tel'
        : field.type === 'number'
          ? 'number'
          : 'text';
  return (
    <Input
      clearable={inputType !== 'date'}
      type={inputType}
      maxLength={field.maxLength ?? 200}
      value={value}
      onChange={change}
    />
  );
}
