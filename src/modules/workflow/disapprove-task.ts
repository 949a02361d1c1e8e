import type { AuditActor, StaffActor } from '../auth/actor';
import { statusChanged } from '../cases/case-act';
import { documentHead, issueDocument } from '../cases/case-documents';
import { updateCase } from '../cases/case-store';
import { jointChildDecided } from '../cases/joint-completion';
import { reviewBodyOf } from '../cases/refuse-case';
import { refusalContent } from '../cases/rules/documents';
import { actOnTask, type TaskDeps } from './act-on-task';
import { outcomeOf, type TaskOutcome } from './approve-task';
import { requireClockRunning } from './case-clock';
import { closeTask, withdrawOpenTasks } from './close-task';
import type { DisapproveBody } from './schemas';
import { requireStepAction } from './workflow-of';

/**
 * 不予许可 (行政许可法 art. 38): the case is decided against the applicant with
 * a written decision stating the reasons and the rights to review and litigation.
 */
export async function disapproveTask(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: DisapproveBody,
): Promise<TaskOutcome> {
  return await actOnTask(deps, actor, audit, taskId, input, async (context) => {
    const { tx, row, item, eventActor } = context;
    requireStepAction(item.content, context.task, 'refuse');
    await requireClockRunning(tx, row);
    await withdrawOpenTasks(context.tx, context.row.id, context.task.id);
    const after = await updateCase(tx, row, {
      status: 'disapproved',
      closed_at: new Date(),
      current_step: null,
    });
    const content = refusalContent(
      await documentHead(tx, after, null),
      { reasons: input.reasons, legalBasis: input.legalBasis, reviewBody: await reviewBodyOf(tx, after) },
      'disapproval',
    );
    const document = await issueDocument(tx, after, 'disapproval', content, eventActor);
    await closeTask(context, 'disapproved', input.opinion, {
      kind: 'disapproved',
      row: after,
      details: { document: document.number, reasons: input.reasons },
    });
    await statusChanged(
      { ...context, row },
      { notifier: deps.notifier, audit },
      after,
      'case.disapprove',
      '请查看不予许可决定书。',
    );
    await jointChildDecided(tx, { notifier: deps.notifier, audit }, after, eventActor);
    return await outcomeOf(context);
  });
}
