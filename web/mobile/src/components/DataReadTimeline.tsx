import { beijingDay } from '../../../common/beijing-time';
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
  case: ['办件', 'Application'],
  certificate: ['电子证照', 'Certificate'],
  material: ['材料', 'Document'],
  maskedNote: ['看到的号码、电话和地址已隐去部分', 'Saw your numbers, phone and address partly hidden'],
} as const;

const ONE_DAY = 24 * 60 * 60 * 1000;

function dayHeading(day: string, locale: Locale, t: (key: 'today' | 'yesterday') => string): string {
  const now = Date.now();
  if (day === beijingDay(new Date(now))) return t('today');
  if (day === beijingDay(new Date(now - ONE_DAY))) return t('yesterday');
  // Noon in Beijing on that day, so the date reads the same in any time zone.
  const noon = new Date(`${day}T12:00:00+08:00`);
  const sameYear = day.slice(0, 4) === beijingDay(new Date(now)).slice(0, 4);
  const zone = { timeZone: 'Asia/Shanghai' } as const;
  const date = new Intl.DateTimeFormat(locale, {
    ...zone,
    year: sameYear ? undefined : 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(noon);
  const weekday = new Intl.DateTimeFormat(locale, { ...zone, weekday: 'long' }).format(noon);
  // 11月20日 星期五 / Friday, November 20: Chinese runs the two together without the space.
  return locale === 'en-US' ? `${weekday}, ${date}` : `${date} ${weekday}`;
}

/** Beijing time, as every time on the platform is shown. */
const timeOf = (at: string) =>
  new Date(at).toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });

/** The reads of the resident's data, day by day, each with who, why, what and when in large type. */
export function DataReadTimeline({ reads }: { reads: readonly DataRead[] }) {
  const t = useT(messages);
  const locale = useLocale();
  const label = useRegistryFieldLabel();

  return (
    <div className={styles.timeline}>
      {byDay(reads).map(({ day, reads: ofDay }) => (
        <section key={day} className={styles.day}>
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
                      {read.kind === 'registry' ? (
                        <ul className={styles.fields}>
                          {read.fields.map((field) => (
                            <li key={field}>{label('person', field)}</li>
                          ))}
                        </ul>
                      ) : (
                        <span className={styles.record}>
                          {t(read.kind)}：{read.recordName}
                          {read.masked && <span className={styles.masked}>{t('maskedNote')}</span>}
                        </span>
                      )}
                    </dd>
                    {read.caseRef && read.caseRef !== read.recordName && (
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
