import { useCallback, useEffect, useState } from 'react';
import { type ApiError, get } from '../../../common/api';
import { useReportError } from './useReportError';

interface Loaded<T> {
  data: T | undefined;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
}

/** GETs `path` (skipped while null) and again whenever it changes or reload() is called. */
export function useApi<T>(path: string | null): Loaded<T> {
  const reportError = useReportError();
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(path !== null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version asks for the same path again.
  useEffect(() => {
    if (path === null) return;
    let stale = false;
    setLoading(true);
    get<T>(path)
      .then((reply) => {
        if (stale) return;
        setData(reply);
        setError(null);
      })
      .catch((caught: ApiError) => {
        if (stale) return;
        setError(caught);
        reportError(caught);
      })
      .finally(() => {
        if (!stale) setLoading(false);
      });
    return () => {
      stale = true;
    };
  }, [path, version, reportError]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return { data, loading, error, reload };
}

/** "/api/halls" + {regionCode: '330103', keyword: ''} -> "/api/halls?regionCode=330103" */
export function withQuery(path: string, query: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
