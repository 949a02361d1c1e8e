import type { Db } from '../../db/database';
import { notFound } from '../../server/errors';
import type { ResidentActor, StaffActor } from '../auth/actor';
import { competentOffice, intakeClerk } from '../cases/acting';
import { ownCase } from '../cases/resident-own';
import { filesByIds } from './case-files';

/**
 * What the back office asked the applicant to correct on a case, newest
 * first, and what they answered: for the applicant's own case in the
 * resident app ("需要您补正"), and for the clerks who may record an answer
 * handed in at a window.
 */

export async function correctionsForResident(db: Db, resident: ResidentActor, caseId: string) {
  await ownCase(db, resident, caseId);
  return await correctionsOf(db, caseId);
}

export async function correctionsForClerk(db: Db, actor: StaffActor, caseId: string) {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row || !((await intakeClerk(actor, row, db)) || (await competentOffice(actor, row, db))))
    throw notFound('办件');
  return await correctionsOf(db, caseId);
}

async function correctionsOf(db: Db, caseId: string) {
  const rows = await db
    .selectFrom('case_suspensions as s')
    .innerJoin('departments as d', 'd.id', 's.department_id')
    .select([
      's.id',
      's.corrections',
      's.note',
      's.document_id',
      's.started_at',
      's.ended_at',
      's.end_note',
      's.answer_channel',
      's.answer_material_ids',
      'd.name as office_name',
    ])
    .where('s.case_id', '=', caseId)
    .where('s.kind', '=', 'correction')
    .orderBy('s.started_at', 'desc')
    .execute();
  const files = await filesByIds(
    db,
    rows.flatMap((row) => row.answer_material_ids),
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      corrections: row.corrections,
      note: row.note,
      officeName: row.office_name,
      documentId: row.document_id,
      askedAt: row.started_at.toISOString(),
      answeredAt: row.ended_at?.toISOString() ?? null,
      answer: row.end_note,
      answerChannel: row.answer_channel,
      answerFiles: row.answer_material_ids.flatMap((id) => files.get(id) ?? []),
    })),
  };
}
