import { sql } from 'kysely';
import type { Db, Tx } from '../../../db/database';
import { conflict, invalidField } from '../../../server/errors';
import type { DeliveryMethod } from '../../../shared/case-terms';
import { ROLE_PERMISSIONS, ROLES } from '../../../shared/roles';
import type { ItemContent } from '../../catalog/item-content';
import type { DeliveryChoice } from './choice-schema';

/**
 * The applicant's choice of how to get the result, checked against the item
 * and the places we know: courier only where the item offers it, an address
 * in a region of the platform, a grid worker's delivery only to a community
 * that has a grid worker.
 */

export interface DeliveryAddress {
  recipientName: string;
  recipientPhone: string;
  regionCode: string;
  address: string;
}

export interface CheckedDelivery {
  method: DeliveryMethod;
  /** Null for window pickup. */
  address: DeliveryAddress | null;
}

export const WINDOW_PICKUP: CheckedDelivery = { method: 'window_pickup', address: null };

const DELIVERING_ROLES = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('case.deliver'));

/** Active staff who may deliver to the region (a grid worker whose grid contains it). */
export async function deliverersFor(db: Db | Tx, regionCode: string) {
  const rows = await db
    .selectFrom('staff_users as s')
    .innerJoin('role_grants as g', 'g.user_id', 's.id')
    .leftJoin('regions as r', 'r.code', 'g.region_code')
    .select(['s.id', 's.display_name as name', 'r.name as region_name'])
    .where('g.role', 'in', DELIVERING_ROLES)
    .where('s.active', '=', true)
    .where((eb) =>
      eb.or([eb('g.region_code', 'is', null), sql<boolean>`${regionCode} LIKE g.region_code || '%'`]),
    )
    .orderBy('s.display_name')
    .execute();
  // A grid worker with two grants over the region is listed once.
  return rows.filter((row, index) => rows.findIndex((other) => other.id === row.id) === index);
}

const field = (name: string) => `delivery.recipient.${name}`;

export async function checkDelivery(
  db: Db | Tx,
  /** The item, or for a joint case's parent its bundle (courier only if every item offers it). */
  content: Pick<ItemContent, 'name' | 'courierDelivery'>,
  choice: DeliveryChoice | undefined,
  applicant: { name: string; phone: string },
): Promise<CheckedDelivery> {
  if (!choice || choice.method === 'window_pickup') return WINDOW_PICKUP;
  if (choice.method === 'courier' && !content.courierDelivery) {
    throw conflict('COURIER_NOT_OFFERED', `“${content.name}”不提供快递送达，请选择窗口领取或网格员送达`);
  }
  const { recipient } = choice;
  const region = await db
    .selectFrom('regions')
    .select(['code', 'level'])
    .where('code', '=', recipient.regionCode)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!region) {
    throw invalidField(
      field('regionCode'),
      '请从列表中选择地址所在的区划（本平台只能送达到所辖区划内）',
      'ADDRESS_REGION_UNKNOWN',
    );
  }
  if (choice.method === 'grid_worker') {
    if (region.level !== 'community') {
      throw invalidField(field('regionCode'), '网格员按社区送达，请选到社区', 'ADDRESS_NOT_IN_COMMUNITY');
    }
    if ((await deliverersFor(db, region.code)).length === 0) {
      throw conflict('NO_GRID_WORKER', '该社区暂无网格员，请选择窗口领取或快递送达');
    }
  }
  return {
    method: choice.method,
    address: {
      recipientName: recipient.name ?? applicant.name,
      recipientPhone: recipient.phone ?? applicant.phone,
      regionCode: region.code,
      address: recipient.address,
    },
  };
}

/** The delivery row's address columns for a checked choice (all null for window pickup). */
export const addressColumns = (address: DeliveryAddress | null) => ({
  recipient_name: address?.recipientName ?? null,
  recipient_phone: address?.recipientPhone ?? null,
  address_region_code: address?.regionCode ?? null,
  address: address?.address ?? null,
});
