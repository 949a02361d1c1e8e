import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { type RegistryField, registryFields, type SubjectKind } from '../../shared/registry-fields';
import type { SourceStamp, StoredRecord } from './rules/merge-record';
import type { RegistryValue } from './rules/parse-row';

/**
 * Moves registry records between the tables (one column per field) and the
 * field-keyed form the fusion rules work on, in batches.
 */
export const REGISTRY_TABLES = { person: 'persons', enterprise: 'enterprises' } as const;

export function keyFieldOf(kind: SubjectKind): RegistryField {
  return registryFields(kind).find((field) => field.kind === 'key') as RegistryField;
}

const columnType = (field: RegistryField) =>
  field.kind === 'date' ? 'date' : field.kind === 'tags' ? 'text[]' : 'text';

export interface RegistryRecord extends StoredRecord {
  number: string;
}

/** The stored records among `numbers`, keyed by number. */
export async function loadRecords(db: Db, kind: SubjectKind, numbers: readonly string[]) {
  const records = new Map<string, RegistryRecord>();
  if (numbers.length === 0) return records;
  const fields = registryFields(kind);
  const key = keyFieldOf(kind);
  const result = await sql<Record<string, unknown>>`
    SELECT * FROM ${sql.table(REGISTRY_TABLES[kind])} WHERE ${sql.ref(key.column)} = ANY(${numbers as string[]})
  `.execute(db);
  for (const row of result.rows) {
    const values: Record<string, RegistryValue | null> = {};
    for (const field of fields) {
      if (field.kind !== 'key') values[field.key] = row[field.column] as RegistryValue | null;
    }
    const number = row[key.column] as string;
    records.set(number, { number, values, sources: row.field_sources as Record<string, SourceStamp> });
  }
  return records;
}

/** Inserts or replaces whole records in one statement. */
export async function saveRecords(
  db: Db,
  kind: SubjectKind,
  records: readonly RegistryRecord[],
): Promise<void> {
  if (records.length === 0) return;
  const fields = registryFields(kind);
  const key = keyFieldOf(kind);
  const others = fields.filter((field) => field.kind !== 'key');
  const payload = records.map((record) => {
    const row: Record<string, unknown> = { [key.column]: record.number, field_sources: record.sources };
    for (const field of others) row[field.column] = record.values[field.key] ?? null;
    if (kind === 'person') row.special_groups ??= [];
    return row;
  });
  const columns = [...fields.map((field) => field.column), 'field_sources'];
  const definitions = sql.join([
    ...fields.map((field) => sql`${sql.ref(field.column)} ${sql.raw(columnType(field))}`),
    sql`field_sources jsonb`,
  ]);
  const updates = sql.join([
    ...others.map((field) => sql`${sql.ref(field.column)} = excluded.${sql.ref(field.column)}`),
    sql`field_sources = excluded.field_sources`,
    sql`updated_at = now()`,
  ]);
  await sql`
    INSERT INTO ${sql.table(REGISTRY_TABLES[kind])} (${sql.join(columns.map((column) => sql.ref(column)))})
    SELECT ${sql.join(columns.map((column) => sql.ref(`x.${column}`)))}
    FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS x(${definitions})
    ON CONFLICT (${sql.ref(key.column)}) DO UPDATE SET ${updates}
  `.execute(db);
}
