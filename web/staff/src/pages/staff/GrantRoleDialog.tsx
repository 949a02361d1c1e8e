import { Form, Select, Typography } from 'antd';
import { DEPARTMENT_ROLES, hasPermission, ROLES, type Role } from '../../../../../src/shared/roles';
import { post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { StaffMember } from '../../api/types';
import { DepartmentField } from '../../components/DepartmentField';
import { FormDialog } from '../../components/FormDialog';
import { PLATFORM_SCOPE, RegionTreeSelect } from '../../components/RegionTreeSelect';
import { useRetained } from '../../components/useRetained';
import { useLabels } from '../../i18n/useLabels';
import { useStaffUser } from '../../session/SessionProvider';

const messages = {
  title: ['授权', 'Grant a role'],
  grantTo: ['为 {name}（{username}）授予角色', 'Grant a role to {name} ({username})'],
  role: ['角色', 'Role'],
  roleRequired: ['请选择角色', 'Choose a role'],
  scope: ['管辖范围', 'Scope'],
  scopeRequired: ['请选择管辖范围', 'Choose a scope'],
  scopeHint: [
    '角色只在所选区划及其下级区划内生效。',
    'The role applies within the chosen region and the regions below it.',
  ],
  submit: ['授权', 'Grant'],
  granted: ['已授权', 'Role granted'],
} as const;

interface GrantFields {
  role: Role;
  scope: string;
  departmentId?: string | null;
}

interface GrantRoleDialogProps {
  member: StaffMember | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Grants one role within a region scope (and a department for department roles). */
export function GrantRoleDialog({ member: subject, onClose, onSaved }: GrantRoleDialogProps) {
  const t = useT(messages);
  const member = useRetained(subject);
  const labels = useLabels();
  const user = useStaffUser();
  // Only a platform-wide administrator may hand out platform-wide roles; the server checks the same.
  const mayGrantPlatform = hasPermission(user.grants, 'staff.manage', '');

  const submit = ({ role, scope, departmentId }: GrantFields) =>
    post(`/api/staff/${member?.id}/grants`, {
      role,
      regionCode: scope === PLATFORM_SCOPE ? null : scope,
      departmentId: departmentId ?? null,
    });

  return (
    <FormDialog<GrantFields>
      name="grant"
      open={subject !== null}
      variant="modal"
      title={t('title')}
      initialValues={{ scope: member?.regionCode ?? undefined }}
      submitText={t('submit')}
      successText={t('granted')}
      onSubmit={submit}
      onClose={onClose}
      onSaved={onSaved}
      onValuesChange={(changed, form) => {
        if ('scope' in changed) form.setFieldValue('departmentId', null);
      }}
    >
      {(form) => (
        <>
          {member && (
            <Typography.Paragraph type="secondary">
              {t('grantTo').replace('{name}', member.displayName).replace('{username}', member.username)}
            </Typography.Paragraph>
          )}
          <Form.Item label={t('role')} name="role" rules={[{ required: true, message: t('roleRequired') }]}>
            <Select options={ROLES.map((role) => ({ value: role, label: labels.role(role) }))} />
          </Form.Item>
          <Form.Item
            label={t('scope')}
            name="scope"
            extra={t('scopeHint')}
            rules={[{ required: true, message: t('scopeRequired') }]}
          >
            <RegionTreeSelect withPlatform={mayGrantPlatform} />
          </Form.Item>
          <Form.Item noStyle dependencies={['role']}>
            {() => (
              <DepartmentField
                regionField="scope"
                required={DEPARTMENT_ROLES.has(form.getFieldValue('role'))}
              />
            )}
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
