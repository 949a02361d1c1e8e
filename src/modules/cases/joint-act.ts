import type { Db, Tx } from '../../db/database';
import { conflict, notFound } from '../../server/errors';
import type { AuditAction } from '../../shared/audit-actions';
import type { CaseAct } from '../../shared/case-lifecycle';
import { CASE_STATUSES, PROBLEM_STATES } from '../../shared/case-terms';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import type { Notifier } from '../notify/notifier';
import { caseActor, type Desk, intakeClerk, requireAct, SYSTEM_EVENT_ACTOR } from './acting';
import type { ActContext } from './case-act';
import type { CaseOperation } from './case-act-route';
import { caseTitle } from './case-documents';
import { itemOfCase } from './case-item';
import { notifyApplicant } from './case-notify';
import { type CaseRow, checkVersion, type EventActor, loadMaterials, lockCase } from './case-store';
import { type CaseMaterial, problemsOf } from './rules/materials';
import type { Act } from './schemas';

/**
 * The frame of an intake decision on a joint case: one transaction; the parent
 * locked, then its children in number order (every act on a whole joint case
 * takes them in that order, so two acts never wait on each other in a circle);
 * the clerk's scope and the version they saw checked on the parent.
 */

export interface JointContext {
  tx: Tx;
  parent: CaseRow;
  /** Each child as an act on one case sees it. */
  children: ActContext[];
  desk: Desk | null;
  eventActor: EventActor;
}

/** Whether the case is a joint case's parent (its intake decisions are then taken for the whole bundle). */
async function isJointParent(db: Db, caseId: string): Promise<boolean> {
  const row = await db.selectFrom('cases').select('case_kind').where('id', '=', caseId).executeTakeFirst();
  return row?.case_kind === 'bundle';
}

/** An act on one case that, on a joint case's parent, takes its joint form (the whole bundle at once). */
export function jointOr<I, R>(single: CaseOperation<I, R>, joint: CaseOperation<I, R>): CaseOperation<I, R> {
  return async (deps, actor, audit, id, input) =>
    ((await isJointParent(deps.db, id)) ? joint : single)(deps, actor, audit, id, input);
}

export async function childrenOf(db: Db | Tx, parentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('id')
    .where('parent_case_id', '=', parentId)
    .orderBy('case_number')
    .execute();
  return rows.map((row) => row.id);
}

/** The parent's children locked in number order, each as an act on one case sees it. */
async function lockChildren(tx: Tx, parent: CaseRow, desk: Desk | null, eventActor: EventActor) {
  const children: ActContext[] = [];
  for (const id of await childrenOf(tx, parent.id)) {
    const row = await lockCase(tx, id);
    children.push({ tx, row, item: await itemOfCase(tx, row.item_id, row.item_version), desk, eventActor });
  }
  return children;
}

export async function actOnJoint<T>(
  tx: Tx,
  actor: StaffActor,
  parentId: string,
  input: Act,
  how: CaseAct,
  act: (context: JointContext) => Promise<T>,
): Promise<T> {
  const parent = await lockCase(tx, parentId);
  if (parent.case_kind !== 'bundle' || !(await intakeClerk(actor, parent, tx))) throw notFound('联办件');
  const { desk, eventActor } = await caseActor(tx, actor, parent, input.windowId);
  checkVersion(parent, input.version);
  requireAct(parent, how);
  const children = await lockChildren(tx, parent, desk, eventActor);
  return await act({ tx, parent, children, desk, eventActor });
}

/** The same frame for an act the platform takes by itself (a scheduled job). */
export async function actOnJointAsSystem<T>(
  tx: Tx,
  parentId: string,
  act: (context: JointContext) => Promise<T>,
): Promise<T> {
  const parent = await lockCase(tx, parentId);
  const children = await lockChildren(tx, parent, null, SYSTEM_EVENT_ACTOR);
  return await act({ tx, parent, children, desk: null, eventActor: SYSTEM_EVENT_ACTOR });
}

/**
 * A parent's material list: its children's, each paper once (by name), a
 * missing or defective one before a satisfied one, so the clerk sees what the
 * one notice would name.
 */
export async function jointMaterials(db: Db | Tx, parentId: string): Promise<CaseMaterial[]> {
  const byName = new Map<string, CaseMaterial>();
  for (const id of await childrenOf(db, parentId)) {
    const materials = await loadMaterials(db, id);
    const problems = problemsOf(materials);
    for (const material of materials) {
      const known = byName.get(material.name);
      if (!known || (problems.includes(material) && !PROBLEM_STATES.includes(known.state))) {
        byName.set(material.name, material);
      }
    }
  }
  return [...byName.values()];
}

/** The children's materials, each paper once, keyed by its name as the parent's one notice names it. */
export async function jointMaterialsByName(context: JointContext): Promise<CaseMaterial[]> {
  const materials = await jointMaterials(context.tx, context.parent.id);
  return materials.map((material) => ({ ...material, key: material.name }));
}

export function requireComplete(problems: readonly CaseMaterial[]): void {
  if (problems.length > 0) {
    throw conflict(
      'MATERIALS_INCOMPLETE',
      `材料不齐全或不符合要求，不能受理：${problems.map((material) => `“${material.name}”`).join('、')}；请一次性告知补正`,
      { materials: problems.map((material) => material.key) },
    );
  }
}

/** After the parent's status changed: the applicant is told once, the audit log gets the change. */
export async function jointChanged(
  context: JointContext,
  deps: { notifier: Notifier; audit: AuditActor },
  after: CaseRow,
  action: AuditAction,
  extra = '',
): Promise<void> {
  await notifyApplicant(context.tx, deps.notifier, after, await caseTitle(context.tx, after), extra);
  await recordAudit(context.tx, deps.audit, {
    action,
    entityType: 'case',
    entityId: after.id,
    regionCode: after.intake_region_code,
    before: { status: context.parent.status, version: context.parent.row_version },
    after: {
      caseNumber: after.case_number,
      status: after.status,
      version: after.row_version,
      children: context.children.map((child) => child.row.case_number),
      statusLabel: CASE_STATUSES[after.status],
    },
  });
}
