import { sql } from 'kysely';
import type { Db, Tx } from '../../../db/database';
import type { SubjectKind } from '../../../shared/registry-fields';
import { recordAudit } from '../../audit/record-audit';
import type { AuditActor } from '../../auth/actor';
import { loadRecords, type RegistryRecord, saveRecords } from '../registry-records';
import { type FieldConflict, mergeRecord, type SourceStamp } from '../rules/merge-record';
import { type CellValue, parseRegistryRow } from '../rules/parse-row';
import type { ColumnMapping } from './column-mapping';
import type { SourceTable } from './read-table';

/**
 * Loads a checked file into the registry in ONE transaction, batch by batch,
 * writing progress outside it so the screen can show a bar; if anything fails
 * the transaction rolls back and the import is marked failed with nothing loaded.
 */
const BATCH_SIZE = 2000;

export interface ImportJob {
  importId: string;
  kind: SubjectKind;
  stamp: SourceStamp;
  table: SourceTable;
  mapping: ColumnMapping;
  /** Region subtrees the importer may load records into; null = anywhere. */
  regionRoots: string[] | null;
  authorityOf: (sourceId: string) => number;
  audit: AuditActor;
}

interface Totals {
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  rejected: number;
}

/** Lock key that marks an import as being worked on by a live process. */
export const importLockKey = (importId: string) => sql<number>`hashtext(${`registry-import:${importId}`})`;

function rowCells(job: ImportJob, cells: readonly CellValue[]): Record<string, CellValue> {
  const byField: Record<string, CellValue> = {};
  job.table.headers.forEach((header, index) => {
    const fieldKey = job.mapping[header];
    if (fieldKey) byField[fieldKey] = cells[index] ?? null;
  });
  return byField;
}

function regionsOf(kind: SubjectKind, values: RegistryRecord['values']): string[] {
  const keys = kind === 'person' ? ['householdRegionCode', 'residenceRegionCode'] : ['regionCode'];
  return keys.map((key) => values[key]).filter((value): value is string => typeof value === 'string');
}

function inScope(job: ImportJob, record: RegistryRecord): boolean {
  const roots = job.regionRoots;
  if (roots === null) return true;
  return regionsOf(job.kind, record.values).some((code) => roots.some((root) => code.startsWith(root)));
}

async function importBatch(tx: Tx, job: ImportJob, batch: SourceTable['rows'], totals: Totals) {
  const columnOf = (fieldKey: string) =>
    Object.entries(job.mapping).find(([, key]) => key === fieldKey)?.[0] ?? fieldKey;
  const parsed = batch.map((row) => ({
    rowNumber: row.rowNumber,
    result: parseRegistryRow(job.kind, rowCells(job, row.cells), columnOf),
  }));
  const numbers = [...new Set(parsed.flatMap(({ result }) => (result.ok ? [result.number] : [])))];
  const stored = await loadRecords(tx, job.kind, numbers);
  const pending = new Map<string, { record: RegistryRecord; changed: boolean }>();
  const rejections: { row_number: number; subject_number: string | null; reasons: string[] }[] = [];
  const conflicts: (FieldConflict & { number: string })[] = [];
  for (const { rowNumber, result } of parsed) {
    if (!result.ok) {
      rejections.push({ row_number: rowNumber, subject_number: result.number, reasons: result.reasons });
      continue;
    }
    const base = pending.get(result.number)?.record ?? stored.get(result.number) ?? null;
    if (!base && !result.values.name) {
      rejections.push({
        row_number: rowNumber,
        subject_number: result.number,
        reasons: [`${columnOf('name')}：新登记的记录必须有名称`],
      });
      continue;
    }
    const merged = mergeRecord(base, { values: result.values, stamp: job.stamp }, job.authorityOf);
    const record = { number: result.number, values: merged.values, sources: merged.sources };
    if (!inScope(job, record)) {
      rejections.push({
        row_number: rowNumber,
        subject_number: result.number,
        reasons: ['该记录的区划不在您的管辖范围内'],
      });
      continue;
    }
    conflicts.push(...merged.conflicts.map((conflict) => ({ ...conflict, number: result.number })));
    const changed = (pending.get(result.number)?.changed ?? false) || merged.changedFields.length > 0;
    pending.set(result.number, { record, changed });
  }
  for (const [number, { changed }] of pending) {
    if (!stored.has(number)) totals.created++;
    else if (changed) totals.updated++;
    else totals.unchanged++;
  }
  totals.rejected += rejections.length;
  totals.conflicts += conflicts.length;
  await saveRecords(
    tx,
    job.kind,
    [...pending.values()].filter(({ changed }) => changed).map(({ record }) => record),
  );
  if (rejections.length > 0) {
    await tx
      .insertInto('registry_import_rejections')
      .values(rejections.map((rejection) => ({ ...rejection, import_id: job.importId })))
      .execute();
  }
  if (conflicts.length > 0) {
    await tx
      .insertInto('registry_conflicts')
      .values(
        conflicts.map((conflict) => ({
          subject_kind: job.kind,
          subject_number: conflict.number,
          field: conflict.field,
          kept_value: JSON.stringify(conflict.kept),
          kept_source: conflict.keptStamp.source,
          kept_as_of: conflict.keptStamp.asOf,
          other_value: JSON.stringify(conflict.other),
          other_source: conflict.otherStamp.source,
          other_as_of: conflict.otherStamp.asOf,
          import_id: job.importId,
        })),
      )
      .execute();
  }
}

export async function processImport(db: Db, job: ImportJob, logError: (error: unknown) => void) {
  const totals: Totals = { created: 0, updated: 0, unchanged: 0, conflicts: 0, rejected: 0 };
  try {
    await db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(${importLockKey(job.importId)})`.execute(tx);
      for (let start = 0; start < job.table.rows.length; start += BATCH_SIZE) {
        await importBatch(tx, job, job.table.rows.slice(start, start + BATCH_SIZE), totals);
        const processed = Math.min(start + BATCH_SIZE, job.table.rows.length);
        await db
          .updateTable('registry_imports')
          .set({ processed_rows: processed })
          .where('id', '=', job.importId)
          .execute();
      }
      await tx
        .updateTable('registry_imports')
        .set({
          status: 'completed',
          processed_rows: job.table.rows.length,
          created_count: totals.created,
          updated_count: totals.updated,
          unchanged_count: totals.unchanged,
          conflict_count: totals.conflicts,
          rejected_count: totals.rejected,
          finished_at: new Date(),
        })
        .where('id', '=', job.importId)
        .execute();
      await recordAudit(tx, job.audit, {
        action: 'registry.import.complete',
        entityType: 'registry_import',
        entityId: job.importId,
        after: { source: job.stamp.source, rows: job.table.rows.length, ...totals },
      });
    });
  } catch (error) {
    logError(error);
    await db
      .updateTable('registry_imports')
      .set({
        status: 'failed',
        failure: '导入过程中出错，未导入任何数据；请重新导入，如仍失败请联系系统管理员',
        finished_at: new Date(),
      })
      .where('id', '=', job.importId)
      .execute();
  }
}
