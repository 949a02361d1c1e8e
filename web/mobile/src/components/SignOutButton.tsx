import { Button, Dialog, Toast } from 'antd-mobile';
import { ApiError } from '../../../common/api';
import { useT } from '../../../common/locale';
import { useSession } from '../session';

const messages = {
  signOut: ['退出登录', 'Sign out'],
  confirm: ['确定要退出登录吗？', 'Sign out now?'],
  cancel: ['取消', 'Cancel'],
  done: ['已退出登录', 'Signed out'],
} as const;

export function SignOutButton() {
  const t = useT(messages);
  const { signOut } = useSession();

  async function confirmAndSignOut() {
    const confirmed = await Dialog.confirm({
      content: t('confirm'),
      confirmText: t('signOut'),
      cancelText: t('cancel'),
    });
    if (!confirmed) return;
    try {
      await signOut();
      Toast.show({ icon: 'success', content: t('done') });
    } catch (error) {
      Toast.show({ icon: 'fail', content: error instanceof ApiError ? error.message : String(error) });
    }
  }

  return (
    <Button block size="large" color="danger" fill="outline" onClick={confirmAndSignOut}>
      {t('signOut')}
    </Button>
  );
}
