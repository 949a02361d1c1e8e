import { Toast } from 'antd-mobile';
import { SearchOutline } from 'antd-mobile-icons';
import { useT } from '../../../common/locale';
import styles from './SearchEntry.module.css';

const messages = {
  placeholder: ['搜索办事事项，如：老年优待证', 'Search, e.g. senior citizen card'],
  comingSoon: ['事项目录即将上线', 'The service catalogue is coming soon'],
} as const;

/** Looks like a search bar; the service catalogue behind it is not built yet. */
export function SearchEntry() {
  const t = useT(messages);
  return (
    <button type="button" className={styles.search} onClick={() => Toast.show({ content: t('comingSoon') })}>
      <SearchOutline className={styles.icon} />
      <span>{t('placeholder')}</span>
    </button>
  );
}
