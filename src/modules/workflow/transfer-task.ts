import { sql } from 'kysely';
import { invalidField } from '../../server/errors';
import type { AuditActor, StaffActor } from '../auth/actor';
import { actOnTask, type TaskDeps } from './act-on-task';
import { outcomeOf, type TaskOutcome } from './approve-task';
import { requireClockRunning } from './case-clock';
import { closeTask } from './close-task';
import { openSteps } from './open-stage';
import type { TransferBody } from './schemas';
import { stepRole } from './task-access';
import { stepOfTask } from './workflow-of';

/**
 * 转办: the step belongs with another department (misrouted, or another office
 * of the jurisdiction is competent); the same step opens there for the same
 * role, with a fresh step limit, and the reasons go into the history.
 */
export async function transferTask(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: TransferBody,
): Promise<TaskOutcome> {
  return await actOnTask(deps, actor, audit, taskId, input, async (context) => {
    const { tx, row, item, task } = context;
    await requireClockRunning(tx, row);
    const department = await tx
      .selectFrom('departments')
      .select(['id', 'name', 'region_code'])
      .where('id', '=', input.departmentId)
      .where('active', '=', true)
      .where(sql<boolean>`${row.applicant_region_code} LIKE region_code || '%'`)
      .executeTakeFirst();
    if (!department || department.id === task.department_id) {
      throw invalidField('departmentId', '请选择办件所在辖区内的其他部门', 'TRANSFER_TARGET_INVALID');
    }
    await closeTask(context, 'transferred', input.opinion, {
      kind: 'task_transferred',
      details: { toDepartment: department.name },
    });
    const step = stepOfTask(item.content, task);
    await openSteps(
      tx,
      { notifier: deps.notifier, calendar: context.calendar },
      row,
      item,
      [{ step, index: task.step_index }],
      {
        departmentId: department.id,
        regionCode: department.region_code,
        kind: 'role',
        role: stepRole(task) ?? 'approver',
        assigneeId: null,
      },
    );
    return await outcomeOf(context);
  });
}
