import { ApiError, get } from '../../../common/api';
import type { BundleDetail, BundleSummary, PublishedItem, SearchFilter, SearchHit } from './types';

/** Published items matching the filter, best first; with no words, the most used first. */
export async function searchItems(filter: Partial<SearchFilter>, page: number, pageSize: number) {
  const params = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (filter.q) params.set('q', filter.q);
  if (filter.theme) params.set('theme', filter.theme);
  if (filter.online) params.set('online', '1');
  if (filter.zeroVisit) params.set('zeroVisit', '1');
  const { items } = await get<{ items: SearchHit[] }>(`/api/catalog/items?${params}`);
  return items;
}

export const getPublishedItem = (itemId: string) =>
  get<PublishedItem>(`/api/catalog/items/${encodeURIComponent(itemId)}`);

export const listBundles = async () => (await get<{ items: BundleSummary[] }>('/api/catalog/bundles')).items;

/** A bundle; with itemIds (选办), its form and papers merged for those items only. */
export const getBundle = (bundleId: string, itemIds: readonly string[] = []) =>
  get<BundleDetail>(
    `/api/catalog/bundles/${encodeURIComponent(bundleId)}${itemIds.length > 0 ? `?itemIds=${itemIds.join(',')}` : ''}`,
  );

/** The server's message without the field label it repeats ("搜索词：搜索词不能…"). */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.fieldProblems[0]?.message ?? error.message;
  return String(error);
}
