import { Tag } from 'antd-mobile';
import { useItemTags } from '../catalog/terms';
import type { SearchHit } from '../catalog/types';
import styles from './ItemTags.module.css';

// antd's own green and grey are too pale to read on white.
const GREEN = '#0f6b36';
const GREY = '#3d4148';

/** 即办件 / 承诺件 N个工作日, 跑0次 / 跑1次 and 可网办, as outlined tags. */
export function ItemTags({ item }: { item: SearchHit }) {
  const tags = useItemTags()(item);
  return (
    <span className={styles.tags}>
      <Tag className={styles.tag} color="primary" fill="outline">
        {tags.limit}
      </Tag>
      <Tag className={styles.tag} color={item.visits === 0 ? GREEN : GREY} fill="outline">
        {tags.visits}
      </Tag>
      {tags.online && (
        <Tag className={styles.tag} color={GREEN} fill="outline">
          {tags.online}
        </Tag>
      )}
    </span>
  );
}
