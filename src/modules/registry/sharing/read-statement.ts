import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { grantableFields, registryFields, type SubjectKind } from '../../../shared/registry-fields';
import { keyFieldOf, REGISTRY_TABLES } from '../registry-records';
import { liveGrants } from './data-grants';

/**
 * A granted read and its log line in ONE statement, so a profile read costs one
 * round trip and one commit: the live grant for the purpose, the record, the
 * region check, the `data_reads` row, the open conflicts of the granted fields
 * and the names of the granted region codes. The log row is written exactly
 * when the record is returned; a refused read (no grant, no record, out of
 * region) writes nothing and returns no record.
 */

export interface ReadStatementInput {
  kind: SubjectKind;
  number: string;
  purpose: string;
  caseRef: string | null;
  reader: { staffId: string; staffName: string; departmentId: string; ip: string | null };
  /** The reader's roles that read the registry: the grant must name one of them. */
  readerRoles: readonly string[];
  /** Region roots the record must lie in (household or residence); null: anywhere. */
  regionRoots: readonly string[] | null;
}

export interface StoredConflict {
  id: number;
  field: string;
  kept_value: unknown;
  kept_source: string;
  kept_as_of: string;
  other_value: unknown;
  other_source: string;
  other_as_of: string;
}

export interface ReadStatementResult {
  /** The live grant's fields, null when the department holds no grant for the purpose. */
  granted: string[] | null;
  /** The live grant names one of the reader's roles (false also when there is no grant). */
  roleFits: boolean;
  /** The logged fields and the record's columns, null when nothing was read (and nothing logged). */
  logged: string[] | null;
  record: Record<string, unknown> | null;
  conflicts: StoredConflict[];
  /** Each granted region code with the names of the known regions down to it (下城区 潮鸣街道 …). */
  regionNames: Record<string, string>;
}

export async function readAndLog(db: Db, input: ReadStatementInput): Promise<ReadStatementResult> {
  const { kind, reader } = input;
  const fields = registryFields(kind);
  const regionFields = fields.filter((field) => field.kind === 'region');
  const inRegion = sql.join(
    regionFields.map((field) => sql`starts_with(s.${sql.ref(field.column)}, root)`),
    sql` OR `,
  );
  // A granted region field's code, else null: only what the grant shows is named.
  const grantedCodes = sql.join(
    regionFields.map(
      (field) => sql`CASE WHEN ${field.key} = ANY(l.fields) THEN s.${sql.ref(field.column)} END`,
    ),
  );
  const grantable = grantableFields(kind).map((field) => field.key);
  const { rows } = await sql<ReadStatementResult>`
    WITH live_grant AS ${liveGrants(db, reader.departmentId, kind).select(['fields', 'roles']).where('purpose', '=', input.purpose)},
    subject AS (
      SELECT * FROM ${sql.table(REGISTRY_TABLES[kind])} WHERE ${sql.ref(keyFieldOf(kind).column)} = ${input.number}
    ), shown AS (
      SELECT ARRAY(
               SELECT f FROM unnest(${grantable}::text[]) WITH ORDINALITY AS g (f, i)
               WHERE f = ANY(live_grant.fields) ORDER BY i
             ) AS fields
      FROM live_grant, subject s
      WHERE live_grant.roles && ${input.readerRoles}::text[]
        AND (${input.regionRoots === null}::boolean
         OR EXISTS (SELECT 1 FROM unnest(${input.regionRoots ?? []}::text[]) AS root WHERE ${inRegion}))
    ), logged AS (
      INSERT INTO data_reads
        (staff_id, staff_name, department_id, subject_kind, subject_number, fields, purpose, case_ref, ip)
      SELECT ${reader.staffId}, ${reader.staffName}, ${reader.departmentId}, ${kind}, ${input.number},
             shown.fields, ${input.purpose}, ${input.caseRef}, ${reader.ip}
      FROM shown
      RETURNING fields
    )
    SELECT
      (SELECT fields FROM live_grant) AS granted,
      coalesce((SELECT roles && ${input.readerRoles}::text[] FROM live_grant), false) AS "roleFits",
      (SELECT fields FROM logged) AS logged,
      (SELECT to_jsonb(s) FROM subject s, logged) AS record,
      (SELECT coalesce(jsonb_agg(to_jsonb(c) - 'import_id' - 'detected_at' - 'resolved_at' - 'resolved_by'
                                 - 'resolution' - 'subject_kind' - 'subject_number' ORDER BY c.id), '[]')
         FROM registry_conflicts c, logged l
         WHERE c.subject_kind = ${kind} AND c.subject_number = ${input.number}
           AND c.resolved_at IS NULL AND c.field = ANY(l.fields)) AS conflicts,
      (SELECT coalesce(jsonb_object_agg(named.code, named.path), '{}')
         FROM (
           SELECT g.code, (SELECT string_agg(r.name, ' ' ORDER BY length(r.code)) FROM regions r
                           WHERE r.code IN (left(g.code, 6), left(g.code, 9), g.code)) AS path
           FROM subject s, logged l, unnest(ARRAY[${grantedCodes}]) AS g (code)
           WHERE g.code IS NOT NULL
         ) AS named
         WHERE named.path IS NOT NULL) AS "regionNames"
  `.execute(db);
  return rows[0] as ReadStatementResult;
}
