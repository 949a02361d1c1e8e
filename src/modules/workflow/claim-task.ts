import { sql } from 'kysely';
import { conflict, invalidField } from '../../server/errors';
import type { AuditAction } from '../../shared/audit-actions';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { appendEvent } from '../cases/case-store';
import { actOnTask, type TaskContext, type TaskDeps, updateTask } from './act-on-task';
import { outcomeOf, type TaskOutcome } from './approve-task';
import type { ReassignBody, TaskAct } from './schemas';
import { leadsDepartment, mayClaim, stepRole } from './task-access';
import { notifyTaskHolders } from './task-notify';

/** 签收: a colleague takes the task from the department's pool; it leaves the others' lists. */
export async function claimTask(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: TaskAct,
): Promise<TaskOutcome> {
  return await actOnTask(
    deps,
    actor,
    audit,
    taskId,
    input,
    async (context) => {
      const claimed = await updateTask(context.tx, context.task, {
        assignee_id: actor.id,
        claimed_at: new Date(),
      });
      await appendEvent(context.tx, context.row, 'task_claimed', context.eventActor, {
        taskId: claimed.id,
        step: claimed.step_key,
        stepName: claimed.step_name,
      });
      await auditChange(context, 'task.claim', claimed.assignee_id);
      return await outcomeOf(context);
    },
    (who, task) => {
      if (task.assignee_id !== null) {
        throw conflict('TASK_ALREADY_CLAIMED', `“${task.step_name}”环节的待办已被签收`);
      }
      return mayClaim(who, task);
    },
  );
}

/** 改派: the holder or the department's leader gives the task to a colleague who holds the step's role. */
export async function reassignTask(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: ReassignBody,
): Promise<TaskOutcome> {
  return await actOnTask(
    deps,
    actor,
    audit,
    taskId,
    input,
    async (context) => {
      const { tx, task } = context;
      const colleague = await tx
        .selectFrom('staff_users as u')
        .innerJoin('role_grants as g', 'g.user_id', 'u.id')
        .select(['u.id', 'u.display_name'])
        .where('u.id', '=', input.assigneeId)
        .where('u.active', '=', true)
        .where('g.role', '=', stepRole(task) ?? 'approver')
        .where(sql<boolean>`coalesce(g.department_id, u.department_id) = ${task.department_id}`)
        .where(sql<boolean>`(g.region_code IS NULL OR ${task.region_code} LIKE g.region_code || '%')`)
        .executeTakeFirst();
      if (!colleague) {
        throw invalidField('assigneeId', '只能改派给本部门具有该环节岗位的人员', 'ASSIGNEE_NOT_ELIGIBLE');
      }
      const reassigned = await updateTask(tx, task, { assignee_id: colleague.id, claimed_at: new Date() });
      await appendEvent(tx, context.row, 'task_reassigned', context.eventActor, {
        taskId: task.id,
        step: task.step_key,
        stepName: task.step_name,
        to: colleague.display_name,
        opinion: input.opinion,
      });
      await auditChange(context, 'task.reassign', colleague.id);
      await notifyTaskHolders(tx, deps.notifier, context.row, context.item, reassigned);
      return await outcomeOf(context);
    },
    (who, task) => task.assignee_id === who.id || leadsDepartment(who, task),
  );
}

async function auditChange(
  context: TaskContext,
  action: AuditAction,
  assigneeId: string | null,
): Promise<void> {
  await recordAudit(context.tx, context.audit, {
    action,
    entityType: 'case_task',
    entityId: context.task.id,
    regionCode: context.task.region_code,
    before: { assigneeId: context.task.assignee_id },
    after: { assigneeId, caseNumber: context.row.case_number },
  });
}
