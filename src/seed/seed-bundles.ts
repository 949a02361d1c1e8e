import type { Tx } from '../db/database';
import { DEMO_BUNDLES } from './demo-catalog';

/** Loads the demo bundles over the seeded items; a bundle that exists by name is left alone. */
export async function seedBundles(tx: Tx): Promise<number> {
  const items = await tx
    .selectFrom('catalog_item_versions')
    .select(['item_id', 'name'])
    .where('status', '=', 'published')
    .execute();
  const itemId = new Map(items.map((item) => [item.name, item.item_id]));
  const departments = await tx.selectFrom('departments').select(['id', 'name', 'region_code']).execute();
  const existing = new Set(
    (await tx.selectFrom('catalog_bundles').select('name').execute()).map((row) => row.name),
  );
  let loaded = 0;
  for (const bundle of DEMO_BUNDLES) {
    if (existing.has(bundle.name)) continue;
    const lead = departments.find((department) => department.name === bundle.leadDepartmentName);
    if (!lead)
      throw new Error(`demo bundle ${bundle.name}: unknown lead department ${bundle.leadDepartmentName}`);
    const row = await tx
      .insertInto('catalog_bundles')
      .values({
        name: bundle.name,
        description: bundle.description,
        lead_department_id: lead.id,
        region_code: lead.region_code,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('catalog_bundle_items')
      .values(
        bundle.itemNames.map((name, position) => {
          const id = itemId.get(name);
          if (!id) throw new Error(`demo bundle ${bundle.name}: unknown item ${name}`);
          return { bundle_id: row.id, item_id: id, position };
        }),
      )
      .execute();
    loaded++;
  }
  return loaded;
}
