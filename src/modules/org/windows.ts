import type { z } from 'zod';
import type { Db } from '../../db/database';
import { AppError, forbidden, notFound } from '../../server/errors';
import { hasPermission } from '../../shared/roles';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { getHall } from './halls';
import type { CreateWindowBody, ServiceWindow, UpdateWindowBody } from './schemas';

type WindowView = z.infer<typeof ServiceWindow>;

const COLUMNS = ['id', 'hall_id', 'number', 'name', 'kind', 'active'] as const;

function toView(row: {
  id: string;
  hall_id: string;
  number: number;
  name: string;
  kind: WindowView['kind'];
  active: boolean;
}): WindowView {
  return {
    id: row.id,
    hallId: row.hall_id,
    number: row.number,
    name: row.name,
    kind: row.kind,
    active: row.active,
  };
}

export async function listWindows(db: Db, actor: StaffActor, hallId: string): Promise<WindowView[]> {
  await getHall(db, actor, hallId);
  const rows = await db
    .selectFrom('service_windows')
    .select(COLUMNS)
    .where('hall_id', '=', hallId)
    .orderBy('number')
    .execute();
  return rows.map(toView);
}

const numberTaken = (number: number) =>
  new AppError(409, 'WINDOW_NUMBER_TAKEN', `本大厅已有${number}号窗口`, [
    { field: 'number', label: '窗口号', message: `本大厅已有${number}号窗口` },
  ]);

export async function createWindow(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  hallId: string,
  input: z.infer<typeof CreateWindowBody>,
): Promise<WindowView> {
  const hall = await getHall(db, actor, hallId);
  if (!hasPermission(actor.grants, 'org.manage', hall.regionCode)) throw forbidden();
  return await db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('service_windows')
      .values({ hall_id: hallId, number: input.number, name: input.name, kind: input.kind })
      .onConflict((oc) => oc.columns(['hall_id', 'number']).doNothing())
      .returning(COLUMNS)
      .executeTakeFirst();
    if (!row) throw numberTaken(input.number);
    const view = toView(row);
    await recordAudit(tx, audit, {
      action: 'window.create',
      entityType: 'window',
      entityId: view.id,
      regionCode: hall.regionCode,
      after: { ...view, hallName: hall.name },
    });
    return view;
  });
}

export async function updateWindow(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  id: string,
  input: z.infer<typeof UpdateWindowBody>,
): Promise<WindowView> {
  const current = await db
    .selectFrom('service_windows')
    .select(COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!current) throw notFound('窗口');
  const hall = await getHall(db, actor, current.hall_id);
  if (!hasPermission(actor.grants, 'org.manage', hall.regionCode)) throw forbidden();
  return await db.transaction().execute(async (tx) => {
    if (input.number !== undefined && input.number !== current.number) {
      const clash = await tx
        .selectFrom('service_windows')
        .select('id')
        .where('hall_id', '=', current.hall_id)
        .where('number', '=', input.number)
        .executeTakeFirst();
      if (clash) throw numberTaken(input.number);
    }
    const row = await tx
      .updateTable('service_windows')
      .set({
        number: input.number,
        name: input.name,
        kind: input.kind,
        active: input.active,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    const view = toView(row);
    await recordAudit(tx, audit, {
      action: 'window.update',
      entityType: 'window',
      entityId: id,
      regionCode: hall.regionCode,
      before: toView(current),
      after: view,
    });
    return view;
  });
}
