import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { post } from '../../../common/api';
import { useT } from '../../../common/locale';
import { useReportError } from '../api/useReportError';
import { usePasswordRules } from '../components/passwordRules';
import { useSession } from '../session/SessionProvider';

const messages = {
  currentPassword: ['当前密码', 'Current password'],
  newPassword: ['新密码', 'New password'],
  confirmPassword: ['确认新密码', 'Confirm new password'],
  currentRequired: ['请输入当前密码', 'Enter your current password'],
  confirmRequired: ['请再次输入新密码', 'Enter the new password again'],
  mismatch: ['两次输入的新密码不一致', 'The two new passwords differ'],
  sameAsCurrent: ['新密码不能与当前密码相同', 'The new password must differ from the current one'],
  rule: ['至少8位，须同时包含字母和数字', 'At least 8 characters, with letters and digits'],
  submit: ['确认修改', 'Change password'],
  changed: ['密码已修改，其他设备上的登录已退出', 'Password changed; your other sessions were signed out'],
} as const;

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Changes the signed-in user's own password, then returns to 工作台. */
export function ChangePasswordForm() {
  const t = useT(messages);
  const { message } = App.useApp();
  const reportError = useReportError();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const passwordRules = usePasswordRules();
  const [form] = Form.useForm<PasswordChange>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ currentPassword, newPassword }: PasswordChange) => {
    setBusy(true);
    try {
      await post('/api/auth/password', { currentPassword, newPassword });
      message.success(t('changed'));
      await refresh();
      navigate('/', { replace: true });
    } catch (error) {
      reportError(error, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<PasswordChange>
      name="changePassword"
      form={form}
      layout="vertical"
      onFinish={submit}
      className="change-password-form"
    >
      <Form.Item
        label={t('currentPassword')}
        name="currentPassword"
        rules={[{ required: true, message: t('currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('newPassword')}
        name="newPassword"
        extra={t('rule')}
        validateFirst
        dependencies={['currentPassword']}
        rules={[
          ...passwordRules,
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value && value === getFieldValue('currentPassword')
                ? Promise.reject(new Error(t('sameAsCurrent')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('confirmPassword')}
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('submit')}
      </Button>
    </Form>
  );
}
