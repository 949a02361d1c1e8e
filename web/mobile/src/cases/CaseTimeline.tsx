import { useT } from '../../../common/locale';
import styles from './CaseTimeline.module.css';
import { useCaseTerms } from './terms';
import type { TimelineEntry } from './types';

const messages = {
  heading: ['办理记录', 'What has happened'],
  newestFirst: ['最新的在最上面', 'Newest first'],
  by: ['经办', 'by'],
  applicant: ['申请人本人', 'The applicant'],
} as const;

/** Every event of the case, newest first, each with its day, time, place and (masked) person. */
export function CaseTimeline({ timeline }: { timeline: readonly TimelineEntry[] }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  const newestFirst = [...timeline].reverse();

  return (
    <section className={styles.timeline}>
      <h3 className={styles.heading}>
        {t('heading')}
        <span className={styles.order}>{t('newestFirst')}</span>
      </h3>
      <ol className={styles.entries}>
        {newestFirst.map((entry, index) => (
          <li key={`${entry.at}-${entry.kind}`} className={styles.entry} data-latest={index === 0}>
            <p className={styles.when}>
              <time dateTime={entry.at}>
                {terms.day(entry.at)} {terms.time(entry.at)}
              </time>
            </p>
            <div className={styles.card}>
              <p className={styles.what}>{terms.event(entry.kind)}</p>
              {(entry.place ?? entry.officeName) && (
                <p className={styles.where}>{entry.place ?? entry.officeName}</p>
              )}
              <p className={styles.who}>
                {/* The API names the applicant 申请人 and masks every staff name. */}
                {entry.actorName === '申请人' ? t('applicant') : `${t('by')} ${entry.actorName}`}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
