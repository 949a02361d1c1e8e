import { conflict, forbidden, notFound } from '../../server/errors';
import { allows } from '../../shared/case-lifecycle';
import { VERIFICATION_RESULTS } from '../../shared/clock-terms';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { staffAt } from '../cases/acting';
import { lockCase } from '../cases/case-store';
import type { TaskDeps } from './act-on-task';
import { appendActionEvent, attachmentsForAction } from './attachments/use-attachments';
import { mayAnswerVerification, maySeeVerification } from './clock-access';
import { staffPhones } from './clock-notify';
import type { VerificationAnswerBody } from './clock-schemas';
import { smsToStaff } from './task-notify';

export interface VerificationAnswered {
  id: string;
  state: 'answered';
  result: VerificationAnswerBody['result'];
  answeredAt: string;
}

/**
 * The department asked answers a verification request: confirmed or not,
 * with notes and the papers it uploaded for the answer. The answer goes into the case's history (where the asking
 * task's page shows it) and the asker is told. Only the department asked answers.
 */
export async function answerVerification(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  verificationId: string,
  input: VerificationAnswerBody,
): Promise<VerificationAnswered> {
  return await deps.db.transaction().execute(async (tx) => {
    const found = await tx
      .selectFrom('case_verifications')
      .select('case_id')
      .where('id', '=', verificationId)
      .executeTakeFirst();
    if (!found) throw notFound('核验请求');
    const row = await lockCase(tx, found.case_id);
    const verification = await tx
      .selectFrom('case_verifications as v')
      .innerJoin('departments as d', 'd.id', 'v.from_department_id')
      .selectAll('v')
      .select('d.name as from_department_name')
      .where('v.id', '=', verificationId)
      .forUpdate('v')
      .executeTakeFirstOrThrow();
    if (!maySeeVerification(actor, verification)) throw notFound('核验请求');
    if (!mayAnswerVerification(actor, verification)) throw forbidden('只有被请求核验的部门才能回复');
    if (verification.state !== 'open') {
      throw conflict('VERIFICATION_ANSWERED', '这个核验请求已经回复过了');
    }
    if (!allows(row.status, 'answer_verification')) {
      throw conflict('CASE_NOT_OPEN', `办件 ${row.case_number} 已不在办理中，无需再回复核验`, {
        status: row.status,
      });
    }
    const attachments = await attachmentsForAction(tx, row.id, input.attachmentIds ?? [], verificationId);
    const answeredAt = new Date();
    await tx
      .updateTable('case_verifications')
      .set({
        state: 'answered',
        result: input.result,
        answer_note: input.note,
        answered_at: answeredAt,
        answered_by: actor.id,
        answered_by_name: actor.name,
      })
      .where('id', '=', verificationId)
      .execute();
    const by = (await staffAt(tx, actor, null, 'office')).eventActor;
    await appendActionEvent({ tx, attachments }, row, 'verification_answered', by, {
      verificationId,
      taskId: verification.task_id,
      result: input.result,
      note: input.note,
      askedBy: verification.from_department_name,
    });
    await smsToStaff(tx, deps.notifier, await staffPhones(tx, verification.asked_by), {
      purpose: 'verification_answered',
      body: `【一次政务服务】核验回复：${by.officeName ?? ''}已回复办件${row.case_number}的核验请求，结论：${VERIFICATION_RESULTS[input.result]}。`,
    });
    await recordAudit(tx, audit, {
      action: 'case.answer_verification',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.competent_region_code,
      after: { caseNumber: row.case_number, verificationId, result: input.result },
    });
    return {
      id: verificationId,
      state: 'answered',
      result: input.result,
      answeredAt: answeredAt.toISOString(),
    };
  });
}
