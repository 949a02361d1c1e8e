import type { Tx } from '../../db/database';
import { type CaseRow, lockCase, updateCase } from './case-store';

/**
 * A joint case's parent is due when its last child is: its deadlines are the
 * latest of its children's, and move when a child's clock stop or extension
 * moves theirs (the child is locked first, then its parent, as everywhere);
 * they are provisional while any child's are (decision 0028).
 * The parent itself has no tasks and no warnings: its children carry them.
 */
export async function followChildDeadlines(tx: Tx, child: CaseRow): Promise<void> {
  if (child.parent_case_id === null) return;
  const parent = await lockCase(tx, child.parent_case_id);
  if (parent.status !== 'accepted') return;
  const latest = await tx
    .selectFrom('cases')
    .select((eb) => [
      eb.fn.max('promised_deadline').as('promised'),
      eb.fn.max('legal_deadline').as('legal'),
      eb.fn<boolean>('bool_or', ['deadlines_provisional']).as('provisional'),
    ])
    .where('parent_case_id', '=', parent.id)
    .executeTakeFirstOrThrow();
  const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
  const provisional = latest.provisional === true;
  if (
    same(latest.promised, parent.promised_deadline) &&
    same(latest.legal, parent.legal_deadline) &&
    provisional === parent.deadlines_provisional
  )
    return;
  await updateCase(tx, parent, {
    promised_deadline: latest.promised,
    legal_deadline: latest.legal,
    deadlines_provisional: provisional,
  });
}
