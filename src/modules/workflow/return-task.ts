import { invalidField } from '../../server/errors';
import type { AuditActor, StaffActor } from '../auth/actor';
import { actOnTask, type TaskDeps } from './act-on-task';
import { outcomeOf, type TaskOutcome } from './approve-task';
import { requireClockRunning } from './case-clock';
import { closeTask, withdrawOpenTasks } from './close-task';
import { openSteps } from './open-stage';
import { returnTargets } from './rules/stages';
import type { ReturnBody } from './schemas';
import { requireStepAction, workflowOf } from './workflow-of';

/**
 * 退回: the case goes back to an earlier step with the reasons; the rest of
 * the current stage is withdrawn and the earlier step is done again from there.
 */
export async function returnTask(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: ReturnBody,
): Promise<TaskOutcome> {
  return await actOnTask(deps, actor, audit, taskId, input, async (context) => {
    const { tx, row, item, task } = context;
    requireStepAction(item.content, task, 'return');
    await requireClockRunning(tx, row);
    const target = returnTargets(workflowOf(item.content), task.step_index).find(
      (entry) => entry.step.key === input.toStep,
    );
    if (!target) {
      throw invalidField('toStep', '只能退回到本环节之前的环节', 'RETURN_TARGET_INVALID');
    }
    await closeTask(context, 'returned', input.opinion, {
      kind: 'step_returned',
      details: { toStep: target.step.key, toStepName: target.step.name },
    });
    await withdrawOpenTasks(context.tx, context.row.id, context.task.id);
    await openSteps(tx, { notifier: deps.notifier, calendar: context.calendar }, row, item, [target]);
    return await outcomeOf(context);
  });
}
