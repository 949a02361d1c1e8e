import type { Tx } from '../../db/database';
import { deadlineAfter, deadlinesProvisional } from '../calendar/rules/deadlines';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import { SYSTEM_EVENT_ACTOR } from '../cases/acting';
import type { CaseItem } from '../cases/case-item';
import { appendEvent, type CaseRow, updateCase } from '../cases/case-store';
import type { Notifier } from '../notify/notifier';
import type { IndexedStep } from './rules/stages';
import { actorOfStep, type TaskActor } from './step-actor';
import { notifyCopiedLeaders, notifyTaskHolders } from './task-notify';

/**
 * The case reaches a stage: one task per step, each with its actor and its
 * step deadline, the case's current step set, the history told, and whoever
 * must act notified at once.
 */
export async function openSteps(
  tx: Tx,
  deps: { notifier: Notifier; calendar: WorkingCalendar },
  row: CaseRow,
  item: CaseItem,
  steps: readonly IndexedStep[],
  /** A transfer (转办) names the department instead of the catalogue's actor. */
  transferredTo?: TaskActor,
): Promise<CaseRow> {
  const openedAt = new Date();
  for (const { step, index } of steps) {
    const actor = transferredTo ?? (await actorOfStep(tx, step, row));
    const dueAt = deadlineAfter(deps.calendar, openedAt, Math.ceil(step.limitDays));
    const task = await tx
      .insertInto('case_tasks')
      .values({
        case_id: row.id,
        region_code: actor.regionCode,
        step_key: step.key,
        step_name: step.name,
        step_index: index,
        parallel_group: step.parallelGroup,
        copied_to_leaders: step.copyLeaders === true,
        department_id: actor.departmentId,
        actor_kind: actor.kind,
        actor_role: actor.role,
        assignee_id: actor.assigneeId,
        // The due time is counted from this instant, so the row keeps it (not the database's clock).
        opened_at: openedAt,
        claimed_at: actor.assigneeId ? openedAt : null,
        limit_days: step.limitDays,
        due_at: dueAt,
        due_provisional: deadlinesProvisional(deps.calendar, openedAt, [dueAt]),
      })
      .returning(['id', 'department_id', 'assignee_id', 'step_name'])
      .executeTakeFirstOrThrow();
    await appendEvent(tx, row, 'step_started', SYSTEM_EVENT_ACTOR, {
      taskId: task.id,
      step: step.key,
      stepName: step.name,
      departmentId: task.department_id,
    });
    await notifyTaskHolders(tx, deps.notifier, row, item, task);
    if (step.copyLeaders) await notifyCopiedLeaders(tx, deps.notifier, row, item, task);
  }
  const currentStep = steps[0]?.step.key ?? null;
  if (row.current_step === currentStep) return row;
  return await updateCase(tx, row, { current_step: currentStep });
}
