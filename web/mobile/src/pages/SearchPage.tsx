import { Button, SearchBar, type SearchBarRef } from 'antd-mobile';
import { SearchOutline } from 'antd-mobile-icons';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../common/locale';
import { errorText } from '../catalog/api';
import { fill } from '../catalog/format';
import { useThemeLabel } from '../catalog/terms';
import { useCatalogSearch } from '../catalog/useCatalogSearch';
import { useSearchFilter } from '../catalog/useSearchFilter';
import { FilterChips } from '../components/FilterChips';
import { ItemCard, ItemCardSkeleton } from '../components/ItemCard';
import { PageBody } from '../components/PageBody';
import { SearchEmpty } from '../components/SearchEmpty';
import { searchMessages } from '../components/SearchEntry';
import { StatusBlock } from '../components/StatusBlock';
import { SubPageBar } from '../components/SubPageBar';
import styles from './SearchPage.module.css';

const messages = {
  ...searchMessages,
  title: ['查找办事事项', 'Find a service'],
  hot: ['热门事项', 'Popular services'],
  results: ['搜索结果', 'Results'],
  themeItems: ['「{theme}」相关事项', '{theme} services'],
  more: ['加载更多', 'Show more'],
  retry: ['重试', 'Try again'],
  failed: ['搜索没有成功', 'The search did not work'],
} as const;

/** Searching waits this long after the last keystroke. */
const PAUSE_MS = 500;
const MAX_QUERY = 50;

export function SearchPage() {
  const t = useT(messages);
  const themeLabel = useThemeLabel();
  const [filter, setFilter] = useSearchFilter();
  const [text, setText] = useState(filter.q);
  // While a pinyin input method is composing, the box holds letters, not words.
  const [composing, setComposing] = useState(false);
  const searchBar = useRef<SearchBarRef>(null);
  const search = useCatalogSearch(filter);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on typing only, not when the filter changes.
  useEffect(() => {
    const words = text.trim();
    if (composing || words === filter.q) return;
    const timer = setTimeout(() => setFilter({ q: words }), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, composing]);

  const searchNow = (words: string) => {
    setText(words);
    setFilter({ q: words.trim() });
    // Closes the phone keyboard so the results can be seen.
    searchBar.current?.blur();
  };

  const heading = filter.q
    ? t('results')
    : filter.theme
      ? fill(t('themeItems'), { theme: themeLabel(filter.theme) })
      : t('hot');
  const filtered = filter.theme !== null || filter.online || filter.zeroVisit;
  const firstLoad = search.loading && search.items.length === 0;

  return (
    <>
      <SubPageBar title={t('title')} />
      <div className={styles.searchBox}>
        <SearchBar
          ref={searchBar}
          className={styles.searchBar}
          autoFocus
          value={text}
          maxLength={MAX_QUERY}
          placeholder={t('placeholder')}
          searchIcon={<SearchOutline className={styles.searchIcon} />}
          onChange={setText}
          onSearch={searchNow}
          onClear={() => searchNow('')}
          onCompositionStart={() => setComposing(true)}
          onCompositionEnd={() => setComposing(false)}
        />
        <FilterChips filter={filter} onChange={setFilter} />
      </div>
      <PageBody>
        <h2 className={styles.heading} aria-live="polite">
          {heading}
        </h2>
        {firstLoad && <ItemCardSkeleton />}
        {search.items.map((item) => (
          <ItemCard key={item.itemId} item={item} />
        ))}
        {!search.loading && search.error !== null && (
          <StatusBlock status="default" title={t('failed')} description={errorText(search.error)}>
            <Button block size="large" color="primary" fill="outline" onClick={search.retry}>
              {t('retry')}
            </Button>
          </StatusBlock>
        )}
        {!search.loading && search.error === null && search.items.length === 0 && (
          <SearchEmpty
            onSearch={searchNow}
            onClearFilters={
              filtered ? () => setFilter({ theme: null, online: false, zeroVisit: false }) : undefined
            }
          />
        )}
        {search.more && search.error === null && (
          <Button block size="large" fill="outline" loading={search.loading} onClick={search.loadMore}>
            {t('more')}
          </Button>
        )}
      </PageBody>
    </>
  );
}
