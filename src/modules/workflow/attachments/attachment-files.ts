import type { FastifyReply } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { notFound } from '../../../server/errors';
import type { StaffActor } from '../../auth/actor';
import { partInCase } from '../../cases/case-access';
import type { CaseRow } from '../../cases/case-store';
import { sendMaterialFile } from '../../materials/download';
import type { FileStore } from '../../materials/file-store';
import { holderOf } from '../act-on-task';
import { maySeeVerification } from '../clock-access';
import { maySee } from '../task-access';
import { type AttachmentRef, attachmentRefOf } from './use-attachments';

/**
 * Reading officers' attachments: staff only (residents and the public pages
 * never see them). Whoever may see the case (cases/case-access) or one of its
 * tasks (the task's people, B-posts, leaders, case.view in its region) opens them;
 * those of a verification request and its answer also whoever may see that request.
 */

async function maySeeCase(db: Db, actor: StaffActor, row: CaseRow): Promise<boolean> {
  if ((await partInCase(db, actor, row)) !== null) return true;
  const tasks = await db.selectFrom('case_tasks').selectAll().where('case_id', '=', row.id).execute();
  for (const task of tasks) {
    if (maySee(actor, task, await holderOf(db, task))) return true;
  }
  return false;
}

function fileOfAttachment(db: Db) {
  return db
    .selectFrom('case_attachments as a')
    .innerJoin('stored_files as f', 'f.sha256', 'a.file_sha256')
    .select(['a.name', 'f.mime_type', 'f.size_bytes', 'f.sha256']);
}

/** Sends one attachment of the case; a case the reader may not see, or another case's attachment, answers 404. */
export async function sendAttachment(
  db: Db,
  reply: FastifyReply,
  store: FileStore,
  actor: StaffActor,
  caseId: string,
  attachmentId: string,
): Promise<FastifyReply> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row || !(await maySeeCase(db, actor, row))) throw notFound('办件');
  const file = await fileOfAttachment(db)
    .where('a.id', '=', attachmentId)
    .where('a.case_id', '=', caseId)
    .executeTakeFirst();
  if (!file) throw notFound('附件');
  return await sendMaterialFile(reply, store, file, false);
}

/**
 * Sends an attachment that went with a verification request, or with its
 * answer (or was uploaded for it), to whoever may see the request: the
 * department asked may not see the rest of the case.
 */
export async function sendVerificationAttachment(
  db: Db,
  reply: FastifyReply,
  store: FileStore,
  actor: StaffActor,
  verificationId: string,
  attachmentId: string,
): Promise<FastifyReply> {
  const verification = await db
    .selectFrom('case_verifications')
    .select(['case_id', 'region_code', 'from_department_id', 'to_department_id'])
    .where('id', '=', verificationId)
    .executeTakeFirst();
  if (!verification || !maySeeVerification(actor, verification)) throw notFound('核验请求');
  const file = await fileOfAttachment(db)
    .leftJoin('case_events as e', 'e.id', 'a.event_id')
    .where('a.id', '=', attachmentId)
    .where('a.case_id', '=', verification.case_id)
    .where((eb) =>
      eb.or([
        eb('a.verification_id', '=', verificationId),
        eb.and([
          eb('e.kind', '=', 'verification_requested'),
          eb(sql<string>`e.details->>'verificationId'`, '=', verificationId),
        ]),
      ]),
    )
    .executeTakeFirst();
  if (!file) throw notFound('附件');
  return await sendMaterialFile(reply, store, file, false);
}

/** The attachments submitted with each verification request and with its answer, by request. */
export async function attachmentsOfVerifications(
  db: Db,
  caseIds: readonly string[],
): Promise<Map<string, { asked: AttachmentRef[]; answered: AttachmentRef[] }>> {
  const byRequest = new Map<string, { asked: AttachmentRef[]; answered: AttachmentRef[] }>();
  if (caseIds.length === 0) return byRequest;
  const rows = await fileOfAttachment(db)
    .innerJoin('case_events as e', 'e.id', 'a.event_id')
    .select(['a.id', 'e.kind', sql<string>`e.details->>'verificationId'`.as('verification_id')])
    .where('a.case_id', 'in', [...new Set(caseIds)])
    .where('e.kind', 'in', ['verification_requested', 'verification_answered'])
    .orderBy('a.uploaded_at')
    .execute();
  for (const row of rows) {
    const lists = byRequest.get(row.verification_id) ?? { asked: [], answered: [] };
    const list = row.kind === 'verification_requested' ? lists.asked : lists.answered;
    list.push(attachmentRefOf(row));
    byRequest.set(row.verification_id, lists);
  }
  return byRequest;
}

/** The attachments the actions on each task of the case submitted, by task. */
export async function attachmentsByTask(db: Db, caseId: string): Promise<Map<string, AttachmentRef[]>> {
  const rows = await db
    .selectFrom('case_attachments as a')
    .innerJoin('case_events as e', 'e.id', 'a.event_id')
    .innerJoin('stored_files as f', 'f.sha256', 'a.file_sha256')
    .select([
      'a.id',
      'a.name',
      'f.mime_type',
      'f.size_bytes',
      sql<string>`e.details->>'taskId'`.as('task_id'),
    ])
    .where('a.case_id', '=', caseId)
    .orderBy('e.id')
    .orderBy('a.uploaded_at')
    .execute();
  const byTask = new Map<string, AttachmentRef[]>();
  for (const row of rows) {
    const list = byTask.get(row.task_id) ?? [];
    list.push(attachmentRefOf(row));
    byTask.set(row.task_id, list);
  }
  return byTask;
}
