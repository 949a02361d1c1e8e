import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, get, post } from '../../../common/api';
import { useReportError } from './useReportError';

interface Loaded<T> {
  data: T | undefined;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
}

/** GETs `path` (skipped while null) and again whenever it changes or reload() is called. */
export function useApi<T>(path: string | null): Loaded<T> {
  return useLoaded(path, () => get<T>(path as string));
}

/**
 * POSTs `body` to a look-up route (skipped while null) and again whenever it
 * changes or reload() is called: for look-ups by ID or phone number, which
 * travel in the body so that they stay out of URLs and access logs.
 */
export function useLookup<T>(path: string, body: Record<string, unknown> | null): Loaded<T> {
  return useLoaded(body && `${path} ${JSON.stringify(body)}`, () => post<T>(path, body ?? {}));
}

/** Runs `load` whenever `key` changes (skipped while null) or reload() is called. */
function useLoaded<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const reportError = useReportError();
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(key !== null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  const loader = useRef(load);
  loader.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version asks for the same key again.
  useEffect(() => {
    if (key === null) return;
    let stale = false;
    setLoading(true);
    loader
      .current()
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
  }, [key, version, reportError]);

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
