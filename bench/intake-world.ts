import { writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '../src/db/database';

/** What the intake bench drives: the clerk's windows and item, and the codes it looks up. */

export const INTAKE_ITEM = '城乡居民基本养老保险参保登记';
export const CHAOMING_HALL = '潮鸣街道便民服务中心';

/** The 3-material item of the bench (all three required), and the hall's comprehensive windows. */
export async function intakeTarget(db: Db) {
  const item = await db
    .selectFrom('catalog_items as i')
    .innerJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.published_version'),
    )
    .select(['i.id', 'v.content', 'v.department_id'])
    .where('v.name', '=', INTAKE_ITEM)
    .executeTakeFirstOrThrow();
  const materials = (item.content as { materials: { key: string; required: boolean }[] }).materials;
  const windows = await db
    .selectFrom('service_windows as w')
    .innerJoin('halls as h', 'h.id', 'w.hall_id')
    .select(['w.id', 'w.hall_id'])
    .where('h.name', '=', CHAOMING_HALL)
    .where('w.kind', '=', 'comprehensive')
    .orderBy('w.number')
    .execute();
  return {
    itemId: item.id,
    departmentId: item.department_id,
    hallId: windows[0]?.hall_id ?? '',
    materialKeys: materials.map((material) => material.key),
    formData: { contribution_grade: '第二档' },
    windowIds: windows.map((window) => window.id),
  };
}

/** Public codes of loaded cases spread over the whole table, one a line, for the progress look-ups. */
export async function sampleCodes(db: Db, file: string, count: number): Promise<void> {
  const { rows } = await sql<{ public_code: string }>`
    SELECT public_code FROM cases TABLESAMPLE SYSTEM (5) ORDER BY random() LIMIT ${count}
  `.execute(db);
  writeFileSync(file, `${rows.map((row) => row.public_code).join('\n')}\n`);
}
