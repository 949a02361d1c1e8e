import { Tag } from 'antd-mobile';
import { Link } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { errorText, listBundles } from '../catalog/api';
import { fill } from '../catalog/format';
import type { BundleSummary } from '../catalog/types';
import { useLoaded } from '../catalog/useLoaded';
import styles from './BundleList.module.css';
import { ItemCardSkeleton } from './ItemCard';
import card from './ItemCard.module.css';

const messages = {
  title: ['一件事 · 一次办', 'One application, several services'],
  intro: [
    '几个相关事项合在一起，一张表、一套材料',
    'Related services together: one form, one set of documents',
  ],
  count: ['含{n}个事项', '{n} services'],
  lead: ['牵头部门：', 'Lead department: '],
  retry: ['重试', 'Try again'],
} as const;

function BundleCard({ bundle }: { bundle: BundleSummary }) {
  const t = useT(messages);
  return (
    <Link to={`/bundles/${bundle.bundleId}`} className={card.card}>
      <h3 className={card.name}>{bundle.name}</h3>
      <div className={styles.meta}>
        <Tag className={styles.count} color="primary" fill="outline">
          {fill(t('count'), { n: bundle.itemNames.length })}
        </Tag>
        <span className={card.department}>
          {t('lead')}
          {bundle.leadDepartmentName}
        </span>
      </div>
    </Link>
  );
}

/** 一件事 on the home page: each bundle as a card that opens its page; hidden when there are none. */
export function BundleList() {
  const t = useT(messages);
  const { data, error, retry } = useLoaded(listBundles, '');
  if (data !== null && data.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="bundles-title">
      <div className={styles.header}>
        <h2 id="bundles-title" className={styles.title}>
          {t('title')}
        </h2>
        <p className={styles.intro}>{t('intro')}</p>
      </div>
      {data === null && error === null && <ItemCardSkeleton count={2} />}
      {error !== null && (
        <button type="button" className={`${card.card} ${styles.failed}`} onClick={retry}>
          <span>{errorText(error)}</span>
          <span className={styles.retry}>{t('retry')}</span>
        </button>
      )}
      {data?.map((bundle) => (
        <BundleCard key={bundle.bundleId} bundle={bundle} />
      ))}
    </section>
  );
}
