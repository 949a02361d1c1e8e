import { getPublishedItem } from './api';
import { useLoaded } from './useLoaded';

/** The published version of one item, for its guide page. */
export function usePublishedItem(itemId: string) {
  const { data, ...rest } = useLoaded(getPublishedItem, itemId);
  return { item: data, ...rest };
}
