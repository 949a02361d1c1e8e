import { conflict } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { actOnTask, type TaskDeps, updateTask } from './act-on-task';
import { outcomeOf, type TaskOutcome } from './approve-task';
import { appendActionEvent } from './attachments/use-attachments';
import { departmentPhones } from './clock-notify';
import type { ExtensionBody } from './clock-schemas';
import { smsToStaff } from './task-notify';
import { requireStepAction } from './workflow-of';

/**
 * 延期 (《行政许可法》第四十二条): from a step that allows it, with written
 * reasons, the officer asks a leader of the task's department to extend the
 * legal limit. A case is extended once: a second request, while one waits or
 * after one was approved, is refused.
 */
export async function requestExtension(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: ExtensionBody,
): Promise<TaskOutcome> {
  return await actOnTask(deps, actor, audit, taskId, input, async (context) => {
    const { tx, row, item, task, eventActor } = context;
    requireStepAction(item.content, task, 'extend');
    if (row.legal_deadline === null) {
      throw conflict('NO_LEGAL_LIMIT', '该事项没有法定办结期限，无需延期');
    }
    const earlier = await tx
      .selectFrom('case_extensions')
      .select('state')
      .where('case_id', '=', row.id)
      .where('state', 'in', ['requested', 'approved'])
      .executeTakeFirst();
    if (earlier?.state === 'approved') {
      throw conflict('EXTENSION_ONCE', `办件 ${row.case_number} 已延长过一次办理期限，依法不能再次延期`);
    }
    if (earlier) throw conflict('EXTENSION_PENDING', `办件 ${row.case_number} 已有延期申请在等待领导审批`);
    const requested = await tx
      .insertInto('case_extensions')
      .values({
        case_id: row.id,
        region_code: row.competent_region_code,
        task_id: task.id,
        department_id: task.department_id,
        working_days: input.workingDays,
        reason: input.reason,
        requested_at: new Date(),
        requested_by: actor.id,
        requested_by_name: actor.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await updateTask(tx, task, {});
    await appendActionEvent(context, row, 'extension_requested', eventActor, {
      extensionId: requested.id,
      taskId: task.id,
      stepName: task.step_name,
      workingDays: input.workingDays,
      reason: input.reason,
    });
    await smsToStaff(tx, deps.notifier, await departmentPhones(tx, task.department_id, ['dept_leader']), {
      purpose: 'extension_requested',
      body: `【一次政务服务】延期审批：“${item.content.name}”（办件编号${row.case_number}）申请延长办理期限${input.workingDays}个工作日，请及时审批。`,
    });
    await recordAudit(tx, audit, {
      action: 'case.request_extension',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.competent_region_code,
      after: { caseNumber: row.case_number, extensionId: requested.id, workingDays: input.workingDays },
    });
    return await outcomeOf(context);
  });
}
