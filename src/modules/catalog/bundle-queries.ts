import type { Db } from '../../db/database';
import { AppError } from '../../server/errors';
import { mergeBundle } from './bundle-merge';
import { ItemContent } from './item-content';

/** Active bundles with their item names, for browsing. */
export async function listBundles(db: Db) {
  const rows = await db
    .selectFrom('catalog_bundles as b')
    .innerJoin('departments as d', 'd.id', 'b.lead_department_id')
    .innerJoin('catalog_bundle_items as bi', 'bi.bundle_id', 'b.id')
    .innerJoin('catalog_items as i', 'i.id', 'bi.item_id')
    .innerJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.published_version'),
    )
    .select([
      'b.id',
      'b.name',
      'b.description',
      'd.name as lead_department_name',
      'v.name as item_name',
      'bi.position',
    ])
    .where('b.active', '=', true)
    .orderBy('b.name')
    .orderBy('bi.position')
    .execute();
  const bundles = new Map<
    string,
    { bundleId: string; name: string; description: string; leadDepartmentName: string; itemNames: string[] }
  >();
  for (const row of rows) {
    const bundle = bundles.get(row.id) ?? {
      bundleId: row.id,
      name: row.name,
      description: row.description,
      leadDepartmentName: row.lead_department_name,
      itemNames: [],
    };
    bundle.itemNames.push(row.item_name);
    bundles.set(row.id, bundle);
  }
  return [...bundles.values()];
}

/** One bundle as the applicant meets it: its items, one merged form, one material list, the combined limit. */
export async function getBundle(db: Db, bundleId: string) {
  const bundle = await db
    .selectFrom('catalog_bundles as b')
    .innerJoin('departments as d', 'd.id', 'b.lead_department_id')
    .select(['b.id', 'b.name', 'b.description', 'd.name as lead_department_name'])
    .where('b.id', '=', bundleId)
    .where('b.active', '=', true)
    .executeTakeFirst();
  if (!bundle) throw new AppError(404, 'NOT_FOUND', '该“一件事”不存在或已停用');
  const items = await db
    .selectFrom('catalog_bundle_items as bi')
    .innerJoin('catalog_items as i', 'i.id', 'bi.item_id')
    .innerJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.published_version'),
    )
    .innerJoin('departments as d', 'd.id', 'v.department_id')
    .select(['v.item_id', 'v.content', 'd.name as department_name'])
    .where('bi.bundle_id', '=', bundleId)
    .orderBy('bi.position')
    .execute();
  const contents = items.map((item) => ({ itemId: item.item_id, content: ItemContent.parse(item.content) }));
  return {
    bundleId: bundle.id,
    name: bundle.name,
    description: bundle.description,
    leadDepartmentName: bundle.lead_department_name,
    items: items.map((item, index) => ({
      itemId: item.item_id,
      name: contents[index]?.content.name ?? '',
      departmentName: item.department_name,
      promisedLimitDays: contents[index]?.content.promisedLimitDays ?? 0,
    })),
    merged: mergeBundle(contents),
  };
}
