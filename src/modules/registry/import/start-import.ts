import type { Db } from '../../../db/database';
import { notFound } from '../../../server/errors';
import { importInProgress } from '../../../server/import-slot';
import { regionRootsFor } from '../../../shared/roles';
import { recordAudit } from '../../audit/record-audit';
import type { AuditActor, StaffActor } from '../../auth/actor';
import type { CellValue } from '../rules/parse-row';
import { assertUsableMapping, type ColumnMapping, suggestMapping } from './column-mapping';
import { getImport } from './import-queries';
import { processImport } from './process-import';
import { readSourceTable, type TableFormat } from './read-table';

/**
 * Step 1 shows the file's columns and the mapping the product proposes;
 * step 2 saves the confirmed mapping on the source and starts the load,
 * answering at once with the import whose progress the screen then follows.
 */
export interface ImportFile {
  sourceId: string;
  fileName: string;
  format: TableFormat;
  content: Buffer;
}

async function sourceOf(db: Db, sourceId: string) {
  const source = await db
    .selectFrom('registry_sources')
    .selectAll()
    .where('id', '=', sourceId)
    .executeTakeFirst();
  if (!source) throw notFound('数据来源');
  return source;
}

const sampleCell = (cell: CellValue) =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : (cell ?? null);

export async function previewImport(db: Db, file: ImportFile) {
  const source = await sourceOf(db, file.sourceId);
  const table = await readSourceTable(file.content, file.format);
  return {
    headers: table.headers,
    sampleRows: table.rows.slice(0, 5).map((row) => row.cells.map(sampleCell)),
    rowCount: table.rows.length,
    mapping: suggestMapping(source.subject_kind, table.headers, source.column_mapping),
  };
}

/**
 * One import per user at a time covers the load too, which runs after the answer:
 * a user's import still running (not one a dead process left, which getImport settles) refuses the next.
 * Race-free because the route holds the user's import slot (server/import-slot.ts) meanwhile.
 */
async function refuseWhileLoading(db: Db, actor: StaffActor): Promise<void> {
  const running = await db
    .selectFrom('registry_imports')
    .select('id')
    .where('created_by', '=', actor.id)
    .where('status', '=', 'running')
    .execute();
  for (const { id } of running) {
    if ((await getImport(db, id)).status === 'running') throw importInProgress();
  }
}

export async function startImport(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  file: ImportFile & { asOf: string; mapping: ColumnMapping },
  logError: (error: unknown) => void,
) {
  await refuseWhileLoading(db, actor);
  const source = await sourceOf(db, file.sourceId);
  const table = await readSourceTable(file.content, file.format);
  assertUsableMapping(source.subject_kind, table.headers, file.mapping);
  const authorities = await db.selectFrom('registry_sources').select(['id', 'authority']).execute();
  const authority = new Map(authorities.map((row) => [row.id, row.authority]));
  const created = await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('registry_sources')
      .set({
        column_mapping: JSON.stringify({ ...source.column_mapping, ...file.mapping }),
        updated_at: new Date(),
      })
      .where('id', '=', source.id)
      .execute();
    const row = await tx
      .insertInto('registry_imports')
      .values({
        source_id: source.id,
        file_name: file.fileName,
        file_format: file.format,
        as_of: file.asOf,
        status: 'running',
        total_rows: table.rows.length,
        created_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, audit, {
      action: 'registry.import.start',
      entityType: 'registry_import',
      entityId: row.id,
      after: { source: source.name, fileName: file.fileName, rows: table.rows.length, mapping: file.mapping },
    });
    return row;
  });
  const job = {
    importId: created.id,
    kind: source.subject_kind,
    stamp: { sourceId: source.id, source: source.name, asOf: file.asOf, at: new Date().toISOString() },
    table,
    mapping: file.mapping,
    regionRoots: regionRootsFor(actor.grants, 'registry.manage'),
    authorityOf: (sourceId: string) => authority.get(sourceId) ?? 0,
    audit,
  };
  // The load runs after the answer; its progress and outcome are on the import row.
  void processImport(db, job, logError);
  return created;
}
