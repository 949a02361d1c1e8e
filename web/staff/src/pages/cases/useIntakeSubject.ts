import type { FormInstance } from 'antd';
import { Form } from 'antd';
import { useApi } from '../../api/useApi';
import type { ItemContent, ItemVersion } from '../catalog/types';
import type { Bundle } from './BundleChoice';
import type { IntakeValues } from './intakeBody';

export interface IntakeSubject {
  subject: IntakeValues['subject'];
  /** The single item picked, when the subject is an item. */
  item: ItemVersion | undefined;
  /** The bundle picked, with its items. */
  bundle: Bundle | undefined;
  /** Its form and material list merged for the items chosen; none while no item is. */
  merged: Bundle['merged'] | undefined;
  /** The form on screen: the item's, or the bundle's merged form. */
  fields: ItemContent['formFields'];
  courierOffered: boolean;
}

/** What the intake form is for: one item, or a bundle (一件事) merged for the items the applicant needs. */
export function useIntakeSubject(form: FormInstance<IntakeValues>): IntakeSubject {
  const subject: IntakeValues['subject'] = Form.useWatch('subject', form) ?? 'item';
  const itemId: string | undefined = Form.useWatch('itemId', form);
  const bundleId: string | undefined = Form.useWatch('bundleId', form);
  const itemIds: string[] | undefined = Form.useWatch('itemIds', form);
  const item = useApi<ItemVersion>(subject === 'item' && itemId ? `/api/catalog/items/${itemId}` : null);
  const chosen = itemIds ? `?itemIds=${itemIds.join(',')}` : '';
  // With every item unticked there is nothing to merge; the last answer still lists the items.
  const asked = subject === 'bundle' && bundleId && itemIds?.length !== 0;
  const reply = useApi<Bundle>(asked ? `/api/catalog/bundles/${bundleId}${chosen}` : null);
  if (subject === 'bundle') {
    // An answer for the bundle picked before is not this one's.
    const bundle = bundleId && reply.data?.bundleId === bundleId ? reply.data : undefined;
    const merged = itemIds?.length === 0 ? undefined : bundle?.merged;
    return {
      subject,
      item: undefined,
      bundle,
      merged,
      fields: merged?.formFields ?? [],
      courierOffered: merged?.courierDelivery ?? false,
    };
  }
  const shown = itemId ? item.data : undefined;
  return {
    subject,
    item: shown,
    bundle: undefined,
    merged: undefined,
    fields: shown?.content.formFields ?? [],
    courierOffered: shown?.content.courierDelivery ?? false,
  };
}
