import { useCallback, useEffect, useState } from 'react';
import { getPublishedItem } from './api';
import type { PublishedItem } from './types';

/** The published version of one item, for its guide page. */
export function usePublishedItem(itemId: string) {
  const [item, setItem] = useState<PublishedItem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt asks again after a failure.
  useEffect(() => {
    let current = true;
    setItem(null);
    setError(null);
    getPublishedItem(itemId).then(
      (found) => current && setItem(found),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [itemId, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { item, error, loading: item === null && error === null, retry };
}
