import { PROVISIONAL_DEADLINE_NOTE } from '../../../../src/shared/clock-terms';
import { useT } from '../../../common/locale';
import styles from './DocumentPaper.module.css';
import { useCaseTerms } from './terms';
import type { DocumentView } from './types';

const messages = {
  number: ['文书编号', 'Number'],
  caseNumber: ['办件编号', 'Case number'],
  item: ['申请事项', 'Service'],
  applicant: ['申请人', 'Applicant'],
  place: ['受理地点', 'Taken in at'],
  toBring: ['需要补正的材料', 'To bring or correct'],
  promised: ['承诺后补的材料', 'Promised papers'],
  commitment: ['申请人承诺', "Applicant's commitment"],
  reasons: ['理由', 'Reasons'],
  corrections: ['需要补正的内容', 'To correct'],
  basis: ['依据', 'Legal basis'],
  overdue: ['逾期未交的材料', 'Papers not brought in time'],
  deadline: ['承诺办结日期', 'Promised by'],
  provisional: PROVISIONAL_DEADLINE_NOTE,
  by: ['前', ''],
} as const;

interface Line {
  name: string;
  problem?: string;
  reason?: string | null;
  due?: string | null;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
const lines = (value: unknown) => (Array.isArray(value) ? (value as Line[]) : []);

/** A written notice as issued (its snapshot), laid out like the printed page, readable on a phone. */
export function DocumentPaper({ document }: { document: DocumentView }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  const content = document.content;
  const toBring = lines(content.items);
  const promised = lines(content.commitments);
  const overdue = lines(content.overdue);
  const texts = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
  const reasons = texts(content.reasons);
  const corrections = texts(content.corrections);
  const deadline = text(content.promisedDeadline);

  return (
    <article className={styles.paper}>
      <h2 className={styles.title}>{text(content.title) ?? document.title}</h2>
      <p className={styles.number}>
        {t('number')}：{document.number}
      </p>
      <dl className={styles.head}>
        <dt>{t('caseNumber')}</dt>
        <dd>{text(content.caseNumber)}</dd>
        <dt>{t('item')}</dt>
        <dd>{text(content.itemName)}</dd>
        <dt>{t('applicant')}</dt>
        <dd>{text(content.applicantName)}</dd>
        {text(content.placeName) && (
          <>
            <dt>{t('place')}</dt>
            <dd>{text(content.placeName)}</dd>
          </>
        )}
      </dl>
      {text(content.text) && <p className={styles.text}>{text(content.text)}</p>}
      {toBring.length > 0 && (
        <section>
          <h3 className={styles.section}>{t('toBring')}</h3>
          <ol className={styles.list}>
            {toBring.map((line) => (
              <li key={line.name}>
                <strong>{line.name}</strong>
                {line.problem &&
                  `（${terms.material(line.problem as never)}${line.reason ? `：${line.reason}` : ''}）`}
              </li>
            ))}
          </ol>
        </section>
      )}
      {promised.length > 0 && (
        <section>
          <h3 className={styles.section}>{t('promised')}</h3>
          <ol className={styles.list}>
            {promised.map((line) => (
              <li key={line.name}>
                <strong>{line.name}</strong>
                {line.due && ` —— ${terms.date(line.due)}${t('by')}`}
              </li>
            ))}
          </ol>
        </section>
      )}
      {text(content.commitmentText) && (
        <section>
          <h3 className={styles.section}>{t('commitment')}</h3>
          <p className={styles.text}>{text(content.commitmentText)}</p>
        </section>
      )}
      {corrections.length > 0 && (
        <section>
          <h3 className={styles.section}>{t('corrections')}</h3>
          <ol className={styles.list}>
            {corrections.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </section>
      )}
      {reasons.length > 0 && (
        <section>
          <h3 className={styles.section}>{t('reasons')}</h3>
          <ol className={styles.list}>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ol>
        </section>
      )}
      {overdue.length > 0 && (
        <section>
          <h3 className={styles.section}>{t('overdue')}</h3>
          <ol className={styles.list}>
            {overdue.map((line) => (
              <li key={line.name}>{line.name}</li>
            ))}
          </ol>
        </section>
      )}
      {text(content.delivery) && <p className={styles.text}>{text(content.delivery)}</p>}
      {deadline && (
        <p className={styles.text}>
          {t('deadline')}：{terms.date(deadline)}
          {content.deadlineProvisional === true && `（${t('provisional')}）`}
        </p>
      )}
      {(text(content.basis) ?? text(content.legalBasis)) && (
        <p className={styles.small}>
          {t('basis')}：{text(content.basis) ?? text(content.legalBasis)}
        </p>
      )}
      {text(content.rights) && <p className={styles.small}>{text(content.rights)}</p>}
      <footer className={styles.signature}>
        <p>{document.officeName}</p>
        <p>
          {text(content.issuedOn)
            ? terms.date(text(content.issuedOn) as string)
            : terms.date(document.issuedAt)}
        </p>
      </footer>
    </article>
  );
}
