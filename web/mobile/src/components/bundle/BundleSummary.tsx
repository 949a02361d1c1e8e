import { useT } from '../../../../common/locale';
import { fill } from '../../catalog/format';
import type { BundleDetail } from '../../catalog/types';
import styles from '../guide/Guide.module.css';
import { SummaryFact } from '../guide/GuideSummary';

const messages = {
  limit: ['合计时限', 'Total time'],
  onTheSpot: ['即办', 'On the spot'],
  onTheSpotNote: ['当场办结', 'Done while you wait'],
  days: ['{n}个工作日', '{n} working days'],
  parallel: ['各事项同时办理，按最长的计算', 'Handled in parallel; the longest counts'],
  visits: ['到现场次数', 'Trips to the hall'],
  times: ['{n}次', '{n}'],
  noTrip: ['不用跑，全程网上或快递', 'No trip: online or by post'],
  oneTrip: ['最多跑一次', 'At most one trip'],
  together: ['一次申请', 'Applying together'],
  saved: ['少填{f}项、少交{m}份材料', '{f} fewer fields, {m} fewer documents'],
  savedNote: ['相同的信息只填一次，相同的材料只交一份', 'Shared details and documents are given once'],
} as const;

/** The bundle's band: how long all of it takes, how many trips, and what applying together saves. */
export function BundleSummary({ merged }: { merged: BundleDetail['merged'] }) {
  const t = useT(messages);
  const onTheSpot = merged.promisedLimitDays === 0;
  return (
    <div className={styles.summary}>
      <SummaryFact
        label={t('limit')}
        value={onTheSpot ? t('onTheSpot') : fill(t('days'), { n: merged.promisedLimitDays })}
        notes={[onTheSpot ? t('onTheSpotNote') : t('parallel')]}
      />
      <SummaryFact
        label={t('visits')}
        value={fill(t('times'), { n: merged.visits })}
        notes={[merged.visits === 0 ? t('noTrip') : t('oneTrip')]}
      />
      <SummaryFact
        wide
        label={t('together')}
        value={fill(t('saved'), { f: merged.fieldsSaved, m: merged.materialsSaved })}
        notes={[t('savedNote')]}
      />
    </div>
  );
}
