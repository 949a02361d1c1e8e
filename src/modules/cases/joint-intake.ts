import type { Updateable } from 'kysely';
import type { CasesTable } from '../../db/schema';
import type { CaseEventKind } from '../../shared/case-terms';
import type { AuditActor, StaffActor } from '../auth/actor';
import type { ActDeps } from './case-act';
import { documentHead, type Issued, type IssuedDocument, issueDocument, issued } from './case-documents';
import { appendEvent, type CaseRow, updateCase } from './case-store';
import { actOnJoint, type JointContext, jointChanged, jointMaterialsByName } from './joint-act';
import { noticeList, noticesOf } from './missing-notice';
import { reviewBodyOf } from './refuse-case';
import { missingNoticeContent, refusalContent } from './rules/documents';
import type { Act, RefuseBody } from './schemas';

/**
 * Intake decisions on a joint case are taken once, on the parent, and apply to
 * the whole bundle in one transaction: the parent carries the one document the
 * applicant receives; each child records the decision under that document's number.
 */

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

/** 一次性告知: ONE notice on the parent listing everything missing or wrong across all children. */
export async function noticeJoint(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  parentId: string,
  input: Act,
): Promise<Issued> {
  return await deps.db.transaction().execute((tx) =>
    actOnJoint(tx, actor, parentId, input, 'missing_notice', async (context) => {
      const problems = noticeList(await jointMaterialsByName(context), await noticesOf(tx, parentId));
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
    actOnJoint(tx, actor, parentId, input, 'refuse', async (context) => {
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
