import type { Db } from '../../db/database';
import { conflict, notFound } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { loadRecords, saveRecords } from './registry-records';
import type { RegistryValue } from './rules/parse-row';

/**
 * A data administrator settles a disagreement between sources: confirm the
 * value the rules kept, or put the other source's value in its place (its
 * source and data date come with it).
 */
export async function resolveConflict(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  conflictId: number,
  resolution: 'kept' | 'replaced',
) {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('registry_conflicts')
      .selectAll()
      .where('id', '=', conflictId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('数据冲突');
    if (row.resolved_at) throw conflict('CONFLICT_RESOLVED', '该冲突已处理');
    if (resolution === 'replaced') {
      const record = (await loadRecords(tx, row.subject_kind, [row.subject_number])).get(row.subject_number);
      if (!record) throw notFound('记录');
      const source = await tx
        .selectFrom('registry_sources')
        .select('id')
        .where('name', '=', row.other_source)
        .executeTakeFirst();
      await saveRecords(tx, row.subject_kind, [
        {
          number: record.number,
          values: { ...record.values, [row.field]: row.other_value as RegistryValue | null },
          sources: {
            ...record.sources,
            [row.field]: {
              sourceId: source?.id ?? '',
              source: row.other_source,
              asOf: row.other_as_of,
              at: new Date().toISOString(),
            },
          },
        },
      ]);
    }
    await tx
      .updateTable('registry_conflicts')
      .set({ resolved_at: new Date(), resolved_by: actor.id, resolution })
      .where('id', '=', conflictId)
      .execute();
    await recordAudit(tx, audit, {
      action: 'registry_conflict.resolve',
      entityType: row.subject_kind,
      entityId: row.subject_number,
      // Sources only: values are personal data, readable through a grant, not through the audit log.
      before: { field: row.field, source: row.kept_source },
      after: {
        field: row.field,
        source: resolution === 'replaced' ? row.other_source : row.kept_source,
        resolution,
      },
    });
    return { id: conflictId, resolution };
  });
}
