import { useT } from '../../../../common/locale';
import { fill } from '../../catalog/format';
import { useOnlineDepth } from '../../catalog/terms';
import type { GuideContent } from '../../catalog/types';
import styles from './Guide.module.css';

const messages = {
  limit: ['办理时限', 'Time limit'],
  onTheSpot: ['即办', 'On the spot'],
  onTheSpotNote: ['当场办结', 'Done while you wait'],
  promised: ['承诺{n}个工作日', '{n} working days'],
  legal: ['法定{n}个工作日', 'Legal limit: {n} working days'],
  visits: ['到现场次数', 'Trips to the hall'],
  times: ['{n}次', '{n}'],
  noTrip: ['不用跑，全程网上或快递', 'No trip: online or by post'],
  oneTrip: ['最多跑一次', 'At most one trip'],
  fee: ['是否收费', 'Fee'],
  free: ['不收费', 'Free'],
  charged: ['收费', 'Charged'],
  online: ['网上办理深度', 'Online service'],
  notOnline: ['不能网上办理', 'Not online'],
  atWindow: ['请到窗口办理', 'Apply at a service window'],
} as const;

/** One cell of the blue summary band: a label, the answer large, and notes below. */
export function SummaryFact({
  label,
  value,
  notes,
  wide = false,
}: {
  label: string;
  value: string;
  notes: string[];
  /** Spans both columns, for an odd last cell. */
  wide?: boolean;
}) {
  return (
    <div className={wide ? `${styles.summaryCell} ${styles.summaryWide}` : styles.summaryCell}>
      <p className={styles.summaryLabel}>{label}</p>
      <p className={styles.summaryValue}>{value}</p>
      {notes
        .filter((note) => note.trim() !== '')
        .map((note) => (
          <p key={note} className={styles.summaryNote}>
            {note}
          </p>
        ))}
    </div>
  );
}

/** The four things people ask first: how long, how many trips, what it costs, how far online. */
export function GuideSummary({ content }: { content: GuideContent }) {
  const t = useT(messages);
  const depth = useOnlineDepth()(content.onlineDepth);
  const onTheSpot = content.handlingKind === 'on_the_spot';
  const legal = content.legalLimitDays === null ? '' : fill(t('legal'), { n: content.legalLimitDays });
  return (
    <div className={styles.summary}>
      <SummaryFact
        label={t('limit')}
        value={onTheSpot ? t('onTheSpot') : fill(t('promised'), { n: content.promisedLimitDays })}
        notes={[
          onTheSpot ? t('onTheSpotNote') : '',
          content.promisedLimitNote,
          legal,
          content.legalLimitNote,
        ]}
      />
      <SummaryFact
        label={t('visits')}
        value={fill(t('times'), { n: content.visits })}
        notes={[content.visits === 0 ? t('noTrip') : t('oneTrip')]}
      />
      <SummaryFact
        label={t('fee')}
        value={content.feeCharged ? t('charged') : t('free')}
        notes={content.feeCharged ? [content.feeBasis] : []}
      />
      <SummaryFact
        label={t('online')}
        value={depth ? depth[1] : t('notOnline')}
        notes={[depth ? depth[0] : t('atWindow')]}
      />
    </div>
  );
}
