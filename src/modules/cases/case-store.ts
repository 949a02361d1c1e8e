import type { Selectable, SelectQueryBuilder, Updateable } from 'kysely';
import type { Db, Tx } from '../../db/database';
import type { CaseEventsTable, CaseMaterialsTable, CasesTable, Database } from '../../db/schema';
import { conflict, notFound } from '../../server/errors';
import type { CaseEventKind } from '../../shared/case-terms';
import { type CaseItem, toCaseItem } from './case-item';
import type { CaseMaterial } from './rules/materials';

/**
 * Reading and writing a case inside an operation's transaction: the row locked
 * with its version checked, its materials, its history.
 */

export type CaseRow = Selectable<CasesTable>;

/** Who did something to a case, from where, through which channel. */
export interface EventActor {
  kind: 'staff' | 'resident' | 'system';
  id: string | null;
  name: string;
  officeName: string | null;
  hallId: string | null;
  windowId: string | null;
  place: string | null;
  channel: CaseEventsTable['channel'];
}

/** Locks the case for the rest of the transaction: acts on one case run one after another. */
export async function lockCase(tx: Tx, caseId: string): Promise<CaseRow> {
  const row = await tx
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('办件');
  return row;
}

/**
 * Locks the case as lockCase does (only the case's row: FOR UPDATE OF) and reads
 * the item version it keeps for life with it, in one round trip: nearly every
 * act on a case needs both. A joint case's parent has no item (null).
 */
export async function lockCaseWithItem(
  tx: Tx,
  caseId: string,
): Promise<{ row: CaseRow; item: CaseItem | null }> {
  const found = await lockedWithItem(tx, caseId);
  if (!found) throw notFound('办件');
  return found;
}

/** The same for the case of a task, found in the same statement; null when there is no such task. */
export async function lockCaseOfTask(
  tx: Tx,
  taskId: string,
): Promise<{ row: CaseRow; item: CaseItem | null } | null> {
  return await lockedWithItem(tx, tx.selectFrom('case_tasks').select('case_id').where('id', '=', taskId));
}

async function lockedWithItem(
  tx: Tx,
  caseId: string | SelectQueryBuilder<Database, 'case_tasks', { case_id: string }>,
): Promise<{ row: CaseRow; item: CaseItem | null } | null> {
  const found = await tx
    .selectFrom('cases as c')
    .leftJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
    )
    .leftJoin('departments as d', 'd.id', 'v.department_id')
    .selectAll('c')
    .select([
      'v.basic_code as item_basic_code',
      'v.content as item_content',
      'd.id as item_department_id',
      'd.name as item_department_name',
      'd.region_code as item_department_region',
    ])
    .where('c.id', '=', caseId)
    .forUpdate('c')
    .executeTakeFirst();
  if (!found) return null;
  const {
    item_basic_code,
    item_content,
    item_department_id,
    item_department_name,
    item_department_region,
    ...row
  } = found;
  const item =
    row.item_id === null || row.item_version === null
      ? null
      : toCaseItem({
          item_id: row.item_id,
          version: row.item_version,
          basic_code: item_basic_code as string,
          content: item_content,
          department_id: item_department_id as string,
          department_name: item_department_name as string,
          department_region: item_department_region as string,
        });
  return { row, item };
}

/**
 * The version the caller saw must be the current one: of two clerks acting on
 * the same version, the second finds it changed and gets 409 (never a silent overwrite).
 */
export function checkVersion(row: CaseRow, expectedVersion: number): void {
  if (row.row_version !== expectedVersion) {
    throw conflict(
      'CASE_VERSION_CONFLICT',
      `办件 ${row.case_number} 刚刚已被他人处理（当前为第${row.row_version}版，您看到的是第${expectedVersion}版），请刷新后再操作`,
      { currentVersion: row.row_version, status: row.status },
    );
  }
}

/** Writes the changes and the next version; returns the row as it now is. */
export async function updateCase(tx: Tx, row: CaseRow, changes: Updateable<CasesTable>): Promise<CaseRow> {
  return await tx
    .updateTable('cases')
    .set({ ...changes, row_version: row.row_version + 1, updated_at: new Date() })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function appendEvent(
  tx: Tx,
  row: CaseRow,
  kind: CaseEventKind,
  actor: EventActor,
  details: Record<string, unknown> = {},
): Promise<number> {
  const event = await tx
    .insertInto('case_events')
    .values({
      case_id: row.id,
      region_code: row.competent_region_code,
      kind,
      status: row.status,
      actor_kind: actor.kind,
      actor_id: actor.id,
      actor_name: actor.name,
      office_name: actor.officeName,
      hall_id: actor.hallId,
      window_id: actor.windowId,
      place: actor.place,
      channel: actor.channel,
      details: JSON.stringify(details),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return event.id;
}

/** The case's material rows, main materials first (a query, so a case's whole view can nest it). */
export function materialRowsOf(db: Db | Tx, caseId: string) {
  return db
    .selectFrom('case_materials')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('required', 'desc');
}

type MaterialRow = Omit<Selectable<CaseMaterialsTable>, 'submitted_at' | 'updated_at'> & {
  /** A Date, or text when the row comes nested in JSON. */
  submitted_at: Date | string | null;
};

export function materialOf(row: MaterialRow): CaseMaterial {
  return {
    key: row.material_key,
    name: row.name,
    required: row.required,
    state: row.state,
    defectReason: row.defect_reason,
    materialId: row.material_id,
    certificateId: row.certificate_id,
    promisedDue: row.promised_due,
    submittedAt: row.submitted_at === null ? null : new Date(row.submitted_at),
  };
}

export async function loadMaterials(db: Db | Tx, caseId: string): Promise<CaseMaterial[]> {
  return (await materialRowsOf(db, caseId).execute()).map(materialOf);
}

/** Writes the given materials of the case (all of them at creation, the changed ones later). */
export async function saveMaterials(tx: Tx, row: CaseRow, materials: readonly CaseMaterial[]): Promise<void> {
  if (materials.length === 0) return;
  const now = new Date();
  await tx
    .insertInto('case_materials')
    .values(
      materials.map((material) => ({
        case_id: row.id,
        material_key: material.key,
        region_code: row.competent_region_code,
        name: material.name,
        required: material.required,
        state: material.state,
        defect_reason: material.defectReason,
        material_id: material.materialId,
        certificate_id: material.certificateId,
        promised_due: material.promisedDue,
        submitted_at: material.submittedAt,
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['case_id', 'material_key']).doUpdateSet((eb) => ({
        state: eb.ref('excluded.state'),
        defect_reason: eb.ref('excluded.defect_reason'),
        material_id: eb.ref('excluded.material_id'),
        certificate_id: eb.ref('excluded.certificate_id'),
        promised_due: eb.ref('excluded.promised_due'),
        submitted_at: eb.ref('excluded.submitted_at'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** The materials whose recorded facts differ between two lists of the same case. */
export function changedMaterials(
  before: readonly CaseMaterial[],
  after: readonly CaseMaterial[],
): CaseMaterial[] {
  return after.filter((material) => {
    const old = before.find((candidate) => candidate.key === material.key);
    return JSON.stringify(old) !== JSON.stringify(material);
  });
}
