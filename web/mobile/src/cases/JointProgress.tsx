import { useT } from '../../../common/locale';
import { fill } from '../catalog/format';
import styles from './JointProgress.module.css';
import { STATUS_COLORS, useCaseTerms } from './terms';
import type { JointChildProgress } from './types';

const messages = {
  heading: ['各事项办理进度', 'Progress of each item'],
  daysLeft: ['还有 {n} 个工作日', '{n} working days left'],
  // The results of a joint case travel together, when the last item is done.
  done: ['办好了', 'Done'],
  withOthers: ['结果和其他事项一起交付', 'its result comes with the others'],
} as const;

/** A joint case (一件事): each item with its office, its status and the step it is at now. */
export function JointProgress({ items }: { items: JointChildProgress[] }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  return (
    <section className={styles.joint} aria-label={t('heading')}>
      <h3 className={styles.heading}>{t('heading')}</h3>
      <ol className={styles.items}>
        {items.map((item) => (
          <li key={item.caseNumber} className={styles.item}>
            <div className={styles.top}>
              <span className={styles.name}>{item.itemName}</span>
              <span className={styles.status} style={{ color: STATUS_COLORS[item.status] }}>
                {item.status === 'result_ready' ? t('done') : terms.status(item.status)}
              </span>
            </div>
            <div className={styles.where}>
              {item.openSteps.length > 0
                ? item.openSteps.map((open) => `${open.stepName} · ${open.departmentName}`).join('；')
                : item.departmentName}
              {item.status === 'result_ready' && ` · ${t('withOthers')}`}
              {item.workingDaysLeft !== null && item.workingDaysLeft > 0 && (
                <span className={styles.days}>{fill(t('daysLeft'), { n: item.workingDaysLeft })}</span>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
