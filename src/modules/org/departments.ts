import type { z } from 'zod';
import type { Db } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import { AppError, forbidden, notFound } from '../../server/errors';
import type { DepartmentKind } from '../../shared/org-kinds';
import { hasPermission, regionRootsFor } from '../../shared/roles';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { activeRegion } from './active-region';
import type { CreateDepartmentBody, Department, UpdateDepartmentBody } from './schemas';

type DepartmentView = z.infer<typeof Department>;

function selectDepartments(db: Db) {
  return db
    .selectFrom('departments as d')
    .innerJoin('regions as r', 'r.code', 'd.region_code')
    .select([
      'd.id',
      'd.name',
      'd.kind',
      'd.level',
      'd.region_code',
      'r.name as region_name',
      'd.credit_code',
      'd.phone',
      'd.active',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectDepartments>['executeTakeFirstOrThrow']>>;

function toView(row: Row): DepartmentView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as DepartmentKind,
    level: row.level,
    regionCode: row.region_code,
    regionName: row.region_name,
    creditCode: row.credit_code,
    phone: row.phone,
    active: row.active,
  };
}

/** Departments in the actor's regions, optionally only those of one region subtree. */
export async function listDepartments(
  db: Db,
  actor: StaffActor,
  regionCode?: string,
): Promise<DepartmentView[]> {
  const roots = regionRootsFor(actor.grants, 'org.view');
  let query = selectDepartments(db).where((eb) => withinRegions(eb, 'd.region_code', roots));
  if (regionCode) query = query.where('d.region_code', 'like', `${regionCode}%`);
  const rows = await query.orderBy('d.region_code').orderBy('d.name').execute();
  return rows.map(toView);
}

async function getDepartment(db: Db, id: string): Promise<DepartmentView> {
  const row = await selectDepartments(db).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('部门');
  return toView(row);
}

export async function createDepartment(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  input: z.infer<typeof CreateDepartmentBody>,
): Promise<DepartmentView> {
  if (!hasPermission(actor.grants, 'org.manage', input.regionCode))
    throw forbidden('您只能在本人管辖的区划内设置部门');
  return await db.transaction().execute(async (tx) => {
    const region = await activeRegion(tx, input.regionCode);
    const row = await tx
      .insertInto('departments')
      .values({
        name: input.name,
        kind: input.kind,
        level: region.level,
        region_code: region.code,
        credit_code: input.creditCode ?? null,
        phone: input.phone ?? null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row)
      throw new AppError(409, 'DEPARTMENT_EXISTS', '该区划下已有同名部门，或统一社会信用代码已被使用');
    const created = await getDepartment(tx, row.id);
    await recordAudit(tx, audit, {
      action: 'department.create',
      entityType: 'department',
      entityId: row.id,
      regionCode: region.code,
      after: created,
    });
    return created;
  });
}

export async function updateDepartment(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  id: string,
  input: z.infer<typeof UpdateDepartmentBody>,
): Promise<DepartmentView> {
  const before = await getDepartment(db, id);
  if (!hasPermission(actor.grants, 'org.manage', before.regionCode)) throw forbidden();
  return await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('departments')
      .set({
        name: input.name,
        kind: input.kind,
        credit_code: input.creditCode,
        phone: input.phone,
        active: input.active,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = await getDepartment(tx, id);
    await recordAudit(tx, audit, {
      action: 'department.update',
      entityType: 'department',
      entityId: id,
      regionCode: before.regionCode,
      before,
      after,
    });
    return after;
  });
}
