import type { z } from 'zod';
import type { Db } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import { AppError, forbidden, invalidField, notFound } from '../../server/errors';
import { parentRegionCode, REGION_LEVEL_LABELS, regionLevelOfCode } from '../../shared/region-code';
import { hasPermission, regionRootsFor } from '../../shared/roles';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import type { CreateRegionBody, Region, UpdateRegionBody } from './schemas';

type RegionView = z.infer<typeof Region>;

const COLUMNS = ['code', 'name', 'level', 'parent_code', 'sort_order', 'active'] as const;

function toView(row: {
  code: string;
  name: string;
  level: RegionView['level'];
  parent_code: string | null;
  sort_order: number;
  active: boolean;
}): RegionView {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.parent_code,
    sortOrder: row.sort_order,
    active: row.active,
  };
}

/** The regions the actor may see, in tree order. */
export async function listRegions(db: Db, actor: StaffActor): Promise<RegionView[]> {
  const roots = regionRootsFor(actor.grants, 'org.view');
  const rows = await db
    .selectFrom('regions')
    .select(COLUMNS)
    .where((eb) => withinRegions(eb, 'code', roots))
    .orderBy((eb) => eb.fn('length', ['code']))
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
  return rows.map(toView);
}

/** Every active region, for anyone choosing an address (a result's delivery): names of places are public. */
export async function listActiveRegions(db: Db): Promise<RegionView[]> {
  const rows = await db
    .selectFrom('regions')
    .select(COLUMNS)
    .where('active', '=', true)
    .orderBy((eb) => eb.fn('length', ['code']))
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
  return rows.map(toView);
}

export async function createRegion(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  input: z.infer<typeof CreateRegionBody>,
): Promise<RegionView> {
  const level = regionLevelOfCode(input.code);
  if (!level) throw invalidField('code', '区划代码应为6位、9位或12位数字');
  const parentCode = parentRegionCode(input.code);
  // A new district needs platform-wide rights; anything below needs rights over its parent.
  if (!hasPermission(actor.grants, 'org.manage', parentCode ?? '')) {
    throw forbidden('您只能在本人管辖的区划内新增下级区划');
  }
  return await db.transaction().execute(async (tx) => {
    if (parentCode) {
      const parent = await tx
        .selectFrom('regions')
        .select(['code', 'active'])
        .where('code', '=', parentCode)
        .executeTakeFirst();
      if (!parent?.active) {
        throw invalidField(
          'code',
          `上级区划 ${parentCode} 不存在或已停用，${REGION_LEVEL_LABELS[level]}代码须以上级代码开头`,
        );
      }
    }
    const row = await tx
      .insertInto('regions')
      .values({
        code: input.code,
        name: input.name,
        level,
        parent_code: parentCode,
        sort_order: input.sortOrder,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .returning(COLUMNS)
      .executeTakeFirst();
    if (!row) throw new AppError(409, 'REGION_CODE_TAKEN', `区划代码 ${input.code} 已存在`);
    const view = toView(row);
    await recordAudit(tx, audit, {
      action: 'region.create',
      entityType: 'region',
      entityId: view.code,
      regionCode: view.code,
      after: view,
    });
    return view;
  });
}

export async function updateRegion(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  code: string,
  input: z.infer<typeof UpdateRegionBody>,
): Promise<RegionView> {
  if (!hasPermission(actor.grants, 'org.manage', code)) throw forbidden();
  return await db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('regions')
      .select(COLUMNS)
      .where('code', '=', code)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound('区划');
    if (input.active === false && current.active) {
      const child = await tx
        .selectFrom('regions')
        .select('code')
        .where('parent_code', '=', code)
        .where('active', '=', true)
        .executeTakeFirst();
      if (child) throw new AppError(409, 'REGION_HAS_ACTIVE_CHILDREN', '请先停用该区划下的所有下级区划');
    }
    const row = await tx
      .updateTable('regions')
      .set({
        name: input.name ?? current.name,
        sort_order: input.sortOrder ?? current.sort_order,
        active: input.active ?? current.active,
        updated_at: new Date(),
      })
      .where('code', '=', code)
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    const view = toView(row);
    await recordAudit(tx, audit, {
      action: 'region.update',
      entityType: 'region',
      entityId: code,
      regionCode: code,
      before: toView(current),
      after: view,
    });
    return view;
  });
}
