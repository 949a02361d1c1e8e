import { Form, Input, Select } from 'antd';
import { CREDIT_CODE_PROBLEM_MESSAGES, checkCreditCode } from '../../../../../src/shared/credit-code';
import { DEPARTMENT_KINDS, type DepartmentKind } from '../../../../../src/shared/org-kinds';
import { patch, post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { Department } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { NameField, RegionField, TelephoneField } from '../../components/formFields';
import { useRetainedRecord } from '../../components/useRetained';
import { commonMessages } from '../../i18n/commonMessages';
import { useLabels } from '../../i18n/useLabels';

const messages = {
  ...commonMessages,
  createTitle: ['新增部门', 'Add department'],
  editTitle: ['编辑部门', 'Edit department'],
  name: ['部门名称', 'Department name'],
  nameRequired: ['请输入部门名称（至少2个字）', 'Enter a name (2+ characters)'],
  kind: ['部门类型', 'Kind'],
  kindRequired: ['请选择部门类型', 'Choose a kind'],
  regionFixed: ['部门建立后不能更换所属区划', 'The region cannot change after creation'],
  creditCode: ['统一社会信用代码', 'Unified social credit code'],
  creditCodeHint: ['18位，选填', '18 characters, optional'],
} as const;

interface DepartmentFields {
  name: string;
  kind: DepartmentKind;
  regionCode: string;
  creditCode?: string;
  phone?: string;
}

interface DepartmentFormDialogProps {
  /** 'new' to create, a department to edit, null when closed. */
  editing: Department | 'new' | null;
  /** The region picked in the page filter, as the default for a new department. */
  defaultRegionCode?: string;
  onClose: () => void;
  onSaved: () => void;
}

export function DepartmentFormDialog({
  editing,
  defaultRegionCode,
  onClose,
  onSaved,
}: DepartmentFormDialogProps) {
  const t = useT(messages);
  const labels = useLabels();
  const department = useRetainedRecord(editing);

  const submit = ({ regionCode, creditCode, phone, ...values }: DepartmentFields) => {
    const optional = { creditCode: creditCode?.trim() || null, phone: phone?.trim() || null };
    return department
      ? patch(`/api/departments/${department.id}`, { ...values, ...optional })
      : post('/api/departments', { ...values, regionCode, ...optional });
  };

  return (
    <FormDialog<DepartmentFields>
      name="department"
      open={editing !== null}
      title={department ? t('editTitle') : t('createTitle')}
      initialValues={
        department
          ? {
              name: department.name,
              kind: department.kind,
              regionCode: department.regionCode,
              creditCode: department.creditCode ?? '',
              phone: department.phone ?? '',
            }
          : { regionCode: defaultRegionCode }
      }
      successText={department ? t('saved') : t('created')}
      onSubmit={submit}
      onClose={onClose}
      onSaved={onSaved}
    >
      <NameField label={t('name')} requiredMessage={t('nameRequired')} />
      <Form.Item label={t('kind')} name="kind" rules={[{ required: true, message: t('kindRequired') }]}>
        <Select
          options={DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: labels.departmentKind(kind) }))}
        />
      </Form.Item>
      <RegionField locked={department !== null} extra={department ? t('regionFixed') : undefined} />
      <Form.Item
        label={t('creditCode')}
        name="creditCode"
        extra={t('creditCodeHint')}
        rules={[
          {
            validator: (_, value: string | undefined) => {
              if (!value?.trim()) return Promise.resolve();
              const check = checkCreditCode(value);
              return check.valid
                ? Promise.resolve()
                : Promise.reject(new Error(CREDIT_CODE_PROBLEM_MESSAGES[check.problem]));
            },
          },
        ]}
      >
        <Input maxLength={18} className="mono-input" />
      </Form.Item>
      <TelephoneField />
    </FormDialog>
  );
}
