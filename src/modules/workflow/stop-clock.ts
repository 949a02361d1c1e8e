import type { AuditAction } from '../../shared/audit-actions';
import type { DocumentKind } from '../../shared/case-terms';
import type { SuspensionKind } from '../../shared/clock-terms';
import { recordAudit } from '../audit/record-audit';
import { documentHead, type IssuedDocument, issueDocument } from '../cases/case-documents';
import type { DocumentHead } from '../cases/rules/documents';
import { type TaskContext, updateTask } from './act-on-task';
import { outcomeOf, type TaskOutcome } from './approve-task';
import { appendActionEvent } from './attachments/use-attachments';
import { requireClockRunning } from './case-clock';
import { tellApplicant } from './clock-notify';

/**
 * The clock of a case stops (中止计时) from one of its tasks: one period
 * starts (at most one runs per case), the applicant gets the written notice
 * and an SMS, the history and the audit log say so, and the task's version
 * moves on (its holder's screen must show it waiting).
 */

export interface Stop {
  kind: SuspensionKind;
  note: string;
  corrections: readonly string[];
  document: {
    kind: Extract<DocumentKind, 'special_procedure' | 'correction_request'>;
    content: (head: DocumentHead) => { officeName: string } & Record<string, unknown>;
  };
  event: 'suspended' | 'correction_requested';
  /** What the applicant's SMS says after the item and case number. */
  tell: (document: IssuedDocument) => string;
  auditAction: AuditAction;
}

export async function stopClock(context: TaskContext, stop: Stop, at: Date): Promise<TaskOutcome> {
  const { tx, row, item, task, eventActor } = context;
  await requireClockRunning(tx, row, '再次中止计时');
  const head = await documentHead(tx, row, null);
  const document = await issueDocument(tx, row, stop.document.kind, stop.document.content(head), eventActor);
  const started = await tx
    .insertInto('case_suspensions')
    .values({
      case_id: row.id,
      region_code: row.competent_region_code,
      task_id: task.id,
      department_id: task.department_id,
      kind: stop.kind,
      note: stop.note,
      corrections: [...stop.corrections],
      document_id: document.id,
      started_at: at,
      started_by: eventActor.id as string,
      started_by_name: eventActor.name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await updateTask(tx, task, {});
  await appendActionEvent(context, row, stop.event, eventActor, {
    taskId: task.id,
    stepName: task.step_name,
    suspensionId: started.id,
    kind: stop.kind,
    note: stop.note,
    corrections: stop.corrections,
    document: document.number,
  });
  await tellApplicant(tx, context.notifier, row, item.content.name, stop.tell(document));
  await recordAudit(tx, context.audit, {
    action: stop.auditAction,
    entityType: 'case',
    entityId: row.id,
    regionCode: row.competent_region_code,
    after: { caseNumber: row.case_number, suspensionId: started.id, kind: stop.kind, startedAt: at },
  });
  return await outcomeOf(context);
}
