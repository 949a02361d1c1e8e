import type { Db } from '../../../db/database';
import { invalidField, notFound } from '../../../server/errors';
import { maskName } from '../../../shared/phone';
import type { StaffActor } from '../../auth/actor';
import type { CaseAccess } from '../acting';
import { DELIVERY_PURPOSE } from '../case-access';
import { caseTitleColumn } from '../case-queries';
import { logReads } from '../staff-views';
import { deliverersFor } from './delivery-choice';
import { deliveryOperation, pendingDelivery, recordStep, resultDesk } from './delivery-step';
import { loadDelivery } from './delivery-store';
import type { AssignBody, DeliveredBody } from './schemas';

/**
 * 网格员送达: a clerk gives the result to a grid worker of the address's
 * community; that grid worker, and only they, confirms the delivery with a
 * note. Assigning again before the delivery hands it to another grid worker.
 */

export const assignGridWorker = deliveryOperation<AssignBody>(async (context, deps, input) => {
  const delivery = await pendingDelivery(context, 'grid_worker', 'assign_delivery');
  const region = delivery?.address_region_code;
  const worker = region
    ? (await deliverersFor(context.tx, region)).find((candidate) => candidate.id === input.gridWorkerId)
    : undefined;
  if (!worker) {
    throw invalidField('gridWorkerId', '请选择负责收件地址所在社区的网格员', 'GRID_WORKER_NOT_IN_AREA');
  }
  return await recordStep(context, deps, {
    event: 'delivery_assigned',
    details: { gridWorker: worker.name, previous: delivery?.grid_worker_name ?? null },
    delivery: { grid_worker_id: worker.id, grid_worker_name: worker.name, assigned_at: new Date() },
    closes: false,
    message: `社区网格员${maskName(worker.name)}将把结果送到您家。`,
  });
});

/** Only the grid worker the delivery is assigned to may confirm it; anyone else gets 404. */
const assignedGridWorker: CaseAccess = async (actor, row, db) =>
  (await loadDelivery(db, row.id))?.grid_worker_id === actor.id;

export const confirmGridDelivery = deliveryOperation<DeliveredBody>(async (context, deps, input) => {
  const delivery = await pendingDelivery(context, 'grid_worker', 'deliver');
  const receivedBy = input.receivedBy ?? delivery?.recipient_name ?? null;
  // At the door, not at a window: the grid worker's own channel.
  const atTheDoor = { ...context, eventActor: { ...context.eventActor, channel: 'agent' as const } };
  return await recordStep(atTheDoor, deps, {
    event: 'result_delivered',
    details: { note: input.note, receivedBy },
    delivery: { delivered_at: new Date(), received_by: receivedBy, note: input.note },
    closes: true,
    message: '网格员已把办理结果送到，本件办结。',
  });
}, assignedGridWorker);

/**
 * The grid worker's deliveries: those still to make, with the recipient and the
 * full address (reading them is logged, as every staff read of a case's
 * personal data is), then the latest made, with the name masked.
 */
export async function myDeliveries(db: Db, actor: StaffActor, ip: string | null) {
  const rows = await db
    .selectFrom('case_deliveries as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    // A joint case's results travel together, on its parent: the bundle names it.
    .leftJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
    )
    .leftJoin('catalog_bundles as b', 'b.id', 'c.bundle_id')
    .leftJoin('regions as r', 'r.code', 'd.address_region_code')
    .select([
      'c.id',
      'c.case_number',
      'c.row_version',
      'c.competent_region_code',
      caseTitleColumn,
      'd.recipient_name',
      'd.recipient_phone',
      'd.address',
      'r.name as region_name',
      'd.assigned_at',
      'd.delivered_at',
      'd.received_by',
      'd.note',
    ])
    .where('d.grid_worker_id', '=', actor.id)
    .orderBy('d.delivered_at', (order) => order.desc().nullsFirst())
    .orderBy('d.assigned_at', 'desc')
    .limit(100)
    .execute();
  await logReads(
    db,
    actor,
    ip,
    rows.filter((row) => !row.delivered_at),
    DELIVERY_PURPOSE,
  );
  return rows.map((row) => {
    const done = row.delivered_at !== null;
    return {
      caseId: row.id,
      caseNumber: row.case_number,
      version: row.row_version,
      itemName: row.item_name,
      recipientName: done ? maskName(row.recipient_name ?? '') : (row.recipient_name ?? ''),
      recipientPhone: done ? null : row.recipient_phone,
      regionName: row.region_name ?? '',
      address: done ? null : row.address,
      assignedAt: (row.assigned_at as Date).toISOString(),
      deliveredAt: row.delivered_at?.toISOString() ?? null,
      receivedBy: done && row.received_by ? maskName(row.received_by) : null,
      note: row.note,
    };
  });
}

/** The grid workers a clerk may give the case's result to: those of the address's community. */
export async function gridWorkersForCase(db: Db, actor: StaffActor, caseId: string) {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row || !(await resultDesk(actor, row, db))) throw notFound('办件');
  const delivery = await loadDelivery(db, caseId);
  if (!delivery?.address_region_code) return [];
  const workers = await deliverersFor(db, delivery.address_region_code);
  return workers.map((worker) => ({
    id: worker.id,
    name: worker.name,
    regionName: worker.region_name ?? '',
  }));
}
