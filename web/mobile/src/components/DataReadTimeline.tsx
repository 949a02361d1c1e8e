import { type Locale, useLocale, useT } from '../../../common/locale';
import { useRegistryFieldLabel } from '../../../common/registryLabels';
import { byDay, type DataRead } from '../dataReads';
import styles from './DataReadTimeline.module.css';

const messages = {
  today: ['今天', 'Today'],
  yesterday: ['昨天', 'Yesterday'],
  purpose: ['用途', 'Purpose'],
  fields: ['查看了', 'Looked at'],
  caseRef: ['办件编号', 'Case no.'],
  staff: ['经办人', 'Officer'],
} as const;

const ONE_DAY = 24 * 60 * 60 * 1000;

function dayHeading(day: Date, locale: Locale, t: (key: 'today' | 'yesterday') => string): string {
  const now = new Date();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (day.getTime() === today) return t('today');
  if (day.getTime() === today - ONE_DAY) return t('yesterday');
  const year = day.getFullYear() === now.getFullYear() ? undefined : 'numeric';
  const date = new Intl.DateTimeFormat(locale, { year, month: 'long', day: 'numeric' }).format(day);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(day);
  // 11月20日 星期五 / Friday, November 20: Chinese runs the two together without the space.
  return locale === 'en-US' ? `${weekday}, ${date}` : `${date} ${weekday}`;
}

const timeOf = (at: string) =>
  new Date(at).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** The reads of the resident's data, day by day, each with who, why, what and when in large type. */
export function DataReadTimeline({ reads }: { reads: readonly DataRead[] }) {
  const t = useT(messages);
  const locale = useLocale();
  const label = useRegistryFieldLabel();

  return (
    <div className={styles.timeline}>
      {byDay(reads).map(({ day, reads: ofDay }) => (
        <section key={day.getTime()} className={styles.day}>
          <h3 className={styles.dayHeading}>{dayHeading(day, locale, t)}</h3>
          <ol className={styles.entries}>
            {ofDay.map((read) => (
              <li key={read.id} className={styles.entry}>
                <time className={styles.time} dateTime={read.at}>
                  {timeOf(read.at)}
                </time>
                <div className={styles.card}>
                  <p className={styles.department}>{read.departmentName}</p>
                  <dl className={styles.facts}>
                    <dt>{t('purpose')}</dt>
                    <dd>{read.purpose}</dd>
                    <dt className={styles.wide}>{t('fields')}</dt>
                    <dd className={styles.wide}>
                      <ul className={styles.fields}>
                        {read.fields.map((field) => (
                          <li key={field}>{label('person', field)}</li>
                        ))}
                      </ul>
                    </dd>
                    {read.caseRef && (
                      <>
                        <dt>{t('caseRef')}</dt>
                        <dd className={styles.number}>{read.caseRef}</dd>
                      </>
                    )}
                    <dt>{t('staff')}</dt>
                    <dd>{read.staffName}</dd>
                  </dl>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
