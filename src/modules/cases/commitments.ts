import type { Db } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import { conflict } from '../../server/errors';
import { allows } from '../../shared/case-lifecycle';
import { regionRootsFor } from '../../shared/roles';
import { recordAudit } from '../audit/record-audit';
import { type StaffActor, SYSTEM_ACTOR } from '../auth/actor';
import type { Notifier } from '../notify/notifier';
import { withdrawOpenTasks } from '../workflow/close-task';
import { SYSTEM_EVENT_ACTOR } from './acting';
import { documentHead, issueDocument } from './case-documents';
import { parentHasNoItem } from './case-item';
import { notifyApplicant } from './case-notify';
import { appendEvent, loadMaterials, lockCaseWithItem, updateCase } from './case-store';
import { terminationContent } from './rules/documents';

/**
 * Tolerant acceptance's other half: a commitment not kept by its due date ends
 * the case with a written notice. The query is an index range scan over the
 * promised materials' due dates; a scheduled job can run the termination daily.
 */

export interface OverdueCase {
  caseId: string;
  caseNumber: string;
  materials: { key: string; name: string; due: string }[];
}

/** Accepted cases with a promised material whose due date is before `today` (yyyy-mm-dd). */
export async function overdueCommitments(
  db: Db,
  today: string,
  regionRoots: readonly string[] | null = null,
): Promise<OverdueCase[]> {
  const rows = await db
    .selectFrom('case_materials as m')
    .innerJoin('cases as c', 'c.id', 'm.case_id')
    .select(['c.id', 'c.case_number', 'm.material_key', 'm.name', 'm.promised_due'])
    .where('m.state', '=', 'promised')
    .where('m.promised_due', '<', today)
    .where('c.status', '=', 'accepted')
    .where((eb) => withinRegions(eb, 'c.intake_region_code', regionRoots))
    .orderBy('m.promised_due')
    .orderBy('c.case_number')
    .limit(1000)
    .execute();
  const cases = new Map<string, OverdueCase>();
  for (const row of rows) {
    const entry = cases.get(row.id) ?? { caseId: row.id, caseNumber: row.case_number, materials: [] };
    entry.materials.push({ key: row.material_key, name: row.name, due: row.promised_due as string });
    cases.set(row.id, entry);
  }
  return [...cases.values()];
}

/** Overdue commitments of the cases a staff member oversees (their case.view regions). */
export function overdueCommitmentsFor(db: Db, actor: StaffActor, today: string) {
  return overdueCommitments(db, today, regionRootsFor(actor.grants, 'case.view'));
}

/** Ends one case whose commitment is overdue on `today`, with a termination notice; one transaction. */
export async function terminateForUnmetCommitment(
  deps: { db: Db; notifier: Notifier },
  caseId: string,
  today: string,
): Promise<string> {
  return await deps.db.transaction().execute(async (tx) => {
    const { row, item } = await lockCaseWithItem(tx, caseId);
    const overdue = (await loadMaterials(tx, row.id)).filter(
      (material) => material.state === 'promised' && (material.promisedDue as string) < today,
    );
    if (!allows(row.status, 'terminate') || overdue.length === 0) {
      throw conflict('COMMITMENT_NOT_OVERDUE', `办件 ${row.case_number} 没有逾期未补交的容缺材料`);
    }
    if (item === null) throw parentHasNoItem();
    const after = await updateCase(tx, row, {
      status: 'terminated',
      closed_at: new Date(),
      current_step: null,
    });
    await withdrawOpenTasks(tx, row.id);
    const head = await documentHead(tx, after, null, item);
    const document = await issueDocument(
      tx,
      after,
      'termination',
      terminationContent(head, overdue),
      SYSTEM_EVENT_ACTOR,
    );
    await appendEvent(tx, after, 'terminated', SYSTEM_EVENT_ACTOR, {
      document: document.number,
      materials: overdue.map((material) => material.key),
    });
    await notifyApplicant(tx, deps.notifier, after, item.content.name, '容缺承诺的材料逾期未补交。');
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'case.terminate',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.intake_region_code,
      after: { caseNumber: row.case_number, document: document.number },
    });
    return document.number;
  });
}

/** What the daily job runs: every overdue case ended, each in its own transaction. */
export async function terminateOverdueCommitments(
  deps: { db: Db; notifier: Notifier },
  today: string,
): Promise<string[]> {
  const terminated: string[] = [];
  for (const overdue of await overdueCommitments(deps.db, today)) {
    await terminateForUnmetCommitment(deps, overdue.caseId, today);
    terminated.push(overdue.caseNumber);
  }
  return terminated;
}
