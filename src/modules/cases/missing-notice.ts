import type { Db, Tx } from '../../db/database';
import { conflict } from '../../server/errors';
import type { AuditActor, StaffActor } from '../auth/actor';
import { requireStatus } from './acting';
import { type ActDeps, actOnCase, statusChanged } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, type CaseRow, loadMaterials, updateCase } from './case-store';
import { missingNoticeContent } from './rules/documents';
import { problemsOf, unnameableInLaterNotice } from './rules/materials';
import type { Act } from './schemas';

/**
 * 一次性告知: ONE notice listing everything missing or wrong, built by the
 * product from the case's materials (the clerk cannot leave anything out). A
 * later notice may only repeat what the first named, or object to a paper
 * handed over after it (see unnameableInLaterNotice).
 */

/** The case's first missing-material notice: its number, when, and the materials it named. */
export async function firstNoticeOf(db: Db | Tx, row: CaseRow) {
  const first = await db
    .selectFrom('case_documents')
    .select(['number', 'issued_at', 'content'])
    .where('case_id', '=', row.id)
    .where('kind', '=', 'missing_materials')
    .orderBy('issued_at')
    .limit(1)
    .executeTakeFirst();
  if (!first) return null;
  const items = (first.content as { items: { key: string }[] }).items;
  return { number: first.number, issuedAt: first.issued_at, keys: items.map((item) => item.key) };
}

export async function issueMissingNotice(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: Act,
): Promise<Issued> {
  return await actOnCase(deps.db, actor, caseId, input, async (context) => {
    const { tx, row, desk, eventActor } = context;
    requireStatus(row, ['submitted', 'awaiting_materials'], '出具一次性告知书');
    const problems = problemsOf(await loadMaterials(tx, row.id));
    if (problems.length === 0) {
      throw conflict('NOTHING_MISSING', '材料齐全且符合要求，无需告知补正，请直接受理');
    }
    const first = await firstNoticeOf(tx, row);
    const refused = first ? unnameableInLaterNotice(first, problems) : [];
    if (first && refused.length > 0) {
      throw conflict(
        'NOTICE_ADDS_REQUIREMENTS',
        `已出具一次性告知书（${first.number}），不得再要求其未列明的材料：${refused.map((material) => `“${material.name}”`).join('、')}`,
        { firstNotice: first.number, materials: refused.map((material) => material.key) },
      );
    }
    const head = await documentHead(tx, row, desk?.place ?? null, context.item);
    const document = await issueDocument(
      tx,
      row,
      'missing_materials',
      missingNoticeContent(head, problems),
      eventActor,
    );
    const after = await updateCase(tx, row, { status: 'awaiting_materials' });
    await appendEvent(tx, after, 'missing_notice_issued', eventActor, {
      document: document.number,
      materials: problems.map((material) => material.key),
    });
    await statusChanged(
      context,
      { notifier: deps.notifier, audit },
      after,
      'case.missing_notice',
      '请按一次性告知书补正材料。',
    );
    return issued(after, document);
  });
}
