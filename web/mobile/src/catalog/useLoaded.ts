import { useCallback, useEffect, useState } from 'react';

/**
 * What load(key) resolves to, fetched again when key changes or after retry().
 * A reply for an older key is dropped.
 */
export function useLoaded<T>(load: (key: string) => Promise<T>, key: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt asks again after a failure.
  useEffect(() => {
    let current = true;
    setData(null);
    setError(null);
    load(key).then(
      (found) => current && setData(found),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [load, key, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { data, error, loading: data === null && error === null, retry };
}
