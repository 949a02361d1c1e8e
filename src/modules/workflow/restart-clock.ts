import type { Tx } from '../../db/database';
import type { AuditAction } from '../../shared/audit-actions';
import { SUSPENSION_KINDS } from '../../shared/clock-terms';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import { lostWorkingDays } from '../calendar/rules/deadlines';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import type { CaseItem } from '../cases/case-item';
import type { CaseRow, EventActor } from '../cases/case-store';
import type { Notifier } from '../notify/notifier';
import { type AttachmentRef, appendActionEvent } from './attachments/use-attachments';
import { type Recomputed, recomputeDeadlines, type SuspensionRow } from './case-clock';
import { tellApplicant } from './clock-notify';

/**
 * The clock of a case restarts (恢复计时): the period ends, every deadline of
 * the case and its open tasks is computed again with it, and the history,
 * the applicant and the audit log get the working days lost and the new dates.
 */

/** What an act restarting the clock holds: its transaction, the locked case and its item, the calendar. */
export interface ClockFrame {
  tx: Tx;
  row: CaseRow;
  item: CaseItem;
  calendar: WorkingCalendar;
  audit: AuditActor;
  notifier: Notifier;
  /** An officer's attachments, when an action on a task restarts it. */
  attachments?: readonly AttachmentRef[];
}

export interface Ending {
  by: EventActor;
  /** The special procedure's outcome, or the applicant's answer. */
  note: string;
  materialIds: readonly string[];
  channel: 'online' | 'window' | null;
  event: 'resumed' | 'correction_answered';
  auditAction: AuditAction;
}

const iso = (value: Date | null) => value?.toISOString() ?? null;

export async function restartClock(
  frame: ClockFrame,
  stop: SuspensionRow,
  ending: Ending,
  at: Date,
): Promise<Recomputed> {
  const { tx, row, item, calendar } = frame;
  await tx
    .updateTable('case_suspensions')
    .set({
      ended_at: at,
      ended_by_kind: ending.by.kind === 'resident' ? 'resident' : 'staff',
      ended_by_id: ending.by.id,
      ended_by_name: ending.by.name,
      end_note: ending.note,
      answer_material_ids: [...ending.materialIds],
      answer_channel: ending.channel,
    })
    .where('id', '=', stop.id)
    .execute();
  const recomputed = await recomputeDeadlines(tx, row, item, calendar, at);
  const lost = lostWorkingDays(
    calendar,
    { start: stop.started_at, end: at },
    { startedAt: row.accepted_at as Date, now: at },
  );
  await appendActionEvent(frame, recomputed.row, ending.event, ending.by, {
    suspensionId: stop.id,
    taskId: stop.task_id,
    kind: stop.kind,
    note: ending.note,
    materialIds: ending.materialIds,
    lostWorkingDays: lost,
    promisedDeadline: { before: iso(recomputed.before.promised), after: iso(recomputed.after.promised) },
    legalDeadline: { before: iso(recomputed.before.legal), after: iso(recomputed.after.legal) },
  });
  const what = stop.kind === 'correction' ? '已收到您的补正' : `${SUSPENSION_KINDS[stop.kind]}已结束`;
  await tellApplicant(
    tx,
    frame.notifier,
    row,
    item.content.name,
    `${what}，恢复计算办理期限（中止期间${lost}个工作日不计入），承诺办结日期为${shanghaiDate(recomputed.after.promised)}。`,
  );
  await recordAudit(tx, frame.audit, {
    action: ending.auditAction,
    entityType: 'case',
    entityId: row.id,
    regionCode: row.competent_region_code,
    before: { promisedDeadline: recomputed.before.promised, legalDeadline: recomputed.before.legal },
    after: {
      caseNumber: row.case_number,
      suspensionId: stop.id,
      lostWorkingDays: lost,
      promisedDeadline: recomputed.after.promised,
      legalDeadline: recomputed.after.legal,
    },
  });
  return recomputed;
}
