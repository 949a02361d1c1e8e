import type { Tx } from '../../db/database';
import type { AuditActor, StaffActor } from '../auth/actor';
import { requireAct } from './acting';
import { type ActDeps, actOnCase, statusChanged } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, type CaseRow, updateCase } from './case-store';
import { refusalContent } from './rules/documents';
import type { RefuseBody } from './schemas';

/**
 * 不予受理 (行政许可法 art. 32, 38): a written decision with the reasons and the
 * applicant's rights to administrative review and litigation.
 */

/**
 * Review of a county's or a street's department lies with the county's people's
 * government (行政复议法 2023, art. 24); the county is the first six digits.
 */
export async function reviewBodyOf(tx: Tx, row: CaseRow): Promise<string> {
  const department = await tx
    .selectFrom('departments')
    .select('region_code')
    .where('id', '=', row.competent_department_id)
    .executeTakeFirstOrThrow();
  const county = await tx
    .selectFrom('regions')
    .select('name')
    .where('code', '=', department.region_code.slice(0, 6))
    .executeTakeFirst();
  return county ? `${county.name}人民政府` : '本机关的本级人民政府';
}

export async function refuseCase(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: RefuseBody,
): Promise<Issued> {
  return await actOnCase(deps.db, actor, caseId, input, async (context) => {
    const { tx, row, desk, eventActor } = context;
    requireAct(row, 'refuse');
    const after = await updateCase(tx, row, { status: 'refused', closed_at: new Date() });
    const head = await documentHead(tx, after, desk?.place ?? null, context.item);
    const content = refusalContent(head, {
      reasons: input.reasons,
      legalBasis: input.legalBasis,
      reviewBody: await reviewBodyOf(tx, after),
    });
    const document = await issueDocument(tx, after, 'refusal', content, eventActor);
    await appendEvent(tx, after, 'refused', eventActor, {
      document: document.number,
      reasons: input.reasons,
    });
    await statusChanged(
      context,
      { notifier: deps.notifier, audit },
      after,
      'case.refuse',
      '请查看不予受理决定书。',
    );
    return issued(after, document);
  });
}
