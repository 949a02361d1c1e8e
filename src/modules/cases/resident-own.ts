import type { Db } from '../../db/database';
import { notFound } from '../../server/errors';
import { type ResidentActor, verifiedIdNumberOf } from '../auth/actor';
import type { CaseRow } from './case-store';

/** A resident's own case: filed under their verified ID number, or applied for from their account. */
export function isResidentsCase(
  resident: ResidentActor,
  row: Pick<CaseRow, 'applicant_kind' | 'applicant_number' | 'started_by_kind' | 'started_by_id'>,
): boolean {
  if (row.applicant_kind !== 'person') return false;
  const appliedHere = row.started_by_kind === 'resident' && row.started_by_id === resident.id;
  return appliedHere || row.applicant_number === verifiedIdNumberOf(resident);
}

/** The case if it is the resident's own, else 404 (also for one that does not exist). */
export async function ownCase(db: Db, resident: ResidentActor, caseId: string): Promise<CaseRow> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row || !isResidentsCase(resident, row)) throw notFound('办件');
  return row;
}
