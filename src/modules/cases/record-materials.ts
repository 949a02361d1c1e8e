import type { Tx } from '../../db/database';
import { AppError, invalidField } from '../../server/errors';
import { fieldLabel } from '../../shared/field-labels';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { requireAct } from './acting';
import { type ActContext, type ActDeps, actOnCase } from './case-act';
import { materialEntriesError } from './case-errors';
import {
  appendEvent,
  type CaseRow,
  changedMaterials,
  loadMaterials,
  saveMaterials,
  updateCase,
} from './case-store';
import { checkCertificateUses } from './certificate-reuse';
import { recordRepositoryUses } from './reuse';
import { applyEntries, type CaseMaterial, isSatisfied, reusedCount } from './rules/materials';
import { lastVisitDay, visitCounts } from './rules/visits';
import type { RecordMaterialsBody } from './schemas';

/**
 * The clerk records what the applicant handed over, what was reused and what
 * is wrong — at the first visit, when the applicant comes back with what a
 * notice asked for, or (once accepted) when a promised material arrives.
 */

/** After acceptance only promised materials may change, and only to supplied. */
function checkAfterAcceptance(before: readonly CaseMaterial[], input: RecordMaterialsBody): void {
  input.materials.forEach((entry, index) => {
    const material = before.find((candidate) => candidate.key === entry.key);
    if (material?.state !== 'promised') {
      throw new AppError(409, 'CASE_ALREADY_ACCEPTED', '办件已受理，只能补交容缺承诺的材料', [
        { field: `materials.${index}.key`, label: fieldLabel(['key']), message: '该材料不在容缺承诺中' },
      ]);
    }
    if (!isSatisfied({ ...material, state: entry.state })) {
      throw invalidField(
        `materials.${index}.state`,
        '容缺材料只能登记为已提交或复用',
        'PROMISE_NOT_SUPPLIED',
      );
    }
  });
}

/** The Beijing day the applicant last came to the window for the case (under the case's lock). */
async function lastVisitOf(tx: Tx, caseId: string) {
  const events = await tx
    .selectFrom('case_events')
    .select(['kind', 'channel', 'at'])
    .where('case_id', '=', caseId)
    .where('kind', 'in', ['visit', 'created'])
    .execute();
  return lastVisitDay(events);
}

export interface Recorded {
  caseId: string;
  version: number;
  status: CaseRow['status'];
  commitmentsFulfilled: boolean;
}

/**
 * Records the entries on the locked case, inside the act's transaction: the
 * materials, their repository and certificate uses, the visit, the history and
 * the audit row. Also for a scan taken at the window (scan-material.ts).
 */
export async function recordEntries(
  { tx, row, item, desk, eventActor }: ActContext,
  audit: AuditActor,
  input: RecordMaterialsBody,
): Promise<Recorded> {
  requireAct(row, 'record_materials');
  if (input.visit && !desk)
    throw invalidField('windowId', '记录申请人到窗口须选择所在窗口', 'VISIT_NEEDS_WINDOW');
  if (input.newArrival && !input.visit)
    throw invalidField('newArrival', '登记再次到窗口须同时勾选申请人本次到窗口', 'NEW_ARRIVAL_NEEDS_VISIT');
  const visit = input.visit && visitCounts(input, await lastVisitOf(tx, row.id), new Date());
  const before = await loadMaterials(tx, row.id);
  if (row.status === 'accepted') checkAfterAcceptance(before, input);
  const applied = applyEntries(before, input.materials, new Date());
  if (applied.problems.length > 0) throw materialEntriesError(applied.problems);
  const changed = changedMaterials(before, applied.materials);
  await saveMaterials(tx, row, changed);
  await recordRepositoryUses(tx, row, changed);
  await checkCertificateUses(tx, row, item.content.materials, changed);
  const after = await updateCase(tx, row, {
    visits: row.visits + (visit ? 1 : 0),
    reused_material_count: reusedCount(applied.materials),
  });
  if (visit) await appendEvent(tx, after, 'visit', eventActor, { newArrival: input.newArrival });
  await appendEvent(tx, after, 'materials_recorded', eventActor, {
    materials: changed.map((material) => ({ key: material.key, state: material.state })),
  });
  const fulfilled =
    row.status === 'accepted' &&
    before.some((material) => material.state === 'promised') &&
    !applied.materials.some((material) => material.state === 'promised');
  if (fulfilled) await appendEvent(tx, after, 'commitment_fulfilled', eventActor);
  await recordAudit(tx, audit, {
    action: 'case.materials',
    entityType: 'case',
    entityId: row.id,
    regionCode: row.intake_region_code,
    after: { caseNumber: row.case_number, materials: changed.map((material) => material.key) },
  });
  return {
    caseId: after.id,
    version: after.row_version,
    status: after.status,
    commitmentsFulfilled: fulfilled,
  };
}

export async function recordMaterials(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: RecordMaterialsBody,
): Promise<Recorded> {
  return await actOnCase(deps.db, actor, caseId, input, (context) => recordEntries(context, audit, input));
}
