import { Button } from 'antd-mobile';
import { RightOutline } from 'antd-mobile-icons';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { loadMyCases } from '../cases/api';
import { STATUS_COLORS, useCaseTerms } from '../cases/terms';
import type { MyCase } from '../cases/types';
import { errorText } from '../catalog/api';
import { fill } from '../catalog/format';
import { useLoaded } from '../catalog/useLoaded';
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
  failed: ['办件没有加载出来', 'Your applications did not load'],
  retry: ['重试', 'Try again'],
  applied: ['申请于', 'Applied on'],
  deadline: ['承诺 {date} 前办好', 'Promised by {date}'],
  daysLeft: ['还有 {n} 个工作日', '{n} working days left'],
  open: ['查看详情', 'See details'],
} as const;

function CaseCard({ entry }: { entry: MyCase }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  return (
    <Link to={`/progress/${entry.id}`} className={styles.case}>
      <div className={styles.caseMain}>
        <p className={styles.item}>{entry.itemName}</p>
        <p className={styles.status} style={{ color: STATUS_COLORS[entry.status] }}>
          {terms.status(entry.status)}
        </p>
        <p className={styles.line}>
          {t('applied')} {terms.date(entry.submittedAt)}
        </p>
        {entry.status === 'accepted' && entry.promisedDeadline && (
          <p className={styles.line}>
            {fill(t('deadline'), { date: terms.date(entry.promisedDeadline) })}
            {entry.workingDaysLeft !== null && entry.workingDaysLeft > 0 && (
              <strong className={styles.days}>{fill(t('daysLeft'), { n: entry.workingDaysLeft })}</strong>
            )}
          </p>
        )}
        <p className={styles.number}>{entry.caseNumber}</p>
      </div>
      <RightOutline className={styles.arrow} aria-label={t('open')} />
    </Link>
  );
}

function MyCases() {
  const t = useT(messages);
  const load = useCallback(() => loadMyCases(), []);
  const { data, error, retry } = useLoaded(load, 'mine');
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
  if (data.items.length === 0) return <StatusBlock title={t('empty')} description={t('emptyText')} />;
  return (
    <ul className={styles.cases}>
      {data.items.map((entry) => (
        <li key={entry.id}>
          <CaseCard entry={entry} />
        </li>
      ))}
    </ul>
  );
}

/** The signed-in resident's cases, newest first, each opening its detail. */
export function ProgressPage() {
  const t = useT(messages);
  const { loading, resident } = useSession();

  return (
    <>
      <AppHeader />
      <PageBody>
        <h2 className={styles.title}>{t('title')}</h2>
        {loading ? <PageLoading /> : resident ? <MyCases /> : <SignInPrompt message={t('signInFirst')} />}
        <ScanTip />
      </PageBody>
    </>
  );
}
