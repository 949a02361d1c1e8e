import type { Db, Tx } from '../../../db/database';
import { CARRIERS, DELIVERY_METHODS } from '../../../shared/case-terms';
import type { CaseRow } from '../case-store';
import { deliveryChangeable, deliveryStage, maskedAddress } from '../rules/delivery';
import { type DeliveryRow, type PickupPlace, pickupPlaceOf, regionPath } from './delivery-store';
import type { DeliveryView, PublicDelivery } from './views';

/** Reading a case's delivery: whole for staff and the applicant, without personal data for the public page. */

const iso = (value: Date | null | undefined) => value?.toISOString() ?? null;

const factsOf = (delivery: DeliveryRow | null) => ({
  postedAt: delivery?.posted_at ?? null,
  assignedAt: delivery?.assigned_at ?? null,
  deliveredAt: delivery?.delivered_at ?? null,
});

/** The delivery part of a case's whole view, from the delivery row and pickup place its query read. */
export async function deliveryDetail(
  db: Db | Tx,
  row: CaseRow,
  read: { delivery: DeliveryRow | null; pickupPlace: PickupPlace },
  nameOf: (name: string, kind: string) => string,
): Promise<DeliveryView> {
  const { delivery, pickupPlace } = read;
  const facts = factsOf(delivery);
  const regionName = delivery?.address_region_code ? await regionPath(db, delivery.address_region_code) : '';
  return {
    method: row.delivery_method,
    stage: deliveryStage(row.status, facts),
    changeable: deliveryChangeable(row.status, facts),
    recipient:
      delivery?.address && delivery.address_region_code
        ? {
            name: delivery.recipient_name ?? '',
            phone: delivery.recipient_phone ?? '',
            regionCode: delivery.address_region_code,
            regionName,
            address: delivery.address,
          }
        : null,
    pickupPlace,
    readyAt: iso(delivery?.ready_at),
    carrier: delivery?.carrier ?? null,
    trackingNumber: delivery?.tracking_number ?? null,
    postedAt: iso(facts.postedAt),
    gridWorker:
      delivery?.grid_worker_id && delivery.grid_worker_name
        ? { id: delivery.grid_worker_id, name: nameOf(delivery.grid_worker_name, 'staff') }
        : null,
    assignedAt: iso(facts.assignedAt),
    deliveredAt: iso(facts.deliveredAt),
    receivedBy: delivery?.received_by ?? null,
    note: delivery?.note ?? null,
  };
}

type PublicCase = Pick<
  CaseRow,
  'status' | 'delivery_method' | 'hall_id' | 'intake_region_code' | 'competent_department_id'
>;

/**
 * The public page's part, from the delivery row its query read: the method, where
 * the delivery stands, the carrier and tracking number, the address down to the
 * community only.
 */
export async function publicDelivery(
  db: Db,
  row: PublicCase,
  delivery: DeliveryRow | null,
): Promise<PublicDelivery> {
  const facts = factsOf(delivery);
  const stage = deliveryStage(row.status, facts);
  const showPickup = row.delivery_method === 'window_pickup' && stage === 'ready';
  return {
    method: row.delivery_method,
    methodLabel: DELIVERY_METHODS[row.delivery_method],
    stage,
    pickupPlace: showPickup ? await pickupPlaceOf(db, row) : null,
    carrier: delivery?.carrier ?? null,
    carrierLabel: delivery?.carrier ? CARRIERS[delivery.carrier] : null,
    trackingNumber: delivery?.tracking_number ?? null,
    addressMasked: delivery?.address_region_code
      ? maskedAddress(await regionPath(db, delivery.address_region_code.slice(0, 9)))
      : null,
    readyAt: iso(delivery?.ready_at),
    postedAt: iso(facts.postedAt),
    deliveredAt: iso(facts.deliveredAt),
  };
}
