import type { Selectable, Updateable } from 'kysely';
import type { Db, Tx } from '../../../db/database';
import type { CaseDeliveriesTable } from '../../../db/schema';
import type { CaseRow } from '../case-store';
import type { Destination } from '../rules/delivery';

/**
 * The delivery row of a case (case_deliveries): the address of a courier or
 * grid-worker delivery and the course of the delivery. A case has one once it
 * has an address or a result; before that, no row means nothing to deliver yet.
 */

export type DeliveryRow = Selectable<CaseDeliveriesTable>;

export async function loadDelivery(db: Db | Tx, caseId: string): Promise<DeliveryRow | null> {
  const row = await db
    .selectFrom('case_deliveries')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row ?? null;
}

/** The delivery row from a JSON aggregate, its times (text there) back to Dates. */
export function deliveryRowOf(json: Record<string, unknown> | null): DeliveryRow | null {
  if (json === null) return null;
  const time = (key: string) => (json[key] === null ? null : new Date(json[key] as string));
  return {
    ...(json as unknown as DeliveryRow),
    ready_at: time('ready_at'),
    posted_at: time('posted_at'),
    assigned_at: time('assigned_at'),
    delivered_at: time('delivered_at'),
    updated_at: time('updated_at') as Date,
  };
}

/**
 * Writes the given facts of the case's delivery, creating its row if it has none.
 * Not an upsert: PostgreSQL checks the proposed insert row against the CHECK
 * constraints before it finds the conflict, and a later step alone (delivered,
 * without the ready time) is not a whole row. The case is locked, so no race.
 */
export async function saveDelivery(
  tx: Tx,
  row: CaseRow,
  changes: Omit<Updateable<CaseDeliveriesTable>, 'case_id' | 'region_code'>,
): Promise<DeliveryRow> {
  const values = { ...changes, updated_at: new Date() };
  const updated = await tx
    .updateTable('case_deliveries')
    .set(values)
    .where('case_id', '=', row.id)
    .returningAll()
    .executeTakeFirst();
  return (
    updated ??
    (await tx
      .insertInto('case_deliveries')
      .values({ case_id: row.id, region_code: row.competent_region_code, ...values })
      .returningAll()
      .executeTakeFirstOrThrow())
  );
}

/** 330103004001 -> 下城区潮鸣街道小天竺社区: the names of the region and the regions above it that we know. */
export async function regionPath(db: Db | Tx, code: string): Promise<string> {
  const prefixes = [6, 9, 12]
    .filter((length) => length <= code.length)
    .map((length) => code.slice(0, length));
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', 'in', prefixes)
    .execute();
  return rows
    .sort((a, b) => a.code.length - b.code.length)
    .map((region) => region.name)
    .join('');
}

export interface PickupPlace {
  name: string;
  address: string;
  phone: string | null;
}

type PickupCase = Pick<CaseRow, 'hall_id' | 'intake_region_code' | 'competent_department_id'>;

/** The hall where a result is collected (a query, so a case's whole view can nest it). */
export function pickupHallOf(db: Db | Tx, row: PickupCase) {
  return db
    .selectFrom('halls')
    .select(['name', 'address', 'phone'])
    .where('active', '=', true)
    .where((eb) =>
      row.hall_id ? eb('id', '=', row.hall_id) : eb('region_code', '=', row.intake_region_code),
    )
    .orderBy('name')
    .limit(1);
}

/** The hall, or where there is none the competent office itself. */
export const pickupPlaceFrom = (
  hall: PickupPlace | null | undefined,
  office: { name: string; phone: string | null },
): PickupPlace => hall ?? { name: office.name, address: '', phone: office.phone };

/**
 * Where a result is collected: the hall that took the application (一窗受理、一窗出件),
 * for online and agent cases the hall of their intake street, else the office itself.
 */
export async function pickupPlaceOf(db: Db | Tx, row: PickupCase): Promise<PickupPlace> {
  const hall = await pickupHallOf(db, row).executeTakeFirst();
  if (hall) return hall;
  const office = await db
    .selectFrom('departments')
    .select(['name', 'phone'])
    .where('id', '=', row.competent_department_id)
    .executeTakeFirstOrThrow();
  return pickupPlaceFrom(null, office);
}

export const placeText = (place: PickupPlace) =>
  place.address ? `${place.name}（${place.address}）` : place.name;

/** Where the result goes, in words, for the result notice and the text message. */
export async function destinationOf(
  db: Db | Tx,
  row: CaseRow,
  delivery: DeliveryRow | null,
): Promise<Destination> {
  const address =
    delivery?.address && delivery.address_region_code
      ? `${await regionPath(db, delivery.address_region_code)}${delivery.address}`
      : null;
  return { pickupPlace: placeText(await pickupPlaceOf(db, row)), address };
}
