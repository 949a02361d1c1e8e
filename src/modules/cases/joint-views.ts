import type { Db } from '../../db/database';
import { CASE_STATUSES, PROBLEM_STATES } from '../../shared/case-terms';
import type { CaseRow } from './case-store';
import { loadMaterials } from './case-store';
import { workingDaysLeftOfAll } from './deadlines';
import { childrenOf } from './joint-act';
import { type CaseMaterial, problemsOf } from './rules/materials';

/**
 * What a joint case shows of itself: on the parent, each child with its
 * department, status, open steps and days left (the lead department's whole
 * view, the applicant's progress); on a child, its parent. No personal data,
 * so the public page shows the same.
 */

async function openStepsOfAll(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return await db
    .selectFrom('case_tasks as t')
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .select(['t.case_id', 't.step_name', 'd.name as department_name'])
    .where('t.case_id', 'in', [...caseIds])
    .where('t.state', '=', 'open')
    .orderBy('t.step_index')
    .execute();
}

export async function childrenView(db: Db, parentId: string) {
  const rows = await db
    .selectFrom('cases as c')
    .innerJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
    )
    .innerJoin('departments as d', 'd.id', 'c.competent_department_id')
    .select([
      'c.id',
      'c.case_number',
      'c.status',
      'c.handling_kind',
      'c.promised_deadline',
      'c.result',
      'v.name as item_name',
      'd.name as department_name',
    ])
    .where('c.parent_case_id', '=', parentId)
    .orderBy('c.case_number')
    .execute();
  const [steps, daysLeft] = await Promise.all([
    openStepsOfAll(
      db,
      rows.map((row) => row.id),
    ),
    workingDaysLeftOfAll(
      db,
      rows.map((row) => (row.status === 'accepted' ? row.promised_deadline : null)),
    ),
  ]);
  return rows.map((row, index) => ({
    id: row.id,
    caseNumber: row.case_number,
    itemName: row.item_name,
    departmentName: row.department_name,
    handlingKind: row.handling_kind,
    status: row.status,
    statusLabel: CASE_STATUSES[row.status],
    openSteps: steps
      .filter((step) => step.case_id === row.id)
      .map((step) => ({ stepName: step.step_name, departmentName: step.department_name })),
    workingDaysLeft: daysLeft[index] ?? null,
    result: row.result,
  }));
}

/** The joint part of a case's view; null for a case of one item applied for alone. */
export async function jointFacts(db: Db, row: CaseRow) {
  if (row.bundle_id === null) return null;
  const bundle = await db
    .selectFrom('catalog_bundles as b')
    .innerJoin('departments as d', 'd.id', 'b.lead_department_id')
    .select(['b.id', 'b.name', 'd.name as lead_department_name'])
    .where('b.id', '=', row.bundle_id)
    .executeTakeFirstOrThrow();
  const parent = row.parent_case_id
    ? await db
        .selectFrom('cases')
        .select(['id', 'case_number', 'status'])
        .where('id', '=', row.parent_case_id)
        .executeTakeFirstOrThrow()
    : null;
  return {
    bundleId: bundle.id,
    bundleName: bundle.name,
    leadDepartmentName: bundle.lead_department_name,
    parent: parent ? { id: parent.id, caseNumber: parent.case_number, status: parent.status } : null,
    children: row.case_kind === 'bundle' ? await childrenView(db, row.id) : null,
  };
}
