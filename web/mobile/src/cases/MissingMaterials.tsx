import { useT } from '../../../common/locale';
import { fill } from '../catalog/format';
import styles from './MissingMaterials.module.css';
import { useCaseTerms } from './terms';
import type { MyCaseDetail } from './types';

const messages = {
  heading: ['还要补交的材料', 'Papers still to bring'],
  intro: [
    '下面是全部还缺的材料，工作人员已一次告诉您，不会再加。补齐后到任一窗口交，或在网上交。',
    'This is everything still missing, told to you once; nothing will be added. Bring it to any window or upload it.',
  ],
  promisedHeading: ['答应后补的材料', 'Papers you promised to bring'],
  promisedIntro: [
    '请在日期前交齐；过期没交，这件事会停止办理。',
    'Please hand them in by the date; otherwise the application will be stopped.',
  ],
  due: ['请在 {date} 前交', 'Bring by {date}'],
} as const;

/**
 * What the resident must still bring: after a one-time notice the complete
 * list as the server owes it (what the notice did not name is never asked
 * for), with why a paper was not accepted, and the promised papers with their due dates.
 */
export function MissingMaterials({ detail }: { detail: MyCaseDetail }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  const missing =
    detail.status === 'awaiting_materials' ? detail.materials.filter((material) => material.owed) : [];
  const promised = detail.status === 'accepted' ? detail.materials.filter((m) => m.state === 'promised') : [];
  if (missing.length === 0 && promised.length === 0) return null;

  return (
    <>
      {missing.length > 0 && (
        <section className={styles.box}>
          <h3 className={styles.heading}>{t('heading')}</h3>
          <p className={styles.intro}>{t('intro')}</p>
          <ol className={styles.list}>
            {missing.map((material) => (
              <li key={material.key}>
                <p className={styles.name}>{material.name}</p>
                <p className={styles.state}>
                  {terms.material(material.state)}
                  {material.reason && `：${material.reason}`}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {promised.length > 0 && (
        <section className={styles.box}>
          <h3 className={styles.heading}>{t('promisedHeading')}</h3>
          <p className={styles.intro}>{t('promisedIntro')}</p>
          <ol className={styles.list}>
            {promised.map((material) => (
              <li key={material.key}>
                <p className={styles.name}>{material.name}</p>
                {material.promisedDue && (
                  <p className={styles.due}>{fill(t('due'), { date: terms.date(material.promisedDue) })}</p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
