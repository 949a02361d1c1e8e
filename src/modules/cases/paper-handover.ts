import { conflict } from '../../server/errors';
import type { AuditAction } from '../../shared/audit-actions';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { competentOffice, requireAct } from './acting';
import { type ActContext, type ActDeps, actOnCase } from './case-act';
import { appendEvent, type CaseRow, updateCase } from './case-store';
import type { Act, PaperSentBody } from './schemas';

/**
 * 通办: when a case was taken outside the applicant's own area, the paper
 * originals travel by post to the competent office (due within one working
 * day); the case records the sending and the receipt, so the back office sees
 * where the paper is.
 */

export interface Changed {
  caseId: string;
  version: number;
  status: CaseRow['status'];
}

export const changed = (after: CaseRow): Changed => ({
  caseId: after.id,
  version: after.row_version,
  status: after.status,
});

function requireAnyWindow(row: CaseRow): void {
  if (!row.any_window) {
    throw conflict('NOT_ANY_WINDOW', `办件 ${row.case_number} 不是通办件，纸质材料无需寄递`);
  }
}

async function audited(context: ActContext, audit: AuditActor, after: CaseRow, action: AuditAction) {
  await recordAudit(context.tx, audit, {
    action,
    entityType: 'case',
    entityId: after.id,
    regionCode: after.intake_region_code,
    after: { caseNumber: after.case_number, trackingNumber: after.paper_tracking_number },
  });
}

export async function recordPaperSent(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: PaperSentBody,
): Promise<Changed> {
  return await actOnCase(deps.db, actor, caseId, input, async (context) => {
    const { tx, row, eventActor } = context;
    requireAnyWindow(row);
    requireAct(row, 'send_paper');
    if (row.paper_sent_at)
      throw conflict('PAPER_ALREADY_SENT', `纸质材料已寄出，快递单号 ${row.paper_tracking_number}`);
    const after = await updateCase(tx, row, {
      paper_sent_at: new Date(),
      paper_tracking_number: input.trackingNumber,
    });
    await appendEvent(tx, after, 'paper_sent', eventActor, { trackingNumber: input.trackingNumber });
    await audited(context, audit, after, 'case.paper_sent');
    return changed(after);
  });
}

export async function recordPaperReceived(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: Act,
): Promise<Changed> {
  return await actOnCase(
    deps.db,
    actor,
    caseId,
    input,
    async (context) => {
      const { tx, row, eventActor } = context;
      requireAnyWindow(row);
      if (!row.paper_sent_at) throw conflict('PAPER_NOT_SENT', '受理窗口尚未登记寄出纸质材料');
      if (row.paper_received_at) throw conflict('PAPER_ALREADY_RECEIVED', '纸质材料已签收');
      const after = await updateCase(tx, row, { paper_received_at: new Date() });
      await appendEvent(tx, after, 'paper_received', eventActor, {
        trackingNumber: row.paper_tracking_number,
      });
      await audited(context, audit, after, 'case.paper_received');
      return changed(after);
    },
    competentOffice,
  );
}
