import { postOnce } from '../../../common/api';
import type { deliveryOf } from './delivery';
import type { MyCaseDetail } from './types';

export interface Application {
  itemId: string;
  formData: Record<string, string>;
  materials: { key: string; state: 'provided'; materialId: string }[];
  delivery: ReturnType<typeof deliveryOf>;
}

/**
 * Sends the application with an Idempotency-Key: the same key while the body
 * is unchanged (a retry after a lost reply gets the same case), a new key once
 * the resident changes anything.
 */
export function applicationSender() {
  let last: { body: string; key: string } | null = null;
  return (application: Application) => {
    const body = JSON.stringify(application);
    if (last?.body !== body) last = { body, key: crypto.randomUUID() };
    return postOnce<MyCaseDetail>('/api/resident/cases', application, last.key);
  };
}
