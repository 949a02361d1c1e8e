import { List, Skeleton } from 'antd-mobile';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { errorText } from '../catalog/api';
import { useCatalogSearch } from '../catalog/useCatalogSearch';
import styles from './HotItems.module.css';
import { ItemTags } from './ItemTags';

const messages = {
  title: ['热门事项', 'Popular services'],
  all: ['查看全部', 'See all'],
  empty: ['暂无热门事项', 'No popular services yet'],
  retry: ['重试', 'Try again'],
} as const;

const HOT_COUNT = 5;

/** The most used published items; each opens its guide. */
export function HotItems() {
  const t = useT(messages);
  const navigate = useNavigate();
  const { items, loading, error, retry } = useCatalogSearch({}, HOT_COUNT);

  return (
    <List
      className={styles.list}
      header={
        <div className={styles.header}>
          <h2 className={styles.title}>{t('title')}</h2>
          <Link to="/search" className={styles.all}>
            {t('all')}
          </Link>
        </div>
      }
    >
      {loading && (
        <List.Item>
          <Skeleton.Paragraph animated lineCount={4} />
        </List.Item>
      )}
      {!loading && error !== null && (
        <List.Item onClick={retry} extra={<span className={styles.retry}>{t('retry')}</span>}>
          <span className={styles.message}>{errorText(error)}</span>
        </List.Item>
      )}
      {!loading && error === null && items.length === 0 && (
        <List.Item>
          <span className={styles.message}>{t('empty')}</span>
        </List.Item>
      )}
      {items.map((item) => (
        <List.Item
          key={item.itemId}
          className={styles.item}
          description={<ItemTags item={item} />}
          onClick={() => navigate(`/items/${item.itemId}`)}
        >
          {item.name}
        </List.Item>
      ))}
    </List>
  );
}
