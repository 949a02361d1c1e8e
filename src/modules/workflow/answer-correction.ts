import type { Tx } from '../../db/database';
import { conflict, invalidField, notFound } from '../../server/errors';
import type { AuditActor, ResidentActor, StaffActor } from '../auth/actor';
import { caseActor, competentOffice, intakeClerk, residentEventActor } from '../cases/acting';
import { itemOfCase } from '../cases/case-item';
import { type CaseRow, type EventActor, lockCase } from '../cases/case-store';
import { isResidentsCase } from '../cases/resident-own';
import { recordMaterialUse } from '../materials/material-uses';
import type { TaskDeps } from './act-on-task';
import { calendarOfCase } from './case-clock';
import type { CorrectionAnswerBody, WindowCorrectionAnswerBody } from './clock-schemas';
import { type ClockFrame, restartClock } from './restart-clock';
import { holderPhones, smsToStaff } from './task-notify';

/**
 * The applicant answers a correction (补正): in the resident app, or handed
 * in at a window where a clerk records it. The answer and its files go with
 * the case, the clock restarts with every deadline moved, and whoever holds
 * the waiting task is told to go on.
 */

export interface CorrectionAnswered {
  caseId: string;
  correctionId: string;
  answeredAt: string;
  promisedDeadline: string;
  legalDeadline: string | null;
}

/**
 * The files must be the applicant's own; using them for their own case needs
 * no reuse consent (the owner hands them over, in the app or in person).
 */
async function attachAnswerMaterials(tx: Tx, row: CaseRow, materialIds: readonly string[]): Promise<void> {
  if (materialIds.length === 0) return;
  const owned = await tx
    .selectFrom('materials')
    .select('id')
    .where('id', 'in', materialIds)
    .where('owner_id_type', '=', row.applicant_kind === 'person' ? '111' : '001')
    .where('owner_number', '=', row.applicant_number)
    .execute();
  if (owned.length !== new Set(materialIds).size) {
    throw invalidField('materialIds', '所附材料须是申请人本人的材料', 'MATERIAL_NOT_APPLICANTS');
  }
  for (const materialId of materialIds) {
    await recordMaterialUse(tx, { materialId, caseRef: row.case_number, ownerActing: true });
  }
}

async function answerCorrection(
  frame: ClockFrame,
  by: EventActor,
  correctionId: string,
  input: CorrectionAnswerBody & { channel: 'online' | 'window' },
): Promise<CorrectionAnswered> {
  const { tx, row, item } = frame;
  const stop = await tx
    .selectFrom('case_suspensions')
    .selectAll()
    .where('id', '=', correctionId)
    .where('case_id', '=', row.id)
    .where('kind', '=', 'correction')
    .executeTakeFirst();
  if (!stop) throw notFound('补正要求');
  if (stop.ended_at) throw conflict('CORRECTION_ALREADY_ANSWERED', '这次补正已经提交过了，无需重复提交');
  await attachAnswerMaterials(tx, row, input.materialIds);
  const at = new Date();
  const { after } = await restartClock(
    frame,
    stop,
    {
      by,
      note: input.answer,
      materialIds: input.materialIds,
      channel: input.channel,
      event: 'correction_answered',
      auditAction: input.channel === 'online' ? 'case.answer_correction' : 'case.record_correction',
    },
    at,
  );
  const task = await tx
    .selectFrom('case_tasks')
    .select(['id', 'department_id', 'assignee_id', 'step_name', 'state'])
    .where('id', '=', stop.task_id)
    .executeTakeFirstOrThrow();
  if (task.state === 'open') {
    await smsToStaff(tx, frame.notifier, await holderPhones(tx, task), {
      purpose: 'correction_answered',
      body: `【一次政务服务】申请人已补正：“${item.content.name}”（办件编号${row.case_number}）${task.step_name}环节已恢复计时，请继续办理。`,
    });
  }
  return {
    caseId: row.id,
    correctionId: stop.id,
    answeredAt: at.toISOString(),
    promisedDeadline: after.promised.toISOString(),
    legalDeadline: after.legal?.toISOString() ?? null,
  };
}

/** The frame of both ways to answer: the case locked, the answerer checked and named, then the answer. */
async function answerOnCase(
  deps: TaskDeps,
  audit: AuditActor,
  ids: { caseId: string; correctionId: string },
  answerer: (tx: Tx, row: CaseRow) => Promise<EventActor>,
  input: CorrectionAnswerBody & { channel: 'online' | 'window' },
): Promise<CorrectionAnswered> {
  const calendar = await calendarOfCase(deps.db, ids.caseId, new Date());
  return await deps.db.transaction().execute(async (tx) => {
    const row = await lockCase(tx, ids.caseId);
    const by = await answerer(tx, row);
    const item = await itemOfCase(tx, row.item_id, row.item_version);
    const frame = { tx, row, item, calendar, audit, notifier: deps.notifier };
    return await answerCorrection(frame, by, ids.correctionId, input);
  });
}

/** The applicant answers in the resident app (their own case only). */
export async function answerCorrectionOnline(
  deps: TaskDeps,
  resident: ResidentActor,
  audit: AuditActor,
  ids: { caseId: string; correctionId: string },
  input: CorrectionAnswerBody,
): Promise<CorrectionAnswered> {
  const applicant = async (_tx: Tx, row: CaseRow) => {
    if (!isResidentsCase(resident, row)) throw notFound('办件');
    return residentEventActor(resident);
  };
  return await answerOnCase(deps, audit, ids, applicant, { ...input, channel: 'online' });
}

/** A clerk records what the applicant handed in at a window (any window of the case's or the intake's scope). */
export async function recordCorrectionAtWindow(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  ids: { caseId: string; correctionId: string },
  input: WindowCorrectionAnswerBody,
): Promise<CorrectionAnswered> {
  const clerk = async (tx: Tx, row: CaseRow) => {
    if (!(await intakeClerk(actor, row, tx)) && !(await competentOffice(actor, row, tx)))
      throw notFound('办件');
    return (await caseActor(tx, actor, row, input.windowId)).eventActor;
  };
  return await answerOnCase(deps, audit, ids, clerk, { ...input, channel: 'window' });
}
