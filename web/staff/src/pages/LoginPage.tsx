import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../../common/api';
import { useT } from '../../../common/locale';
import { CenteredShell } from '../components/CenteredShell';
import { useSession } from '../session/SessionProvider';

const messages = {
  title: ['工作人员登录', 'Staff sign-in'],
  username: ['用户名', 'Username'],
  password: ['密码', 'Password'],
  usernameRequired: ['请输入用户名', 'Enter your username'],
  passwordRequired: ['请输入密码', 'Enter your password'],
  signIn: ['登录', 'Sign in'],
  demoTitle: ['演示说明', 'Demo accounts'],
  demoText: [
    '演示账号：admin（系统管理员）/ clerk（窗口受理）/ approver / chief / leader / supervisor / grid，密码均为 yici2026。',
    'Demo accounts: admin (administrator) / clerk (front desk) / approver / chief / leader / supervisor / grid; password yici2026 for all.',
  ],
} as const;

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const t = useT(messages);
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<Credentials>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (user) return <Navigate to="/" replace />;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setProblem(null);
    try {
      await signIn(username, password);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : '/', { replace: true });
    } catch (error) {
      if (error instanceof ApiError) {
        form.setFields(
          error.fieldProblems.map((field) => ({
            name: field.field as keyof Credentials,
            errors: [field.message],
          })),
        );
        setProblem(error.message);
      } else {
        setProblem(String(error));
      }
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <CenteredShell
      title={t('title')}
      below={
        <Collapse
          ghost
          size="small"
          className="demo-hint"
          items={[{ key: 'demo', label: t('demoTitle'), children: t('demoText') }]}
        />
      }
    >
      {problem && <Alert type="error" showIcon title={problem} className="login-problem" role="alert" />}
      <Form<Credentials>
        name="signIn"
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        requiredMark={false}
      >
        <Form.Item
          label={t('username')}
          name="username"
          rules={[{ required: true, message: t('usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('password')}
          name="password"
          rules={[{ required: true, message: t('passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('signIn')}
        </Button>
      </Form>
    </CenteredShell>
  );
}
