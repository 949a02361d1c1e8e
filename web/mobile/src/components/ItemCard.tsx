import { Skeleton } from 'antd-mobile';
import { Link } from 'react-router-dom';
import type { SearchHit } from '../catalog/types';
import styles from './ItemCard.module.css';
import { ItemTags } from './ItemTags';

/** One search result as a large card; the whole card opens the guide. */
export function ItemCard({ item }: { item: SearchHit }) {
  return (
    <Link to={`/items/${item.itemId}`} className={styles.card}>
      <h3 className={styles.name}>{item.name}</h3>
      <p className={styles.department}>{item.departmentName}</p>
      <ItemTags item={item} />
    </Link>
  );
}

/** Grey placeholders shaped like result cards while a search runs. */
export function ItemCardSkeleton({ count = 3 }: { count?: number }) {
  return Array.from({ length: count }, (_, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders.
    <div key={index} className={styles.card} aria-hidden="true">
      <Skeleton.Title animated className={styles.skeletonTitle} />
      <Skeleton.Paragraph animated lineCount={2} />
    </div>
  ));
}
