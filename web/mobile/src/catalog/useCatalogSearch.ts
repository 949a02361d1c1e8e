import { useCallback, useEffect, useRef, useState } from 'react';
import { searchItems } from './api';
import type { SearchFilter, SearchHit } from './types';

interface SearchState {
  items: SearchHit[];
  /** The last page fetched; 0 before the first reply. */
  page: number;
  /** False once a page comes back short: there is nothing more to load. */
  more: boolean;
  loading: boolean;
  error: unknown;
}

const START: SearchState = { items: [], page: 0, more: false, loading: true, error: null };

/**
 * Searches the catalogue whenever the filter changes, page by page. Replies to
 * an older filter are dropped, so fast typing never shows stale results.
 */
export function useCatalogSearch(filter: Partial<SearchFilter>, pageSize = 20) {
  const [state, setState] = useState<SearchState>(START);
  const key = JSON.stringify([filter.q ?? '', filter.theme ?? null, !!filter.online, !!filter.zeroVisit]);
  const current = useRef({ key, filter });
  current.current = { key, filter };

  const fetchPage = useCallback(
    async (page: number) => {
      const { key: asked, filter: askedFilter } = current.current;
      setState((before) => ({ ...(page === 1 ? START : before), loading: true, error: null }));
      try {
        const items = await searchItems(askedFilter, page, pageSize);
        if (current.current.key !== asked) return;
        setState((before) => ({
          items: page === 1 ? items : [...before.items, ...items],
          page,
          more: items.length === pageSize,
          loading: false,
          error: null,
        }));
      } catch (error) {
        if (current.current.key !== asked) return;
        setState((before) => ({ ...before, loading: false, error }));
      }
    },
    [pageSize],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for the filter's contents.
  useEffect(() => {
    void fetchPage(1);
  }, [key, fetchPage]);

  return {
    ...state,
    loadMore: () => fetchPage(state.page + 1),
    /** Asks again for the page that failed. */
    retry: () => fetchPage(state.items.length > 0 ? state.page + 1 : 1),
  };
}
