import { useT } from '../../../common/locale';
import { AppHeader } from '../components/AppHeader';
import { PageBody } from '../components/PageBody';
import { PageLoading } from '../components/PageLoading';
import { ScanTip } from '../components/ScanTip';
import { SignInPrompt } from '../components/SignInPrompt';
import { StatusBlock } from '../components/StatusBlock';
import { useSession } from '../session';
import styles from './ProgressPage.module.css';

const messages = {
  title: ['办事进度', 'My applications'],
  signInFirst: ['登录后可查看您的办件和办理进度', 'Sign in to see your applications and how they are going'],
  empty: ['暂无办件', 'No applications yet'],
  emptyText: [
    '您在任一窗口或网上提交的办件，都会显示在这里',
    'Applications you make at any service window or online will appear here',
  ],
} as const;

export function ProgressPage() {
  const t = useT(messages);
  const { loading, resident } = useSession();

  return (
    <>
      <AppHeader />
      <PageBody>
        <h2 className={styles.title}>{t('title')}</h2>
        {loading ? (
          <PageLoading />
        ) : resident ? (
          <StatusBlock title={t('empty')} description={t('emptyText')} />
        ) : (
          <SignInPrompt message={t('signInFirst')} />
        )}
        <ScanTip />
      </PageBody>
    </>
  );
}
