import type { Db } from '../../../db/database';
import { maskName } from '../../../shared/phone';
import type { SubjectKind } from '../../../shared/registry-fields';

/**
 * Who read a person's or enterprise's data, and why. The person sees it in
 * the app with staff names masked; data administrators see it on the profile.
 */
export async function readsOf(db: Db, kind: SubjectKind, number: string, limit = 100) {
  const rows = await db
    .selectFrom('data_reads as r')
    .innerJoin('departments as d', 'd.id', 'r.department_id')
    .select([
      'r.id',
      'r.at',
      'r.staff_name',
      'd.name as department_name',
      'r.purpose',
      'r.fields',
      'r.case_ref',
    ])
    .where('r.subject_kind', '=', kind)
    .where('r.subject_number', '=', number)
    .orderBy('r.at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    staffName: maskName(row.staff_name),
    departmentName: row.department_name,
    purpose: row.purpose,
    fields: row.fields,
    caseRef: row.case_ref,
  }));
}
