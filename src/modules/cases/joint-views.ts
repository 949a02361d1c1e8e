import type { Db, Tx } from '../../db/database';
import { CASE_STATUSES } from '../../shared/case-terms';
import { mergeBundle } from '../catalog/bundle-merge';
import type { ItemContent } from '../catalog/item-content';
import { caseTitle } from './case-documents';
import { itemOfCase } from './case-item';
import type { CaseRow } from './case-store';
import { workingDaysLeftOfAll } from './deadlines';

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

/** The item versions a parent's children keep, in case number order. */
async function childItems(db: Db | Tx, parentId: string) {
  const rows = await db
    .selectFrom('cases as c')
    .innerJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
    )
    .select(['c.item_id', 'v.content'])
    .where('c.parent_case_id', '=', parentId)
    .orderBy('c.case_number')
    .execute();
  return rows.map((row) => ({ itemId: row.item_id as string, content: row.content as ItemContent }));
}

/** Courier delivery for a bundle only if every item offers it: the results travel together. */
const everyPosts = (items: readonly { content: ItemContent }[]) =>
  items.every(({ content }) => content.courierDelivery);

/** What a delivery act needs of what the case is for: the item, or a parent's bundle. */
export interface DeliveryItem {
  content: Pick<ItemContent, 'name' | 'courierDelivery'>;
}

export async function deliveryItemOf(tx: Tx, row: CaseRow): Promise<DeliveryItem> {
  if (row.item_id !== null) return await itemOfCase(tx, row.item_id, row.item_version);
  const items = await childItems(tx, row.id);
  return { content: { name: await caseTitle(tx, row), courierDelivery: everyPosts(items) } };
}

/**
 * A joint case's parent in the place of an item: its bundle, the merged form
 * of the item versions its children keep, the slowest child's limits, and
 * courier delivery only if every item offers it.
 */
export async function parentItemFacts(db: Db, row: CaseRow) {
  const items = await childItems(db, row.id);
  const merged = mergeBundle(items);
  const legalLimits = items.flatMap(({ content }) =>
    content.legalLimitDays === null ? [] : [content.legalLimitDays],
  );
  return {
    facts: {
      id: row.bundle_id as string,
      version: 0,
      name: await caseTitle(db, row),
      handlingKind: row.handling_kind,
      promisedLimitDays: merged.promisedLimitDays,
      legalLimitDays: legalLimits.length > 0 ? Math.max(...legalLimits) : null,
      resultName: '联办结果',
      courierDelivery: everyPosts(items),
    },
    formFields: merged.formFields.map(({ itemIds: _itemIds, keyIn: _keyIn, ...field }) => field),
  };
}
