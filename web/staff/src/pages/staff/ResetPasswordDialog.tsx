import { Form, Typography } from 'antd';
import { post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { StaffMember } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { InitialPasswordInput } from '../../components/InitialPasswordInput';
import { usePasswordRules } from '../../components/passwordRules';
import { useRetained } from '../../components/useRetained';

const messages = {
  title: ['重置密码', 'Reset password'],
  explanation: [
    '为 {name}（{username}）设置新的初始密码。重置后账号锁定随即解除，其所有登录会话将退出，下次登录须修改密码。',
    'Sets a new initial password for {name} ({username}). Unlocks the account, ends their sessions, and requires a change at next sign-in.',
  ],
  password: ['新密码', 'New password'],
  submit: ['重置', 'Reset'],
  done: ['密码已重置，请通过安全途径告知本人', 'Password reset; hand it over safely'],
} as const;

interface ResetFields {
  password: string;
}

interface ResetPasswordDialogProps {
  member: StaffMember | null;
  onClose: () => void;
  onSaved: () => void;
}

export function ResetPasswordDialog({ member: subject, onClose, onSaved }: ResetPasswordDialogProps) {
  const t = useT(messages);
  const member = useRetained(subject);
  const passwordRules = usePasswordRules();
  return (
    <FormDialog<ResetFields>
      name="resetPassword"
      open={subject !== null}
      variant="modal"
      title={t('title')}
      submitText={t('submit')}
      successText={t('done')}
      onSubmit={({ password }) => post(`/api/staff/${member?.id}/password`, { password })}
      onClose={onClose}
      onSaved={onSaved}
    >
      {member && (
        <Typography.Paragraph type="secondary">
          {t('explanation').replace('{name}', member.displayName).replace('{username}', member.username)}
        </Typography.Paragraph>
      )}
      <Form.Item label={t('password')} name="password" rules={passwordRules} validateFirst>
        <InitialPasswordInput />
      </Form.Item>
    </FormDialog>
  );
}
