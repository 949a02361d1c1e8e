import type { Db } from '../../db/database';
import { notFound } from '../../server/errors';
import type { StaffActor } from '../auth/actor';
import { attachmentsOfVerifications } from './attachments/attachment-files';
import { filesByIds } from './case-files';
import { handlingDepartments, mayAnswerVerification, maySeeVerification } from './clock-access';
import type { VerificationsQuery } from './clock-schemas';

/**
 * Reading verification requests: a department's incoming ones (its own small
 * inbox, 核验请求) and outgoing ones, one request, and a case's requests for
 * its task page; each with its photos, deadline and answer.
 */

function selectVerifications(db: Db) {
  return db
    .selectFrom('case_verifications as v')
    .innerJoin('cases as c', 'c.id', 'v.case_id')
    .innerJoin('catalog_item_versions as iv', (join) =>
      join.onRef('iv.item_id', '=', 'c.item_id').onRef('iv.version', '=', 'c.item_version'),
    )
    .innerJoin('case_tasks as t', 't.id', 'v.task_id')
    .innerJoin('departments as fd', 'fd.id', 'v.from_department_id')
    .innerJoin('departments as td', 'td.id', 'v.to_department_id')
    .selectAll('v')
    .select([
      'c.case_number',
      'iv.name as item_name',
      't.step_name',
      'fd.name as from_department_name',
      'td.name as to_department_name',
    ]);
}
type VerificationRow = Awaited<ReturnType<ReturnType<typeof selectVerifications>['executeTakeFirstOrThrow']>>;

async function toViews(db: Db, actor: StaffActor, rows: VerificationRow[]) {
  const [files, attachments] = await Promise.all([
    filesByIds(
      db,
      rows.flatMap((row) => row.material_ids),
    ),
    attachmentsOfVerifications(
      db,
      rows.map((row) => row.case_id),
    ),
  ]);
  const now = new Date();
  return rows.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    itemName: row.item_name,
    stepName: row.step_name,
    fromDepartmentName: row.from_department_name,
    toDepartmentName: row.to_department_name,
    question: row.question,
    files: row.material_ids.flatMap((id) => files.get(id) ?? []),
    attachments: attachments.get(row.id)?.asked ?? [],
    answerAttachments: attachments.get(row.id)?.answered ?? [],
    workingDays: row.working_days,
    askedAt: row.asked_at.toISOString(),
    askedByName: row.asked_by_name,
    dueAt: row.due_at.toISOString(),
    overdue: row.state === 'open' && row.due_at < now,
    state: row.state,
    result: row.result,
    answerNote: row.answer_note,
    answeredAt: row.answered_at?.toISOString() ?? null,
    answeredByName: row.answered_by_name,
    mayAnswer: row.state === 'open' && mayAnswerVerification(actor, row),
  }));
}
export type VerificationView = Awaited<ReturnType<typeof toViews>>[number];

export async function listVerifications(db: Db, actor: StaffActor, query: VerificationsQuery) {
  const departments = handlingDepartments(actor);
  const column = query.box === 'incoming' ? 'v.to_department_id' : 'v.from_department_id';
  const base = selectVerifications(db)
    .where((eb) => (departments.length > 0 ? eb(column, 'in', departments) : eb.lit(false)))
    .where('v.state', '=', query.state);
  const [rows, count] = await Promise.all([
    base
      .orderBy(query.state === 'open' ? 'v.due_at' : 'v.answered_at', query.state === 'open' ? 'asc' : 'desc')
      .orderBy('v.asked_at')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: await toViews(db, actor, rows),
    total: Number(count.total),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One request, for whoever may see it (the two departments and the case's viewers); else 404. */
export async function verificationForStaff(db: Db, actor: StaffActor, id: string): Promise<VerificationView> {
  const row = await selectVerifications(db).where('v.id', '=', id).executeTakeFirst();
  if (!row || !maySeeVerification(actor, row)) throw notFound('核验请求');
  return (await toViews(db, actor, [row]))[0] as VerificationView;
}

/** The case's requests, newest last, as the task page lists them. */
export async function verificationsOfCase(
  db: Db,
  actor: StaffActor,
  caseId: string,
): Promise<VerificationView[]> {
  const rows = await selectVerifications(db).where('v.case_id', '=', caseId).orderBy('v.asked_at').execute();
  return await toViews(
    db,
    actor,
    rows.filter((row) => maySeeVerification(actor, row)),
  );
}
