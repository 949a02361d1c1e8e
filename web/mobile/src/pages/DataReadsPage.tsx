import { useT } from '../../../common/locale';
import { useLoaded } from '../catalog/useLoaded';
import { DataReadTimeline } from '../components/DataReadTimeline';
import { LoadFailure } from '../components/LoadFailure';
import { PageBody } from '../components/PageBody';
import { PageLoading } from '../components/PageLoading';
import { SignInPrompt } from '../components/SignInPrompt';
import { StatusBlock } from '../components/StatusBlock';
import { SubPageBar } from '../components/SubPageBar';
import { VerifyFirst } from '../components/VerifyFirst';
import { listMyDataReads } from '../dataReads';
import { useSession } from '../session';
import styles from './DataReadsPage.module.css';

const messages = {
  title: ['信息查阅记录', 'Who read my details'],
  heading: ['谁查阅了我的信息', 'Who has looked at my details'],
  intro: [
    '政府部门查阅您的信息须经授权并留痕：哪个部门、为了办什么事、看了哪些内容，每一次都记录在这里，记录不能删改。',
    'Government departments may look at your details only with permission, and every look is recorded: which department, for what, and what they saw. The record cannot be changed or deleted.',
  ],
  question: [
    '如对某次查阅有疑问，可带上身份证到任一服务窗口咨询。',
    'If a look seems wrong to you, bring your ID card to any service window and ask.',
  ],
  signInFirst: ['登录后可查看您的信息被谁查阅过', 'Sign in to see who has looked at your details'],
  verifyText: [
    '认证后即可查看您的信息查阅记录',
    'Looks are recorded by ID number, so they appear once you are verified.',
  ],
  empty: ['还没有查阅记录', 'No one has looked yet'],
  emptyText: [
    '目前没有部门查阅过您的信息。今后有查阅，会显示在这里。',
    'No department has looked at your details so far. Any future look will appear here.',
  ],
  failed: ['查阅记录没有打开', 'The records did not open'],
} as const;

/** The resident's own read log: which department read which of their details, why and when. */
export function DataReadsPage() {
  const t = useT(messages);
  const { loading, resident } = useSession();

  return (
    <>
      <SubPageBar title={t('title')} />
      <PageBody>
        <div className={styles.intro}>
          <h2 className={styles.heading}>{t('heading')}</h2>
          <p>{t('intro')}</p>
        </div>
        {loading ? (
          <PageLoading />
        ) : !resident ? (
          <SignInPrompt message={t('signInFirst')} />
        ) : resident.identity !== 'verified' ? (
          <VerifyFirst resident={resident} text={t('verifyText')} />
        ) : (
          <ReadLog residentId={resident.id} />
        )}
        {resident?.identity === 'verified' && <p className={styles.question}>{t('question')}</p>}
      </PageBody>
    </>
  );
}

function ReadLog({ residentId }: { residentId: string }) {
  const t = useT(messages);
  const { data: reads, error, retry } = useLoaded(listMyDataReads, residentId);
  if (error !== null)
    return <LoadFailure error={error} retry={retry} notFound={t('failed')} failed={t('failed')} />;
  if (reads === null) return <PageLoading />;
  if (reads.length === 0) return <StatusBlock title={t('empty')} description={t('emptyText')} />;
  return <DataReadTimeline reads={reads} />;
}
