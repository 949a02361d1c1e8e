import { Button } from 'antd-mobile';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { fill } from '../catalog/format';
import { useLoaded } from '../catalog/useLoaded';
import { loadMyCorrections } from './api';
import styles from './MissingMaterials.module.css';
import { useCaseTerms } from './terms';

const messages = {
  heading: ['需要您补正', 'Please correct'],
  intro: [
    '{office}于{date}请您补正下面的内容。补正前暂停计算办理时间，补正后继续办理。',
    '{office} asked you on {date} to correct the following. The clock is paused until you do.',
  ],
  answer: ['去补正', 'Correct now'],
} as const;

/** On a case page: what the office is waiting for the applicant to correct, with the way to answer. */
export function CorrectionNotice({ caseId }: { caseId: string }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  const navigate = useNavigate();
  const load = useCallback((id: string) => loadMyCorrections(id), []);
  const { data } = useLoaded(load, caseId);
  const waiting = data?.find((correction) => correction.answeredAt === null);
  if (!waiting) return null;

  return (
    <section className={styles.box}>
      <h3 className={styles.heading}>{t('heading')}</h3>
      <p className={styles.intro}>
        {fill(t('intro'), { office: waiting.officeName, date: terms.date(waiting.askedAt) })}
      </p>
      <ol className={styles.list}>
        {waiting.corrections.map((line) => (
          <li key={line} className={styles.name}>
            {line}
          </li>
        ))}
      </ol>
      <Button
        block
        color="primary"
        size="large"
        className={styles.action}
        onClick={() => navigate(`/progress/${caseId}/corrections/${waiting.id}`)}
      >
        {t('answer')}
      </Button>
    </section>
  );
}
