import { useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isLifeTheme } from './terms';
import type { SearchFilter } from './types';

function readFilter(params: URLSearchParams): SearchFilter {
  const theme = params.get('theme');
  return {
    q: params.get('q') ?? '',
    theme: isLifeTheme(theme) ? theme : null,
    online: params.get('online') === '1',
    zeroVisit: params.get('zeroVisit') === '1',
  };
}

function writeFilter(filter: SearchFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.theme) params.set('theme', filter.theme);
  if (filter.online) params.set('online', '1');
  if (filter.zeroVisit) params.set('zeroVisit', '1');
  return params;
}

/**
 * The search filter lives in the address (?q=&theme=&online=1&zeroVisit=1), so
 * coming back from a guide shows the same results. Changes replace the history
 * entry: Back leaves the search page instead of stepping through every word typed.
 */
export function useSearchFilter(): [SearchFilter, (change: Partial<SearchFilter>) => void] {
  const [params, setParams] = useSearchParams();
  // The latest address, so a typing pause that ends late cannot undo a chip tapped meanwhile.
  const latest = useRef(params);
  latest.current = params;
  const update = (change: Partial<SearchFilter>) =>
    setParams(writeFilter({ ...readFilter(latest.current), ...change }), { replace: true });
  return [readFilter(params), update];
}
