import { Alert, Button } from 'antd';
import { useT } from '../../../common/locale';
import { CenteredShell } from '../components/CenteredShell';
import { useSession } from '../session/SessionProvider';
import { ChangePasswordForm } from './ChangePasswordForm';

const messages = {
  title: ['修改初始密码', 'Change your initial password'],
  explanation: [
    '首次登录请修改初始密码。初始密码由管理员设置，修改后才能使用系统的其他功能。',
    'Please change your initial password first. It was set by an administrator; the rest of the system opens once you change it.',
  ],
  signOut: ['退出登录', 'Sign out'],
} as const;

/** What a user with an administrator-set password sees until they choose their own. */
export function ForcedPasswordChangePage() {
  const t = useT(messages);
  const { user, signOut } = useSession();
  return (
    <CenteredShell
      title={t('title')}
      below={
        <Button type="link" onClick={() => void signOut()}>
          {t('signOut')}
        </Button>
      }
    >
      <Alert type="info" showIcon title={t('explanation')} className="forced-password-note" />
      {user && <p className="forced-password-user">{`${user.displayName}（${user.username}）`}</p>}
      <ChangePasswordForm />
    </CenteredShell>
  );
}
