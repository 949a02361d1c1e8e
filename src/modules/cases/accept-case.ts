import { conflict } from '../../server/errors';
import type { AuditActor, StaffActor } from '../auth/actor';
import { requireStatus } from './acting';
import { type ActContext, type ActDeps, actOnCase, statusChanged } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, loadMaterials, updateCase } from './case-store';
import { calendarForAcceptance, deadlinesFor } from './deadlines';
import { acceptanceContent } from './rules/documents';
import { problemsOf } from './rules/materials';
import type { Act } from './schemas';

/**
 * 受理: the materials are complete and in order. A promised item then waits in
 * its workflow's first step (the back office takes it from there); an
 * on-the-spot item is completed at the window next.
 */

/** The step a newly accepted case waits in: the first workflow step of a promised item. */
export function firstStepOf(context: ActContext): string | null {
  return context.item.content.handlingKind === 'promised'
    ? (context.item.content.workflow[0]?.key ?? null)
    : null;
}

export async function acceptCase(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: Act,
): Promise<Issued> {
  const acceptedAt = new Date();
  const calendar = await calendarForAcceptance(deps.db, acceptedAt);
  return await actOnCase(deps.db, actor, caseId, input, async (context) => {
    const { tx, row, item, desk, eventActor } = context;
    requireStatus(row, ['submitted', 'awaiting_materials'], '受理');
    const problems = problemsOf(await loadMaterials(tx, row.id));
    if (problems.length > 0) {
      throw conflict(
        'MATERIALS_INCOMPLETE',
        `材料不齐全或不符合要求，不能受理：${problems.map((material) => `“${material.name}”`).join('、')}；请一次性告知补正，或对次要材料容缺受理`,
        { materials: problems.map((material) => material.key) },
      );
    }
    const deadlines = deadlinesFor(calendar, item, acceptedAt);
    const after = await updateCase(tx, row, {
      status: 'accepted',
      accepted_at: acceptedAt,
      current_step: firstStepOf(context),
      promised_deadline: deadlines.promised,
      legal_deadline: deadlines.legal,
    });
    const head = await documentHead(tx, after, desk?.place ?? null);
    const document = await issueDocument(
      tx,
      after,
      'acceptance',
      acceptanceContent(head, {
        handlingKind: item.content.handlingKind,
        promisedLimitDays: item.content.promisedLimitDays,
        promisedDeadline: deadlines.promisedLastDay,
      }),
      eventActor,
    );
    await appendEvent(tx, after, 'accepted', eventActor, { document: document.number });
    await statusChanged(context, { notifier: deps.notifier, audit }, after, 'case.accept');
    return issued(after, document);
  });
}
