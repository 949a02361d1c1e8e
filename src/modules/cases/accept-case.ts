import type { Updateable } from 'kysely';
import type { CasesTable } from '../../db/schema';
import { conflict } from '../../server/errors';
import type { AuditAction } from '../../shared/audit-actions';
import type { CaseAct } from '../../shared/case-lifecycle';
import type { CaseEventKind } from '../../shared/case-terms';
import type { AuditActor, StaffActor } from '../auth/actor';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import type { Notifier } from '../notify/notifier';
import { openSteps } from '../workflow/open-stage';
import { firstStage } from '../workflow/rules/stages';
import { workflowOf } from '../workflow/workflow-of';
import { requireAct } from './acting';
import { requireIdentityChecked } from './applicant-identity';
import { type ActContext, type ActDeps, actOnCase, statusChanged } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, type CaseRow, updateCase } from './case-store';
import { type CaseDeadlines, calendarForAcceptance, deadlinesFor } from './deadlines';
import { materialsWithNotices } from './missing-notice';
import { acceptanceContent } from './rules/documents';
import { owedMaterials } from './rules/materials';
import type { Act } from './schemas';

/**
 * 受理: the materials are complete and in order. A promised item then waits in
 * its workflow's first step (the back office takes it from there); an
 * on-the-spot item is completed at the window next.
 */

export interface Acceptance {
  acceptedAt: Date;
  deadlines: CaseDeadlines;
  calendar: WorkingCalendar;
}

/**
 * The frame of both acceptances: the calendar read before the transaction,
 * then the case locked and still open for an intake decision.
 */
export async function actToAccept<T>(
  deps: ActDeps,
  actor: StaffActor,
  caseId: string,
  input: Act,
  how: Extract<CaseAct, 'accept' | 'accept_tolerantly'>,
  act: (context: ActContext, acceptance: Acceptance) => Promise<T>,
): Promise<T> {
  const acceptedAt = new Date();
  const calendar = await calendarForAcceptance(deps.db, acceptedAt);
  return await actOnCase(deps.db, actor, caseId, input, async (context) => {
    requireAct(context.row, how);
    requireIdentityChecked(context.row);
    return await act(context, {
      acceptedAt,
      deadlines: deadlinesFor(calendar, context.item, acceptedAt),
      calendar,
    });
  });
}

function firstStageOf(context: ActContext) {
  const { content } = context.item;
  return content.handlingKind === 'promised' ? (firstStage(workflowOf(content)) ?? []) : [];
}

/** Writes the acceptance with its deadlines; a promised item waits in its workflow's first step. */
export async function markAccepted(
  context: ActContext,
  acceptance: Acceptance,
  extra: Updateable<CasesTable> = {},
): Promise<CaseRow> {
  return await updateCase(context.tx, context.row, {
    status: 'accepted',
    accepted_at: acceptance.acceptedAt,
    current_step: firstStageOf(context)[0]?.step.key ?? null,
    promised_deadline: acceptance.deadlines.promised,
    promised_limit_days: context.item.content.promisedLimitDays,
    legal_deadline: acceptance.deadlines.legal,
    deadlines_provisional: acceptance.deadlines.provisional,
    ...extra,
  });
}

/** After the acceptance is in the history: a promised item's first tasks open and their holders are told. */
export async function startWorkflow(
  context: ActContext,
  acceptance: Acceptance,
  notifier: Notifier,
  accepted: CaseRow,
): Promise<void> {
  await openSteps(
    context.tx,
    { notifier, calendar: acceptance.calendar },
    accepted,
    context.item,
    firstStageOf(context),
  );
}

/** How an acceptance is recorded: by a clerk's decision, or deemed by law once the decision is overdue. */
export interface AcceptanceRecord {
  event: Extract<CaseEventKind, 'accepted' | 'deemed_accepted'>;
  auditAction: AuditAction;
  /** For a deemed acceptance: the submission day it counts from (yyyy-mm-dd). */
  deemedFrom: string | null;
}

/** The acceptance written: state and deadlines, the acceptance notice, the history, the applicant told. */
export async function writeAcceptance(
  context: ActContext,
  deps: { notifier: Notifier; audit: AuditActor },
  acceptance: Acceptance,
  record: AcceptanceRecord,
): Promise<Issued> {
  const { tx, item, desk, eventActor } = context;
  const after = await markAccepted(context, acceptance);
  const head = await documentHead(tx, after, desk?.place ?? null, item);
  const document = await issueDocument(
    tx,
    after,
    'acceptance',
    acceptanceContent(
      head,
      {
        handlingKind: item.content.handlingKind,
        promisedLimitDays: item.content.promisedLimitDays,
        promisedDeadline: acceptance.deadlines.promisedLastDay,
        deadlineProvisional: acceptance.deadlines.provisional,
      },
      record.deemedFrom,
    ),
    eventActor,
  );
  await appendEvent(tx, after, record.event, eventActor, { document: document.number });
  await startWorkflow(context, acceptance, deps.notifier, after);
  const extra = record.deemedFrom ? `依法自${record.deemedFrom}提交之日起视为受理。` : '';
  await statusChanged(context, deps, after, record.auditAction, extra);
  return issued(after, document);
}

export async function acceptCase(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: Act,
): Promise<Issued> {
  return await actToAccept(deps, actor, caseId, input, 'accept', async (context, acceptance) => {
    // What the first notice did not name cannot be asked for again, so it does not stand in the way (art. 32).
    const { tx, row } = context;
    const { materials, notices } = await materialsWithNotices(tx, row.id);
    const problems = owedMaterials(materials, notices);
    if (problems.length > 0) {
      throw conflict(
        'MATERIALS_INCOMPLETE',
        `材料不齐全或不符合要求，不能受理：${problems.map((material) => `“${material.name}”`).join('、')}；请一次性告知补正，或对次要材料容缺受理`,
        { materials: problems.map((material) => material.key) },
      );
    }
    return await writeAcceptance(context, { notifier: deps.notifier, audit }, acceptance, {
      event: 'accepted',
      auditAction: 'case.accept',
      deemedFrom: null,
    });
  });
}
