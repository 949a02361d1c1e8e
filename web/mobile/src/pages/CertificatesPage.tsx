import { Button } from 'antd-mobile';
import { useCallback } from 'react';
import { get } from '../../../common/api';
import { useT } from '../../../common/locale';
import { errorText } from '../catalog/api';
import { useLoaded } from '../catalog/useLoaded';
import { CertificateCard, type HeldCertificate } from '../components/CertificateCard';
import { PageBody } from '../components/PageBody';
import { PageLoading } from '../components/PageLoading';
import { SignInPrompt } from '../components/SignInPrompt';
import { StatusBlock } from '../components/StatusBlock';
import { SubPageBar } from '../components/SubPageBar';
import { VerifyFirst } from '../components/VerifyFirst';
import { useSession } from '../session';

const messages = {
  title: ['我的证照', 'My certificates'],
  signInFirst: ['登录后可查看您名下的电子证照', 'Sign in to see the certificates you hold'],
  verifyFirstText: [
    '电子证照按身份证号码归集，请先完成实名认证。',
    'Certificates are filed by ID number; please verify your identity first.',
  ],
  empty: ['暂无电子证照', 'No certificates yet'],
  emptyText: [
    '政府部门为您颁发的证照会自动归集到这里，办事时无需再交纸质证件。',
    'Certificates issued to you appear here, so you need not bring the paper ones.',
  ],
  failed: ['证照没有加载出来', 'Your certificates did not load'],
  retry: ['重试', 'Try again'],
} as const;

const loadHeld = async () => (await get<{ items: HeldCertificate[] }>('/api/resident/certificates')).items;

/** 我的证照: the certificates held under the resident's linked ID number, each with its QR code. */
export function CertificatesPage() {
  const t = useT(messages);
  const { loading, resident } = useSession();
  // Nobody signed in: nothing to ask the server for.
  const load = useCallback((residentId: string) => (residentId ? loadHeld() : Promise.resolve([])), []);
  const { data, error, retry } = useLoaded(load, resident?.id ?? '');

  function content() {
    if (loading) return <PageLoading />;
    if (!resident) return <SignInPrompt message={t('signInFirst')} />;
    if (resident.identity !== 'verified')
      return <VerifyFirst resident={resident} text={t('verifyFirstText')} />;
    if (error !== null) {
      return (
        <StatusBlock status="default" title={t('failed')} description={errorText(error)}>
          <Button block size="large" color="primary" onClick={retry}>
            {t('retry')}
          </Button>
        </StatusBlock>
      );
    }
    if (data === null) return <PageLoading />;
    if (data.length === 0) return <StatusBlock title={t('empty')} description={t('emptyText')} />;
    return data.map((certificate) => <CertificateCard key={certificate.id} certificate={certificate} />);
  }

  return (
    <>
      <SubPageBar title={t('title')} />
      <PageBody>{content()}</PageBody>
    </>
  );
}
