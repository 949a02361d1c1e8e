import { sql } from 'kysely';
import type { z } from 'zod';
import type { Db } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import { AppError, forbidden, notFound } from '../../server/errors';
import { hasPermission, regionRootsFor } from '../../shared/roles';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { activeRegion } from './active-region';
import type { CreateHallBody, Hall, UpdateHallBody } from './schemas';

type HallView = z.infer<typeof Hall>;

function selectHalls(db: Db) {
  return db
    .selectFrom('halls as h')
    .innerJoin('regions as r', 'r.code', 'h.region_code')
    .select((eb) => [
      'h.id',
      'h.name',
      'h.level',
      'h.region_code',
      'r.name as region_name',
      'h.address',
      'h.phone',
      'h.opening_hours',
      'h.active',
      eb
        .selectFrom('service_windows as w')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('w.hall_id', '=', 'h.id')
        .where('w.active', '=', true)
        .as('window_count'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectHalls>['executeTakeFirstOrThrow']>>;

function toView(row: Row): HallView {
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    regionCode: row.region_code,
    regionName: row.region_name,
    address: row.address,
    phone: row.phone,
    openingHours: row.opening_hours,
    active: row.active,
    windowCount: row.window_count ?? 0,
  };
}

export async function listHalls(db: Db, actor: StaffActor, regionCode?: string): Promise<HallView[]> {
  const roots = regionRootsFor(actor.grants, 'org.view');
  let query = selectHalls(db).where((eb) => withinRegions(eb, 'h.region_code', roots));
  if (regionCode) query = query.where('h.region_code', 'like', `${regionCode}%`);
  const rows = await query.orderBy('h.region_code').orderBy('h.name').execute();
  return rows.map(toView);
}

/** A hall the actor may see. */
export async function getHall(db: Db, actor: StaffActor, id: string): Promise<HallView> {
  const row = await selectHalls(db).where('h.id', '=', id).executeTakeFirst();
  if (!row || !hasPermission(actor.grants, 'org.view', row.region_code)) throw notFound('服务大厅');
  return toView(row);
}

export async function createHall(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  input: z.infer<typeof CreateHallBody>,
): Promise<HallView> {
  if (!hasPermission(actor.grants, 'org.manage', input.regionCode))
    throw forbidden('您只能在本人管辖的区划内设置大厅');
  return await db.transaction().execute(async (tx) => {
    const region = await activeRegion(tx, input.regionCode);
    const row = await tx
      .insertInto('halls')
      .values({
        name: input.name,
        level: region.level,
        region_code: region.code,
        address: input.address,
        phone: input.phone ?? null,
        opening_hours: JSON.stringify(input.openingHours),
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new AppError(409, 'HALL_EXISTS', '该区划下已有同名大厅');
    const created = await getHall(tx, actor, row.id);
    await recordAudit(tx, audit, {
      action: 'hall.create',
      entityType: 'hall',
      entityId: row.id,
      regionCode: region.code,
      after: created,
    });
    return created;
  });
}

export async function updateHall(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  id: string,
  input: z.infer<typeof UpdateHallBody>,
): Promise<HallView> {
  const before = await getHall(db, actor, id);
  if (!hasPermission(actor.grants, 'org.manage', before.regionCode)) throw forbidden();
  return await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('halls')
      .set({
        name: input.name,
        address: input.address,
        phone: input.phone,
        opening_hours: input.openingHours ? JSON.stringify(input.openingHours) : undefined,
        active: input.active,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = await getHall(tx, actor, id);
    await recordAudit(tx, audit, {
      action: 'hall.update',
      entityType: 'hall',
      entityId: id,
      regionCode: before.regionCode,
      before,
      after,
    });
    return after;
  });
}
