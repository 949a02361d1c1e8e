import type { Db, Tx } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import { AppError, invalidField } from '../../server/errors';
import { mergeBundle } from './bundle-merge';
import { ItemContent } from './item-content';

/** Bundles with their lead departments, the columns every bundle view needs. */
export function selectBundles(db: Db | Tx) {
  return db
    .selectFrom('catalog_bundles as b')
    .innerJoin('departments as d', 'd.id', 'b.lead_department_id')
    .select([
      'b.id',
      'b.name',
      'b.description',
      'b.lead_department_id',
      'b.region_code',
      'b.active',
      'b.updated_at',
      'd.name as lead_department_name',
    ]);
}

/**
 * Bundles with their items' names and limits, in name order, items in their
 * order; `roots` limits them to region subtrees (null = all).
 */
export async function bundlesWithItems(db: Db, filter: { activeOnly: boolean; roots: string[] | null }) {
  let query = selectBundles(db)
    .innerJoin('catalog_bundle_items as bi', 'bi.bundle_id', 'b.id')
    .innerJoin('catalog_items as i', 'i.id', 'bi.item_id')
    .innerJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.published_version'),
    )
    .select(['v.name as item_name', 'v.promised_limit_days'])
    .where((eb) => withinRegions(eb, 'b.region_code', filter.roots));
  if (filter.activeOnly) query = query.where('b.active', '=', true);
  const rows = await query.orderBy('b.name').orderBy('bi.position').execute();
  const bundles = new Map<
    string,
    Omit<(typeof rows)[number], 'item_name' | 'promised_limit_days'> & {
      items: { name: string; promisedLimitDays: number }[];
    }
  >();
  for (const { item_name, promised_limit_days, ...bundle } of rows) {
    const entry = bundles.get(bundle.id) ?? { ...bundle, items: [] };
    entry.items.push({ name: item_name, promisedLimitDays: promised_limit_days });
    bundles.set(bundle.id, entry);
  }
  return [...bundles.values()];
}

/** Active bundles with their item names, for browsing. */
export async function listBundles(db: Db) {
  const bundles = await bundlesWithItems(db, { activeOnly: true, roots: null });
  return bundles.map((bundle) => ({
    bundleId: bundle.id,
    name: bundle.name,
    description: bundle.description,
    leadDepartmentName: bundle.lead_department_name,
    itemNames: bundle.items.map((item) => item.name),
  }));
}

/**
 * The published versions of the given items in the given order, as the
 * applicant meets them, and the positions of the ids that have none.
 */
export async function publishedItems(db: Db | Tx, itemIds: readonly string[]) {
  const rows =
    itemIds.length === 0
      ? []
      : await db
          .selectFrom('catalog_items as i')
          .innerJoin('catalog_item_versions as v', (join) =>
            join.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.published_version'),
          )
          .innerJoin('departments as d', 'd.id', 'v.department_id')
          .select(['v.item_id', 'v.content', 'd.name as department_name'])
          .where('i.id', 'in', [...itemIds])
          .execute();
  const byId = new Map(rows.map((row) => [row.item_id, row]));
  const found = itemIds.flatMap((itemId) => {
    const row = byId.get(itemId);
    return row
      ? [{ itemId, content: ItemContent.parse(row.content), departmentName: row.department_name }]
      : [];
  });
  const missing = itemIds.flatMap((itemId, index) => (byId.has(itemId) ? [] : [index]));
  return { found, missing };
}

/** The items of a bundle and what merging them gives the applicant: one form, one material list, one limit. */
export function mergedView(
  found: Awaited<ReturnType<typeof publishedItems>>['found'],
  chosen?: readonly string[],
) {
  const merging = chosenOf(found, chosen);
  return {
    items: found.map(({ itemId, content, departmentName }) => ({
      itemId,
      name: content.name,
      departmentName,
      promisedLimitDays: content.promisedLimitDays,
      onlineDepth: content.onlineDepth,
    })),
    chosenItemIds: merging.map((item) => item.itemId),
    merged: mergeBundle(merging),
  };
}

/**
 * 选办: the bundle's items the applicant needs, in the bundle's order; all of
 * them when no choice was given. An item outside the bundle is refused.
 */
export function chosenOf<T extends { itemId: string }>(items: readonly T[], chosen?: readonly string[]): T[] {
  if (chosen === undefined) return [...items];
  const outside = chosen.find((id) => !items.some((item) => item.itemId === id));
  if (outside !== undefined) {
    throw invalidField('itemIds', '所选事项不在该“一件事”中，或暂不能办理', 'ITEM_NOT_IN_BUNDLE');
  }
  return items.filter((item) => chosen.includes(item.itemId));
}

/** The ids of a bundle's items in their order. */
export async function bundleItemIds(db: Db | Tx, bundleId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('catalog_bundle_items')
    .select('item_id')
    .where('bundle_id', '=', bundleId)
    .orderBy('position')
    .execute();
  return rows.map((row) => row.item_id);
}

/** One bundle as the applicant meets it: its items, one merged form, one material list, the combined limit. */
export async function getBundle(db: Db, bundleId: string, chosen?: readonly string[]) {
  const bundle = await selectBundles(db)
    .where('b.id', '=', bundleId)
    .where('b.active', '=', true)
    .executeTakeFirst();
  if (!bundle) throw new AppError(404, 'NOT_FOUND', '该“一件事”不存在或已停用');
  const { found } = await publishedItems(db, await bundleItemIds(db, bundleId));
  return {
    bundleId: bundle.id,
    name: bundle.name,
    description: bundle.description,
    leadDepartmentName: bundle.lead_department_name,
    ...mergedView(found, chosen),
  };
}
