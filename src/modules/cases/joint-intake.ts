import type { Updateable } from 'kysely';
import type { CasesTable } from '../../db/schema';
import { conflict } from '../../server/errors';
import type { CaseEventKind } from '../../shared/case-terms';
import type { AuditActor, StaffActor } from '../auth/actor';
import { type Acceptance, markAccepted, startWorkflow } from './accept-case';
import type { ActContext, ActDeps } from './case-act';
import { documentHead, type Issued, type IssuedDocument, issueDocument, issued } from './case-documents';
import { appendEvent, type CaseRow, updateCase } from './case-store';
import { calendarForAcceptance, deadlinesFor } from './deadlines';
import { actOnJoint, type JointContext, jointChanged, jointProblems, requireComplete } from './joint-act';
import { firstNoticeOf } from './missing-notice';
import { reviewBodyOf } from './refuse-case';
import { acceptanceContent, missingNoticeContent, refusalContent } from './rules/documents';
import { unnameableInLaterNotice } from './rules/materials';
import type { Act, RefuseBody } from './schemas';

/**
 * Intake decisions on a joint case are taken once, on the parent, and apply to
 * the whole bundle in one transaction: the parent carries the one document the
 * applicant receives; each child records the decision under that document's number.
 */

const latest = (dates: readonly (Date | null)[]) =>
  dates.reduce<Date | null>((last, date) => (date && (!last || date > last) ? date : last), null);

/** The parent's decision recorded on each child, citing the parent's document. */
async function applyToChildren(
  context: JointContext,
  changes: Updateable<CasesTable>,
  kind: CaseEventKind,
  parent: CaseRow,
  document: IssuedDocument,
): Promise<void> {
  for (const child of context.children) {
    const after = await updateCase(context.tx, child.row, changes);
    await appendEvent(context.tx, after, kind, context.eventActor, {
      document: document.number,
      parent: parent.case_number,
    });
  }
}

/** 受理: every child is accepted and its own department's workflow starts, in parallel with the others'. */
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
    actOnJoint(tx, actor, parentId, input, '受理', async (context) => {
      requireComplete(await jointProblems(context));
      const accepted: { child: ActContext; after: CaseRow; acceptance: Acceptance }[] = [];
      for (const child of context.children) {
        const acceptance = {
          acceptedAt,
          calendar,
          deadlines: deadlinesFor(calendar, child.item, acceptedAt),
        };
        accepted.push({ child, acceptance, after: await markAccepted(child, acceptance) });
      }
      const promised = latest(accepted.map((entry) => entry.after.promised_deadline)) as Date;
      const after = await updateCase(tx, context.parent, {
        status: 'accepted',
        accepted_at: acceptedAt,
        promised_deadline: promised,
        legal_deadline: latest(accepted.map((entry) => entry.after.legal_deadline)),
      });
      const slowest = accepted.find((entry) => entry.after.promised_deadline === promised);
      const document = await issueDocument(
        tx,
        after,
        'acceptance',
        acceptanceContent(await documentHead(tx, after, context.desk?.place ?? null), {
          handlingKind: after.handling_kind,
          promisedLimitDays: Math.max(...accepted.map((entry) => entry.child.item.content.promisedLimitDays)),
          promisedDeadline: slowest?.acceptance.deadlines.promisedLastDay ?? null,
        }),
        context.eventActor,
      );
      await appendEvent(tx, after, 'accepted', context.eventActor, {
        document: document.number,
        children: accepted.map((entry) => entry.after.case_number),
      });
      for (const { child, acceptance, after: childAfter } of accepted) {
        await appendEvent(tx, childAfter, 'accepted', context.eventActor, {
          document: document.number,
          parent: after.case_number,
        });
        await startWorkflow(child, acceptance, deps.notifier, childAfter);
      }
      await jointChanged(context, { notifier: deps.notifier, audit }, after, 'case.accept_joint');
      return issued(after, document);
    }),
  );
}

/** 一次性告知: ONE notice on the parent listing everything missing or wrong across all children. */
export async function noticeJoint(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  parentId: string,
  input: Act,
): Promise<Issued> {
  return await deps.db.transaction().execute((tx) =>
    actOnJoint(tx, actor, parentId, input, '出具一次性告知书', async (context) => {
      const problems = await jointProblems(context);
      if (problems.length === 0) {
        throw conflict('NOTHING_MISSING', '材料齐全且符合要求，无需告知补正，请直接受理');
      }
      const first = await firstNoticeOf(tx, context.parent);
      const refused = first ? unnameableInLaterNotice(first, problems) : [];
      if (first && refused.length > 0) {
        throw conflict(
          'NOTICE_ADDS_REQUIREMENTS',
          `已出具一次性告知书（${first.number}），不得再要求其未列明的材料：${refused.map((material) => `“${material.name}”`).join('、')}`,
          { firstNotice: first.number, materials: refused.map((material) => material.key) },
        );
      }
      const head = await documentHead(tx, context.parent, context.desk?.place ?? null);
      const document = await issueDocument(
        tx,
        context.parent,
        'missing_materials',
        missingNoticeContent(head, problems),
        context.eventActor,
      );
      const after = await updateCase(tx, context.parent, { status: 'awaiting_materials' });
      await appendEvent(tx, after, 'missing_notice_issued', context.eventActor, {
        document: document.number,
        materials: problems.map((material) => material.key),
      });
      await applyToChildren(
        context,
        { status: 'awaiting_materials' },
        'missing_notice_issued',
        after,
        document,
      );
      await jointChanged(
        context,
        { notifier: deps.notifier, audit },
        after,
        'case.missing_notice_joint',
        '请按一次性告知书补正材料。',
      );
      return issued(after, document);
    }),
  );
}

/** 不予受理 of the whole bundle: one decision, with the reasons and the applicant's rights. */
export async function refuseJoint(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  parentId: string,
  input: RefuseBody,
): Promise<Issued> {
  return await deps.db.transaction().execute((tx) =>
    actOnJoint(tx, actor, parentId, input, '作出不予受理决定', async (context) => {
      const closedAt = new Date();
      const after = await updateCase(tx, context.parent, { status: 'refused', closed_at: closedAt });
      const content = refusalContent(await documentHead(tx, after, context.desk?.place ?? null), {
        reasons: input.reasons,
        legalBasis: input.legalBasis,
        reviewBody: await reviewBodyOf(tx, after),
      });
      const document = await issueDocument(tx, after, 'refusal', content, context.eventActor);
      await appendEvent(tx, after, 'refused', context.eventActor, {
        document: document.number,
        reasons: input.reasons,
      });
      await applyToChildren(context, { status: 'refused', closed_at: closedAt }, 'refused', after, document);
      await jointChanged(
        context,
        { notifier: deps.notifier, audit },
        after,
        'case.refuse_joint',
        '请查看不予受理决定书。',
      );
      return issued(after, document);
    }),
  );
}
