import type { Db } from '../../db/database';
import { maskName } from '../../shared/phone';
import type { SubjectKind } from '../../shared/registry-fields';

/**
 * A person's 我的信息查阅记录: every staff read of their data, from the
 * registry (data_reads), their cases (case_reads), their certificates and
 * their materials (record_reads), newest first, through the
 * personal_data_reads view (migration 0027), whose branches each use an index
 * on the subject's kind and number. Staff names are masked.
 */
export async function personalReadsOf(db: Db, kind: SubjectKind, number: string, limit = 100) {
  const rows = await db
    .selectFrom('personal_data_reads as r')
    .leftJoin('departments as d', 'd.id', 'r.department_id')
    .select([
      'r.id',
      'r.read_kind',
      'r.at',
      'r.staff_name',
      'd.name as department_name',
      'r.record_name',
      'r.fields',
      'r.purpose',
      'r.case_ref',
      'r.masked',
    ])
    .where('r.subject_kind', '=', kind)
    .where('r.subject_number', '=', number)
    .orderBy('r.at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.read_kind,
    at: row.at.toISOString(),
    staffName: maskName(row.staff_name),
    departmentName: row.department_name ?? '',
    recordName: row.record_name,
    fields: row.fields ?? [],
    purpose: row.purpose,
    caseRef: row.case_ref,
    masked: row.masked,
  }));
}
