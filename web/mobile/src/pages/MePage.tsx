import { useT } from '../../../common/locale';
import { AccountList } from '../components/AccountList';
import { AppHeader } from '../components/AppHeader';
import { LanguageList } from '../components/LanguageList';
import { MyServicesList } from '../components/MyServicesList';
import { PageBody } from '../components/PageBody';
import { PageLoading } from '../components/PageLoading';
import { PrivacyList } from '../components/PrivacyList';
import { ProfileSummary } from '../components/ProfileSummary';
import { SignInPrompt } from '../components/SignInPrompt';
import { SignOutButton } from '../components/SignOutButton';
import { useSession } from '../session';

const messages = {
  signInFirst: ['登录后可查看个人信息、办理事项', 'Sign in to see your details and use services'],
} as const;

export function MePage() {
  const t = useT(messages);
  const { loading, resident } = useSession();

  return (
    <>
      <AppHeader>{resident && <ProfileSummary resident={resident} />}</AppHeader>
      <PageBody>
        {loading ? (
          <PageLoading />
        ) : resident ? (
          <>
            <AccountList resident={resident} />
            <PrivacyList />
            <MyServicesList />
          </>
        ) : (
          <SignInPrompt message={t('signInFirst')} />
        )}
        <LanguageList />
        {resident && <SignOutButton />}
      </PageBody>
    </>
  );
}
