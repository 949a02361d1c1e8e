import { Button, Skeleton } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { PageBody } from '../components/PageBody';
import { SignInPrompt } from '../components/SignInPrompt';
import { StatusBlock } from '../components/StatusBlock';
import { SubPageBar } from '../components/SubPageBar';
import { useSession } from '../session';

const messages = {
  signIn: ['登录后可以在线申请', 'Sign in to apply online'],
  verify: ['请先实名认证', 'Please verify your identity first'],
  verifyText: [
    '在线申请以您本人的身份证号码提交，认证一次即可',
    'Online applications are made under your own ID number; you verify once',
  ],
  verifyButton: ['去实名认证', 'Verify my identity'],
} as const;

export function ApplyLoading() {
  return (
    <div aria-busy="true">
      <Skeleton.Title animated />
      <Skeleton.Paragraph animated lineCount={6} />
    </div>
  );
}

/** An online application's screen: its title bar, and the application once the resident may make it. */
export function ApplyScreen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <SubPageBar title={title} />
      <PageBody>
        <ApplyGate>{children}</ApplyGate>
      </PageBody>
    </>
  );
}

/** An online application needs a signed-in resident whose identity is verified; until then, the way there. */
function ApplyGate({ children }: { children: ReactNode }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const { loading, resident } = useSession();
  if (loading) return <ApplyLoading />;
  if (!resident) return <SignInPrompt message={t('signIn')} />;
  if (!resident.idNumberMasked) {
    return (
      <StatusBlock title={t('verify')} description={t('verifyText')}>
        <Button block size="large" color="primary" onClick={() => navigate('/identity')}>
          {t('verifyButton')}
        </Button>
      </StatusBlock>
    );
  }
  return <>{children}</>;
}
