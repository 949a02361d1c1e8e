import { type DeliveryValues, deliveryBody } from './delivery/deliveryApi';
import type { MaterialEntry } from './MaterialCells';

/** What the intake form holds, for one item or for a bundle (一件事). */
export interface IntakeValues {
  windowId: string;
  subject: 'item' | 'bundle';
  itemId?: string;
  bundleId?: string;
  /** 选办: the bundle's items the applicant needs; unset means all of them. */
  itemIds?: string[];
  applicant: {
    kind: 'person' | 'enterprise';
    number: string;
    name?: string;
    phone?: string;
    regionCode?: string;
  };
  byAgent?: boolean;
  agent?: { name: string; idNumber?: string };
  formData?: Record<string, string | undefined>;
  /** The bundle's merged material list as recorded at the window, by merged key. */
  materials?: Record<string, MaterialEntry>;
  delivery?: DeliveryValues;
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * What a window application sends whatever it is for: who applies, the answers
 * to the form on screen (a field of an item or bundle picked before is not
 * sent), and how the result is delivered.
 */
export function applicationBody(values: IntakeValues, formKeys: readonly string[]) {
  return {
    channel: 'window',
    windowId: values.windowId,
    applicant: {
      kind: values.applicant.kind,
      number: values.applicant.number.trim(),
      name: blankToUndefined(values.applicant.name),
      phone: blankToUndefined(values.applicant.phone),
      regionCode: blankToUndefined(values.applicant.regionCode),
    },
    agent:
      values.byAgent && values.agent
        ? { ...values.agent, idNumber: blankToUndefined(values.agent.idNumber) }
        : undefined,
    formData: Object.fromEntries(
      formKeys.flatMap((key) => {
        const answer = values.formData?.[key]?.trim();
        return answer ? [[key, answer]] : [];
      }),
    ),
    delivery: deliveryBody(values.delivery),
  };
}

/** The bundle's application on top: the chosen items and the papers recorded for the merged list on screen. */
export function jointBody(
  values: IntakeValues,
  formKeys: readonly string[],
  materialKeys: readonly string[],
) {
  return {
    ...applicationBody(values, formKeys),
    bundleId: values.bundleId,
    itemIds: values.itemIds,
    materials: materialKeys.flatMap((key) => {
      const entry = values.materials?.[key];
      // Recorded before the case exists, nothing replaces an earlier paper.
      return entry ? [{ key, state: entry.state, reason: entry.reason }] : [];
    }),
  };
}
