import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { notFound } from '../../../server/errors';
import { maskCitizenId } from '../../../shared/citizen-id';
import { importLockKey } from './process-import';

/**
 * Imports as their report screens show them. Numbers in reports are masked:
 * a report says which row and why, and the person's data is read only
 * through a grant on the profile page.
 */
const INTERRUPTED = '导入未完成即中断（服务曾重启），未导入任何数据，请重新导入';

/**
 * An import still "running" that no live process holds the lock of was cut
 * off (its transaction rolled back), so it is marked failed. The minute of
 * grace covers the moment between the answer and the worker taking its lock.
 */
async function settleInterrupted(db: Db, importId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('registry_imports')
      .select('id')
      .where('id', '=', importId)
      .where('status', '=', 'running')
      .where('started_at', '<', sql<Date>`now() - interval '1 minute'`)
      .where(sql<boolean>`pg_try_advisory_xact_lock(${importLockKey(importId)})`)
      .forUpdate()
      .executeTakeFirst();
    if (row) {
      await tx
        .updateTable('registry_imports')
        .set({ status: 'failed', failure: INTERRUPTED, finished_at: new Date() })
        .where('id', '=', importId)
        .execute();
    }
  });
}

const importColumns = [
  'i.id',
  'i.file_name',
  'i.file_format',
  'i.as_of',
  'i.status',
  'i.total_rows',
  'i.processed_rows',
  'i.created_count',
  'i.updated_count',
  'i.unchanged_count',
  'i.conflict_count',
  'i.rejected_count',
  'i.failure',
  'i.started_at',
  'i.finished_at',
  's.name as source_name',
  's.subject_kind',
  'u.display_name as created_by_name',
] as const;

function importsQuery(db: Db) {
  return db
    .selectFrom('registry_imports as i')
    .innerJoin('registry_sources as s', 's.id', 'i.source_id')
    .innerJoin('staff_users as u', 'u.id', 'i.created_by')
    .select(importColumns);
}

export async function getImport(db: Db, importId: string) {
  await settleInterrupted(db, importId);
  const row = await importsQuery(db).where('i.id', '=', importId).executeTakeFirst();
  if (!row) throw notFound('导入记录');
  return row;
}

export async function listImports(db: Db) {
  return importsQuery(db).orderBy('i.started_at', 'desc').limit(50).execute();
}

export async function listRejections(db: Db, importId: string, page: { page: number; pageSize: number }) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('registry_import_rejections')
      .select(['row_number', 'subject_number', 'reasons'])
      .where('import_id', '=', importId)
      .orderBy('row_number')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db
      .selectFrom('registry_import_rejections')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('import_id', '=', importId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => ({
      rowNumber: row.row_number,
      subjectNumber: row.subject_number ? maskCitizenId(row.subject_number) : null,
      reasons: row.reasons,
    })),
    total: Number(total.count),
    ...page,
  };
}

export async function listImportConflicts(
  db: Db,
  importId: string,
  page: { page: number; pageSize: number },
) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('registry_conflicts')
      .select([
        'id',
        'subject_number',
        'field',
        'kept_source',
        'kept_as_of',
        'other_source',
        'other_as_of',
        'resolved_at',
      ])
      .where('import_id', '=', importId)
      .orderBy('id')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db
      .selectFrom('registry_conflicts')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('import_id', '=', importId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      subjectNumber: maskCitizenId(row.subject_number),
      field: row.field,
      keptSource: row.kept_source,
      keptAsOf: row.kept_as_of,
      otherSource: row.other_source,
      otherAsOf: row.other_as_of,
      resolved: row.resolved_at !== null,
    })),
    total: Number(total.count),
    ...page,
  };
}
