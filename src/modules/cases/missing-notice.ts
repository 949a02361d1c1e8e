import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db, Tx } from '../../db/database';
import { conflict } from '../../server/errors';
import type { AuditActor, StaffActor } from '../auth/actor';
import { requireAct } from './acting';
import { type ActDeps, actOnCase, statusChanged } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, materialOf, materialRowsOf, updateCase } from './case-store';
import { missingNoticeContent } from './rules/documents';
import {
  type CaseMaterial,
  type Notices,
  noticeTellsNew,
  owedMaterials,
  problemsOf,
  waivedMaterials,
} from './rules/materials';
import type { Act } from './schemas';

/**
 * 一次性告知: ONE notice listing everything missing or wrong, built by the
 * product from the case's materials (the clerk cannot leave anything out). Its
 * list is final (see owedMaterials): a later notice lists what is still owed and
 * is issued only when it tells something new, a paper handed over since.
 */

/** The case's missing-material notices, oldest first (a query to run alone or nest as a JSON aggregate). */
export function noticeRowsOf(db: Db | Tx, caseId: string) {
  return db
    .selectFrom('case_documents')
    .select(['number', 'issued_at', 'content'])
    .where('case_id', '=', caseId)
    .where('kind', '=', 'missing_materials')
    .orderBy('issued_at');
}

/** Notices from their rows, oldest first; times may come as text from a JSON aggregate. */
export function noticesFrom(
  rows: readonly { number: string; issued_at: Date | string; content: unknown }[],
): Notices | null {
  const [first] = rows;
  const latest = rows[rows.length - 1];
  if (!first || !latest) return null;
  const items = (first.content as { items: { key: string }[] }).items;
  return {
    first: { number: first.number, issuedAt: new Date(first.issued_at), keys: items.map((item) => item.key) },
    latestAt: new Date(latest.issued_at),
  };
}

/** The case's notices: the first (number, when, the materials it named) and when the latest was issued. */
export async function noticesOf(db: Db | Tx, caseId: string): Promise<Notices | null> {
  return noticesFrom(await noticeRowsOf(db, caseId).execute());
}

/** The case's materials and its notices in one statement: what is owed needs both. */
export async function materialsWithNotices(
  db: Db | Tx,
  caseId: string,
): Promise<{ materials: CaseMaterial[]; notices: Notices | null }> {
  const row = await db
    .selectNoFrom([
      jsonArrayFrom(materialRowsOf(db, caseId)).as('materials'),
      jsonArrayFrom(noticeRowsOf(db, caseId)).as('notices'),
    ])
    .executeTakeFirstOrThrow();
  return { materials: row.materials.map(materialOf), notices: noticesFrom(row.notices) };
}

const named = (materials: readonly CaseMaterial[]) =>
  materials.map((material) => `“${material.name}”`).join('、');

/** What a notice now lists (everything still owed), or why none may be issued. */
export function noticeList(materials: readonly CaseMaterial[], notices: Notices | null): CaseMaterial[] {
  if (problemsOf(materials).length === 0) {
    throw conflict('NOTHING_MISSING', '材料齐全且符合要求，无需告知补正，请直接受理');
  }
  const owed = owedMaterials(materials, notices);
  if (notices && !noticeTellsNew(owed, notices)) {
    const waived = waivedMaterials(materials, notices);
    const { number } = notices.first;
    if (waived.length > 0) {
      throw conflict(
        'NOTICE_ADDS_REQUIREMENTS',
        `已出具一次性告知书（${number}），不得再要求其未列明的材料：${named(waived)}；这些材料不影响受理`,
        { firstNotice: number, materials: waived.map((material) => material.key) },
      );
    }
    throw conflict(
      'NOTICE_ALREADY_ISSUED',
      `已出具一次性告知书（${number}），所列材料仍待补正，无需再次告知；可重新打印已出具的告知书`,
      { firstNotice: number, materials: owed.map((material) => material.key) },
    );
  }
  return owed;
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
    requireAct(row, 'missing_notice');
    const { materials, notices } = await materialsWithNotices(tx, row.id);
    const problems = noticeList(materials, notices);
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
