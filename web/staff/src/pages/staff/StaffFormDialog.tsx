import { Form, Input } from 'antd';
import { MOBILE_PATTERN } from '../../../../../src/shared/phone';
import { patch, post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { StaffMember } from '../../api/types';
import { DepartmentField } from '../../components/DepartmentField';
import { FormDialog } from '../../components/FormDialog';
import { RegionField } from '../../components/formFields';
import { InitialPasswordInput } from '../../components/InitialPasswordInput';
import { usePasswordRules } from '../../components/passwordRules';
import { useRetainedRecord } from '../../components/useRetained';
import { commonMessages } from '../../i18n/commonMessages';

const messages = {
  ...commonMessages,
  createTitle: ['新增人员', 'Add staff member'],
  editTitle: ['编辑人员', 'Edit staff member'],
  username: ['用户名', 'Username'],
  usernameRule: [
    '3-32位字母、数字或 _ . -，以字母开头',
    '3-32 letters, digits, _ . -, starting with a letter',
  ],
  usernameFixed: ['用户名创建后不能修改', 'The username cannot change'],
  displayName: ['姓名', 'Full name'],
  displayNameRequired: ['请输入姓名', 'Enter the full name'],
  password: ['初始密码', 'Initial password'],
  passwordHint: [
    '首次登录时本人须修改初始密码。请通过安全途径告知本人。',
    'They must change it at first sign-in. Hand it over safely.',
  ],
  regionFixed: ['所属区划创建后不能修改', 'The region cannot change'],
  mobile: ['手机号码', 'Mobile number'],
  mobileInvalid: ['请输入11位手机号码', 'Enter an 11-digit mobile number'],
  mobileKeep: ['当前 {phone}，留空则不修改', 'Now {phone}; leave empty to keep'],
  optional: ['选填', 'Optional'],
} as const;

interface StaffFields {
  username: string;
  displayName: string;
  password: string;
  regionCode: string;
  departmentId?: string | null;
  phone?: string;
}

interface StaffFormDialogProps {
  editing: StaffMember | 'new' | null;
  onClose: () => void;
  onSaved: () => void;
}

export function StaffFormDialog({ editing, onClose, onSaved }: StaffFormDialogProps) {
  const t = useT(messages);
  const passwordRules = usePasswordRules();
  const member = useRetainedRecord(editing);

  const submit = ({ username, displayName, password, regionCode, departmentId, phone }: StaffFields) => {
    const mobile = phone?.trim() || null;
    if (member) {
      // The list only knows the masked number, so an empty field means "keep it".
      return patch(`/api/staff/${member.id}`, {
        displayName,
        departmentId: departmentId ?? null,
        ...(mobile ? { phone: mobile } : {}),
      });
    }
    return post('/api/staff', {
      username,
      displayName,
      password,
      regionCode,
      departmentId: departmentId ?? null,
      phone: mobile,
    });
  };

  return (
    <FormDialog<StaffFields>
      name="staff"
      open={editing !== null}
      title={member ? t('editTitle') : t('createTitle')}
      initialValues={
        member
          ? {
              username: member.username,
              displayName: member.displayName,
              regionCode: member.regionCode ?? undefined,
              departmentId: member.departmentId,
            }
          : {}
      }
      successText={member ? t('saved') : t('created')}
      onSubmit={submit}
      onClose={onClose}
      onSaved={onSaved}
      onValuesChange={(changed, form) => {
        if ('regionCode' in changed) form.setFieldValue('departmentId', null);
      }}
    >
      <Form.Item
        label={t('username')}
        name="username"
        extra={member ? t('usernameFixed') : t('usernameRule')}
        rules={[{ required: true, pattern: /^[A-Za-z][A-Za-z0-9_.-]{2,31}$/, message: t('usernameRule') }]}
      >
        <Input disabled={member !== null} autoComplete="off" maxLength={32} />
      </Form.Item>
      <Form.Item
        label={t('displayName')}
        name="displayName"
        rules={[{ required: true, min: 2, message: t('displayNameRequired') }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      {!member && (
        <Form.Item
          label={t('password')}
          name="password"
          extra={t('passwordHint')}
          rules={passwordRules}
          validateFirst
        >
          <InitialPasswordInput />
        </Form.Item>
      )}
      <RegionField locked={member !== null} extra={member ? t('regionFixed') : undefined} />
      <DepartmentField regionField="regionCode" />
      <Form.Item
        label={t('mobile')}
        name="phone"
        extra={member?.phoneMasked ? t('mobileKeep').replace('{phone}', member.phoneMasked) : t('optional')}
        rules={[{ pattern: MOBILE_PATTERN, message: t('mobileInvalid') }]}
      >
        <Input maxLength={11} inputMode="numeric" />
      </Form.Item>
    </FormDialog>
  );
}
