import { postOnce } from '../../../common/api';
import type { FormField, GuideMaterial } from '../catalog/types';
import type { deliveryOf } from './delivery';
import type { MyCaseDetail } from './types';

/** What an application form asks: an item's content, or a bundle's merged form and list. */
export interface ApplicationContent {
  formFields: (Pick<FormField, 'key' | 'label' | 'required' | 'profileSource'> &
    Partial<Pick<FormField, 'type' | 'hint' | 'maxLength' | 'options'>>)[];
  materials: Pick<GuideMaterial, 'key' | 'name' | 'required'>[];
  courierDelivery: boolean;
}

/** What is applied for: one item, or a bundle (一件事) with the items the resident needs. */
export type ApplicationTarget = { itemId: string } | { bundleId: string; itemIds: string[] };

export type Application = ApplicationTarget & {
  /** Before verification: the applicant's community, as the registry cannot say it. */
  regionCode?: string;
  formData: Record<string, string>;
  materials: { key: string; state: 'provided'; materialId: string }[];
  delivery: ReturnType<typeof deliveryOf>;
};

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
    const path = 'bundleId' in application ? '/api/resident/joint-cases' : '/api/resident/cases';
    return postOnce<MyCaseDetail>(path, application, last.key);
  };
}
