import { SPECIAL_PROCEDURES } from '../../shared/clock-terms';
import type { AuditActor, StaffActor } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import { actOnTask, type TaskDeps } from './act-on-task';
import type { TaskOutcome } from './approve-task';
import type { SuspendBody } from './clock-schemas';
import { specialProcedureContent } from './rules/clock-documents';
import { stopClock } from './stop-clock';
import { requireStepAction } from './workflow-of';

/**
 * 中止 for a special procedure (《行政许可法》第四十五条: hearing, tender or
 * auction, testing, inspection, quarantine, appraisal, expert review): its
 * time does not count; the applicant is told in writing (特别程序告知书).
 */
export async function suspendCase(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: SuspendBody,
  at = new Date(),
): Promise<TaskOutcome> {
  return await actOnTask(deps, actor, audit, taskId, input, async (context) => {
    requireStepAction(context.item.content, context.task, 'suspend');
    const name = SPECIAL_PROCEDURES[input.kind];
    return await stopClock(
      context,
      {
        kind: input.kind,
        note: input.note,
        corrections: [],
        document: {
          kind: 'special_procedure',
          content: (head) =>
            specialProcedureContent(head, {
              procedure: input.kind,
              note: input.note,
              startedOn: shanghaiDate(at),
            }),
        },
        event: 'suspended',
        tell: (document) =>
          `需要进行${name}，${name}所需时间不计入办理期限，办理期限相应顺延，详见${document.title}（${document.number}）。`,
        auditAction: 'case.suspend',
      },
      at,
    );
  });
}
