import type { Db } from '../../db/database';
import { allows } from '../../shared/case-lifecycle';
import { type AuditActor, type StaffActor, SYSTEM_ACTOR } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import type { Notifier } from '../notify/notifier';
import { type Acceptance, type AcceptanceRecord, markAccepted, startWorkflow } from './accept-case';
import { requireIdentityChecked } from './applicant-identity';
import type { ActContext, ActDeps } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, type CaseRow, updateCase } from './case-store';
import { calendarForAcceptance, deadlinesFor } from './deadlines';
import {
  actOnJoint,
  actOnJointAsSystem,
  type JointContext,
  jointChanged,
  jointMaterialsByName,
  requireComplete,
} from './joint-act';
import { noticesOf } from './missing-notice';
import { acceptanceContent } from './rules/documents';
import { owedMaterials } from './rules/materials';
import type { Act } from './schemas';

/**
 * 受理 of a joint case: every child is accepted with its own item's deadlines
 * and its own department's workflow starts, in parallel with the others'; the
 * parent takes the latest deadlines (it follows its children's clocks after:
 * joint-deadlines.ts) and carries the one acceptance notice. By a clerk, or
 * deemed by law when a remote application's decision date passed.
 */

const latest = (dates: readonly (Date | null)[]) =>
  dates.reduce<Date | null>((last, date) => (date && (!last || date > last) ? date : last), null);

async function writeJointAcceptance(
  context: JointContext,
  deps: { notifier: Notifier; audit: AuditActor },
  when: Pick<Acceptance, 'acceptedAt' | 'calendar'>,
  record: AcceptanceRecord,
): Promise<Issued> {
  const { tx } = context;
  const accepted: { child: ActContext; after: CaseRow; acceptance: Acceptance }[] = [];
  for (const child of context.children) {
    const acceptance = { ...when, deadlines: deadlinesFor(when.calendar, child.item, when.acceptedAt) };
    accepted.push({ child, acceptance, after: await markAccepted(child, acceptance) });
  }
  const promised = latest(accepted.map((entry) => entry.after.promised_deadline)) as Date;
  const after = await updateCase(tx, context.parent, {
    status: 'accepted',
    accepted_at: when.acceptedAt,
    promised_deadline: promised,
    legal_deadline: latest(accepted.map((entry) => entry.after.legal_deadline)),
    deadlines_provisional: accepted.some((entry) => entry.acceptance.deadlines.provisional),
  });
  const slowest = accepted.find((entry) => entry.after.promised_deadline === promised);
  const document = await issueDocument(
    tx,
    after,
    'acceptance',
    acceptanceContent(
      await documentHead(tx, after, context.desk?.place ?? null),
      {
        handlingKind: after.handling_kind,
        promisedLimitDays: Math.max(...accepted.map((entry) => entry.child.item.content.promisedLimitDays)),
        promisedDeadline: slowest?.acceptance.deadlines.promisedLastDay ?? null,
        deadlineProvisional: after.deadlines_provisional,
      },
      record.deemedFrom,
    ),
    context.eventActor,
  );
  await appendEvent(tx, after, record.event, context.eventActor, {
    document: document.number,
    children: accepted.map((entry) => entry.after.case_number),
  });
  for (const { child, acceptance, after: childAfter } of accepted) {
    await appendEvent(tx, childAfter, record.event, context.eventActor, {
      document: document.number,
      parent: after.case_number,
    });
    await startWorkflow(child, acceptance, deps.notifier, childAfter);
  }
  const extra = record.deemedFrom ? `依法自${record.deemedFrom}提交之日起视为受理。` : '';
  await jointChanged(context, deps, after, record.auditAction, extra);
  return issued(after, document);
}

export async function acceptJoint(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  parentId: string,
  input: Act,
): Promise<Issued> {
  const acceptedAt = new Date();
  const calendar = await calendarForAcceptance(deps.db, acceptedAt);
  return await deps.db.transaction().execute((tx) =>
    actOnJoint(tx, actor, parentId, input, 'accept', async (context) => {
      requireIdentityChecked(context.parent);
      requireComplete(owedMaterials(await jointMaterialsByName(context), await noticesOf(tx, parentId)));
      return await writeJointAcceptance(
        context,
        { notifier: deps.notifier, audit },
        { acceptedAt, calendar },
        { event: 'accepted', auditAction: 'case.accept_joint', deemedFrom: null },
      );
    }),
  );
}

/** 视为受理 of a whole joint case, as of its submission; null when a clerk decided it meanwhile. */
export async function deemJointAccepted(
  deps: { db: Db; notifier: Notifier },
  parentId: string,
  calendar: WorkingCalendar,
  now: Date,
): Promise<Issued | null> {
  return await deps.db.transaction().execute((tx) =>
    actOnJointAsSystem(tx, parentId, async (context) => {
      const { parent } = context;
      if (
        !allows(parent.status, 'deem_accepted') ||
        parent.decision_due === null ||
        parent.decision_due >= now
      ) {
        return null;
      }
      const acceptedAt = parent.submitted_at;
      return await writeJointAcceptance(
        context,
        { notifier: deps.notifier, audit: SYSTEM_ACTOR },
        { acceptedAt, calendar },
        { event: 'deemed_accepted', auditAction: 'case.deem_accept', deemedFrom: shanghaiDate(acceptedAt) },
      );
    }),
  );
}
