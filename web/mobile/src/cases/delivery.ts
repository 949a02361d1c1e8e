import type { DeliveryMethod } from '../../../../src/shared/case-terms';
import { get, put } from '../../../common/api';

/** The resident's choice of how to get a result, as the form holds it and as the API takes it. */

/** The form's `delivery` fields. */
export interface DeliveryFormValues {
  method: DeliveryMethod;
  recipientName?: string;
  recipientPhone?: string;
  regionCode?: string;
  address?: string;
}

const filled = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** An empty name or phone means the applicant's own. */
export function deliveryOf(values: DeliveryFormValues | undefined) {
  if (!values || values.method === 'window_pickup') return { method: 'window_pickup' as const };
  return {
    method: values.method,
    recipient: {
      name: filled(values.recipientName),
      phone: filled(values.recipientPhone),
      regionCode: values.regionCode ?? '',
      address: values.address?.trim() ?? '',
    },
  };
}

export interface RegionItem {
  code: string;
  name: string;
  level: 'district' | 'street' | 'community';
  parentCode: string | null;
}

export const loadRegions = async () => (await get<{ items: RegionItem[] }>('/api/public/regions')).items;

export const changeMyDelivery = (caseId: string, version: number, values: DeliveryFormValues) =>
  put<{ version: number }>(`/api/resident/cases/${encodeURIComponent(caseId)}/delivery`, {
    version,
    delivery: deliveryOf(values),
  });
