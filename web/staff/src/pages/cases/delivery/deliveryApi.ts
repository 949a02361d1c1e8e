import { api } from '../../../../../common/api';
import type { Changed } from '../types';

/** The delivery endpoints of a case; every act names the version the clerk saw. */
export const deliveryActs = {
  change: (id: string, body: object) => api<Changed>('PUT', `/api/cases/${id}/delivery`, body),
  step: (id: string, step: DeliveryStep, body: object) =>
    api<Changed>('POST', `/api/cases/${id}/delivery/${step}`, body),
};

export type DeliveryStep = 'handed-over' | 'posted' | 'signed-for' | 'assign' | 'delivered';

/** What the delivery fields of a form hold. */
export interface DeliveryValues {
  method: 'window_pickup' | 'courier' | 'grid_worker';
  recipient?: { name?: string; phone?: string; regionCode?: string; address?: string };
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The API's delivery choice from the form's values; an empty name or phone means the applicant's. */
export function deliveryBody(values: DeliveryValues | undefined) {
  if (!values || values.method === 'window_pickup') return { method: 'window_pickup' };
  const recipient = values.recipient ?? {};
  return {
    method: values.method,
    recipient: {
      name: blankToUndefined(recipient.name),
      phone: blankToUndefined(recipient.phone),
      regionCode: recipient.regionCode,
      address: recipient.address?.trim(),
    },
  };
}
