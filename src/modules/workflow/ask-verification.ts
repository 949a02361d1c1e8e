import { invalidField } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import { deadlineAfter } from '../calendar/rules/deadlines';
import { actOnTask, type TaskDeps, updateTask } from './act-on-task';
import { outcomeOf, type TaskOutcome } from './approve-task';
import { appendActionEvent } from './attachments/use-attachments';
import { departmentPhones, HANDLING_ROLES } from './clock-notify';
import type { VerificationBody } from './clock-schemas';
import { smsToStaff } from './task-notify';
import { requireStepAction } from './workflow-of';

/**
 * 信息核验: instead of sending the applicant for a certificate, the task's
 * department asks another department to confirm a fact, with photos from the
 * case's own materials and a deadline in working days; that department's
 * staff are told at once.
 */
export async function askVerification(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: VerificationBody,
): Promise<TaskOutcome> {
  return await actOnTask(deps, actor, audit, taskId, input, async (context) => {
    const { tx, row, item, task, eventActor } = context;
    requireStepAction(item.content, task, 'verify');
    const target = await tx
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('id', '=', input.toDepartmentId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!target || target.id === task.department_id) {
      throw invalidField('toDepartmentId', '请选择本部门以外的核验部门', 'VERIFICATION_TARGET_INVALID');
    }
    if (input.materialIds.length > 0) {
      const ofCase = await tx
        .selectFrom('material_uses')
        .select('material_id')
        .where('case_ref', '=', row.case_number)
        .where('material_id', 'in', input.materialIds)
        .execute();
      if (ofCase.length !== new Set(input.materialIds).size) {
        throw invalidField('materialIds', '只能附上本办件的材料', 'MATERIAL_NOT_OF_CASE');
      }
    }
    const askedAt = new Date();
    const dueAt = deadlineAfter(context.calendar, askedAt, input.workingDays);
    const asked = await tx
      .insertInto('case_verifications')
      .values({
        case_id: row.id,
        region_code: row.competent_region_code,
        task_id: task.id,
        from_department_id: task.department_id,
        to_department_id: target.id,
        question: input.question,
        material_ids: [...new Set(input.materialIds)],
        working_days: input.workingDays,
        asked_at: askedAt,
        asked_by: actor.id,
        asked_by_name: actor.name,
        due_at: dueAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await updateTask(tx, task, {});
    await appendActionEvent(context, row, 'verification_requested', eventActor, {
      verificationId: asked.id,
      taskId: task.id,
      stepName: task.step_name,
      toDepartment: target.name,
      question: input.question,
      dueAt: dueAt.toISOString(),
    });
    await smsToStaff(tx, deps.notifier, await departmentPhones(tx, target.id, HANDLING_ROLES), {
      purpose: 'verification_requested',
      body: `【一次政务服务】核验请求：${eventActor.officeName ?? ''}请贵部门核实办件${row.case_number}的有关情况，请于${shanghaiDate(dueAt)}前在“核验请求”中回复。`,
    });
    await recordAudit(tx, audit, {
      action: 'case.ask_verification',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.competent_region_code,
      after: { caseNumber: row.case_number, verificationId: asked.id, toDepartment: target.name },
    });
    return await outcomeOf(context);
  });
}
