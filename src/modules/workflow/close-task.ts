import type { Tx } from '../../db/database';
import type { CaseEventKind } from '../../shared/case-terms';
import { recordAudit } from '../audit/record-audit';
import type { CaseRow } from '../cases/case-store';
import { type TaskContext, updateTask } from './act-on-task';
import { appendActionEvent } from './attachments/use-attachments';
import type { TaskRow } from './task-access';

/**
 * Ends the acted-on task with its outcome and opinion, appends the action (with
 * its attachments) to the case history and the audit log.
 */
export async function closeTask(
  context: TaskContext,
  outcome: NonNullable<TaskRow['outcome']>,
  opinion: string,
  event: { kind: CaseEventKind; row?: CaseRow; details?: Record<string, unknown> },
): Promise<TaskRow> {
  const { tx, task, eventActor, audit } = context;
  const actorId = eventActor.id as string;
  const done = await updateTask(tx, task, {
    state: 'done',
    outcome,
    opinion,
    closed_at: new Date(),
    closed_by: actorId,
  });
  await appendActionEvent(context, event.row ?? context.row, event.kind, eventActor, {
    taskId: task.id,
    step: task.step_key,
    stepName: task.step_name,
    opinion,
    ...event.details,
  });
  await recordAudit(tx, audit, {
    action: `task.${outcome}`,
    entityType: 'case_task',
    entityId: task.id,
    regionCode: task.region_code,
    before: { state: task.state, version: task.row_version },
    after: { state: done.state, outcome, caseNumber: context.row.case_number },
  });
  return done;
}

/** Withdraws the case's open tasks (but the one acted on): a sibling returned or decided the case, or it was terminated. */
export async function withdrawOpenTasks(
  tx: Tx,
  caseId: string,
  exceptTaskId: string | null = null,
): Promise<void> {
  let query = tx
    .updateTable('case_tasks')
    .set((eb) => ({
      state: 'cancelled',
      outcome: 'withdrawn',
      closed_at: new Date(),
      row_version: eb('row_version', '+', 1),
    }))
    .where('case_id', '=', caseId)
    .where('state', '=', 'open');
  if (exceptTaskId) query = query.where('id', '<>', exceptTaskId);
  await query.execute();
}
