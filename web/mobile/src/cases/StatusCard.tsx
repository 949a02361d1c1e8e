import { Fragment } from 'react';
import { PROVISIONAL_DEADLINE_NOTE } from '../../../../src/shared/clock-terms';
import { useT } from '../../../common/locale';
import { fill } from '../catalog/format';
import { JointProgress } from './JointProgress';
import styles from './StatusCard.module.css';
import { STATUS_COLORS, useCaseTerms } from './terms';
import type { PublicProgress } from './types';

const messages = {
  caseNumber: ['办件编号', 'Case number'],
  step: ['现在到了', 'Now at'],
  department: ['办理部门', 'Office in charge'],
  handler: ['经办人', 'Handled by'],
  applicant: ['申请人', 'Applicant'],
  submitted: ['申请时间', 'Applied on'],
  deadline: ['承诺办好日期', 'Promised by'],
  daysLeft: ['还有 {n} 个工作日', '{n} working days left'],
  lastDay: ['今天是最后一天', 'Today is the last day'],
  overdue: ['已超过承诺期限', 'Past the promised date'],
  estimated: ['暂估', 'estimated'],
  provisional: PROVISIONAL_DEADLINE_NOTE,
} as const;

/** Where a case stands, in large type: the status first, then who has it and by when. */
export function StatusCard({ progress }: { progress: PublicProgress }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  const left = progress.workingDaysLeft;
  const countdown =
    left === null
      ? null
      : left > 0
        ? fill(t('daysLeft'), { n: left })
        : t(left === 0 ? 'lastDay' : 'overdue');

  return (
    <section className={styles.card} aria-label={progress.itemName}>
      <h2 className={styles.item}>{progress.itemName}</h2>
      <p className={styles.status} style={{ color: STATUS_COLORS[progress.status] }}>
        {terms.status(progress.status)}
      </p>
      <p className={styles.hint}>{terms.statusHint(progress.status)}</p>
      {countdown && (
        <p className={styles.countdown} data-overdue={left !== null && left < 0}>
          {countdown}
        </p>
      )}
      <dl className={styles.facts}>
        {progress.openSteps.length > 0 ? (
          progress.openSteps.map((open) => (
            <Fragment key={open.stepName}>
              <dt>{t('step')}</dt>
              <dd>
                {open.stepName}
                <span className={styles.stepOffice}>
                  {[open.departmentName, open.handlerNameMasked].filter(Boolean).join(' · ')}
                </span>
              </dd>
            </Fragment>
          ))
        ) : (
          <>
            {progress.currentStep && (
              <>
                <dt>{t('step')}</dt>
                <dd>{progress.currentStep}</dd>
              </>
            )}
            <dt>{t('department')}</dt>
            <dd>{progress.departmentName}</dd>
            {progress.handlerNameMasked && (
              <>
                <dt>{t('handler')}</dt>
                <dd>{progress.handlerNameMasked}</dd>
              </>
            )}
          </>
        )}
        <dt>{t('applicant')}</dt>
        <dd>{progress.applicantNameMasked}</dd>
        <dt>{t('submitted')}</dt>
        <dd>{terms.date(progress.submittedAt)}</dd>
        {progress.promisedDeadline && (
          <>
            <dt>{t('deadline')}</dt>
            <dd>
              {terms.date(progress.promisedDeadline)}
              {progress.deadlineProvisional && (
                <>
                  <span className={styles.estimated}>{t('estimated')}</span>
                  <span className={styles.provisional}>{t('provisional')}</span>
                </>
              )}
            </dd>
          </>
        )}
        <dt>{t('caseNumber')}</dt>
        <dd className={styles.number}>{progress.caseNumber}</dd>
      </dl>
      {progress.children && <JointProgress items={progress.children} />}
    </section>
  );
}
