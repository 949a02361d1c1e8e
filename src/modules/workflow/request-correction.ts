import type { AuditActor, StaffActor } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import { actOnTask, type TaskDeps } from './act-on-task';
import type { TaskOutcome } from './approve-task';
import type { CorrectionBody } from './clock-schemas';
import { correctionRequestContent } from './rules/clock-documents';
import { stopClock } from './stop-clock';
import { requireStepAction } from './workflow-of';

/**
 * 退回申请人补正: the approver names everything the applicant must correct;
 * the clock stops until the applicant answers (in the app, or at a window),
 * and the applicant gets the written notice (补正通知书) and an SMS.
 * Allowed wherever the step allows returning.
 */
export async function requestCorrection(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: CorrectionBody,
): Promise<TaskOutcome> {
  const at = new Date();
  return await actOnTask(deps, actor, audit, taskId, input, async (context) => {
    requireStepAction(context.item.content, context.task, 'return');
    return await stopClock(
      context,
      {
        kind: 'correction',
        note: input.note,
        corrections: input.corrections,
        document: {
          kind: 'correction_request',
          content: (head) =>
            correctionRequestContent(head, {
              corrections: input.corrections,
              note: input.note,
              startedOn: shanghaiDate(at),
            }),
        },
        event: 'correction_requested',
        tell: (document) =>
          `需要您补正${input.corrections.length}项内容，详见${document.title}（${document.number}）。` +
          '请在群众端“办事进度”中提交，或到任一窗口提交；补正期间不计入办理期限。',
        auditAction: 'case.request_correction',
      },
      at,
    );
  });
}
