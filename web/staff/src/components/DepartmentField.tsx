import { Form } from 'antd';
import { useT } from '../../../common/locale';
import { DepartmentSelect } from './DepartmentSelect';
import { PLATFORM_SCOPE } from './RegionTreeSelect';

const messages = {
  department: ['所属部门', 'Department'],
  required: ['该角色须指定所属部门', 'This role needs a department'],
  optional: ['选填', 'Optional'],
} as const;

interface DepartmentFieldProps {
  /** The form field holding the region the department must serve. */
  regionField: string;
  required?: boolean;
  label?: string;
}

/** The departmentId form item, offering departments that serve the region chosen in `regionField`. */
export function DepartmentField({ regionField, required, label }: DepartmentFieldProps) {
  const t = useT(messages);
  const form = Form.useFormInstance();
  const region: string | undefined = Form.useWatch(regionField, form);
  return (
    <Form.Item
      label={label ?? t('department')}
      name="departmentId"
      extra={required ? undefined : t('optional')}
      rules={required ? [{ required: true, message: t('required') }] : []}
    >
      <DepartmentSelect regionCode={region === PLATFORM_SCOPE ? null : region} />
    </Form.Item>
  );
}
