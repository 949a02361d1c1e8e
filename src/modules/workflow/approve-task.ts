import { sql } from 'kysely';
import type { AuditActor, StaffActor } from '../auth/actor';
import { finishWithResult } from '../cases/finish-with-result';
import { actOnTask, type TaskContext, type TaskDeps } from './act-on-task';
import { requireClockRunning } from './case-clock';
import { closeTask } from './close-task';
import { openSteps } from './open-stage';
import { stageAfter } from './rules/stages';
import type { ApproveBody } from './schemas';
import { requireStepAction, workflowOf } from './workflow-of';

/** What an action left behind: the case's state and the tasks now open. */
export interface TaskOutcome {
  caseId: string;
  caseNumber: string;
  caseStatus: string;
  caseVersion: number;
  openTaskIds: string[];
}

export async function outcomeOf(context: TaskContext, caseId = context.row.id): Promise<TaskOutcome> {
  const row = await context.tx
    .selectFrom('cases as c')
    .select(['c.case_number', 'c.status', 'c.row_version'])
    .select(
      sql<
        string[]
      >`(SELECT coalesce(json_agg(t.id), '[]') FROM case_tasks t WHERE t.case_id = c.id AND t.state = 'open')`.as(
        'open_task_ids',
      ),
    )
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
  return {
    caseId,
    caseNumber: row.case_number,
    caseStatus: row.status,
    caseVersion: row.row_version,
    openTaskIds: row.open_task_ids,
  };
}

/**
 * 通过: the step is done. In a parallel stage the case waits for the other
 * steps; the last of them opens the next stage; after the last stage the case
 * is decided (approved) and finishes with its result.
 */
export async function approveTask(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: ApproveBody,
): Promise<TaskOutcome> {
  return await actOnTask(deps, actor, audit, taskId, input, async (context) => {
    const { tx, row, item, task } = context;
    requireStepAction(item.content, task, 'approve');
    await requireClockRunning(tx, row);
    await closeTask(context, 'approved', input.opinion, { kind: 'step_approved' });
    const stillOpen = await tx
      .selectFrom('case_tasks')
      .select('id')
      .where('case_id', '=', row.id)
      .where('state', '=', 'open')
      .executeTakeFirst();
    if (!stillOpen) {
      const next = stageAfter(workflowOf(item.content), task.step_index);
      if (next) {
        await openSteps(tx, { notifier: deps.notifier, calendar: context.calendar }, row, item, next);
      } else {
        await finishWithResult(
          context,
          { db: deps.db, notifier: deps.notifier, audit },
          { resultNumber: input.resultNumber, replaceHeld: input.replaceHeld, note: input.opinion },
          null,
        );
      }
    }
    return await outcomeOf(context);
  });
}
