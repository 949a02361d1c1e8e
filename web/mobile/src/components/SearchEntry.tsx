import { SearchOutline } from 'antd-mobile-icons';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import styles from './SearchEntry.module.css';

export const searchMessages = {
  placeholder: ['搜索办事事项，如：老年优待证', 'Search, e.g. senior citizen card'],
} as const;

/** Looks like a search bar and opens the search page, where the typing happens. */
export function SearchEntry() {
  const t = useT(searchMessages);
  const navigate = useNavigate();
  return (
    <button type="button" className={styles.search} onClick={() => navigate('/search')}>
      <SearchOutline className={styles.icon} />
      <span>{t('placeholder')}</span>
    </button>
  );
}
