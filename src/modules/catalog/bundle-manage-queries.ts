import type { Db, Tx } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import { AppError, notFound } from '../../server/errors';
import { fieldLabel } from '../../shared/field-labels';
import { regionRootsFor } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';
import { combinedLimitDays } from './bundle-merge';
import { bundleItemIds, bundlesWithItems, mergedView, publishedItems, selectBundles } from './bundle-queries';
import type { BundlePreview, ManagedBundle, ManagedBundleRow } from './bundle-schemas';
import { canManageBundle } from './catalog-access';

type BundleRow = Awaited<ReturnType<ReturnType<typeof selectBundles>['executeTakeFirstOrThrow']>>;

/** What every staff view of a bundle says, including whether the user may change it. */
function managedFields(actor: StaffActor, bundle: BundleRow) {
  return {
    bundleId: bundle.id,
    name: bundle.name,
    description: bundle.description,
    leadDepartmentId: bundle.lead_department_id,
    leadDepartmentName: bundle.lead_department_name,
    active: bundle.active,
    canManage: canManageBundle(actor, { id: bundle.lead_department_id, regionCode: bundle.region_code }),
    updatedAt: bundle.updated_at.toISOString(),
  };
}

/** Every bundle in the user's regions, withdrawn ones too, with what the user may do with it. */
export async function listManagedBundles(db: Db, actor: StaffActor): Promise<ManagedBundleRow[]> {
  const bundles = await bundlesWithItems(db, {
    activeOnly: false,
    roots: regionRootsFor(actor.grants, 'org.view'),
  });
  return bundles.map((bundle) => ({
    ...managedFields(actor, bundle),
    itemCount: bundle.items.length,
    promisedLimitDays: combinedLimitDays(bundle.items.map((item) => item.promisedLimitDays)),
  }));
}

/** A bundle in the user's regions (404 outside them), locked for update inside a transaction. */
export async function findBundle(db: Db | Tx, actor: StaffActor, bundleId: string, lock = false) {
  let query = selectBundles(db)
    .where('b.id', '=', bundleId)
    .where((eb) => withinRegions(eb, 'b.region_code', regionRootsFor(actor.grants, 'org.view')));
  if (lock) query = query.forUpdate('b');
  const bundle = await query.executeTakeFirst();
  if (!bundle) throw notFound('该“一件事”');
  return bundle;
}

/** One bundle for the editor: its fields and its items in order. */
export async function getManagedBundle(db: Db, actor: StaffActor, bundleId: string): Promise<ManagedBundle> {
  const bundle = await findBundle(db, actor, bundleId);
  const { found } = await publishedItems(db, await bundleItemIds(db, bundleId));
  return { ...managedFields(actor, bundle), items: mergedView(found).items };
}

/** The published items of the list in order; any item without a published version is named by its position. */
export async function requirePublishedItems(db: Db | Tx, itemIds: readonly string[]) {
  const { found, missing } = await publishedItems(db, itemIds);
  if (missing.length > 0) {
    const details = missing.map((index) => ({
      field: `itemIds.${index}`,
      label: fieldLabel(['itemIds']),
      message: `第${index + 1}个事项不存在或尚未发布，只有已发布的事项可以加入“一件事”`,
    }));
    throw new AppError(400, 'VALIDATION_FAILED', `${details[0]?.label}：${details[0]?.message}`, details);
  }
  return found;
}

/** What the applicant would get from these items: computed by bundle-merge.ts, as for a saved bundle. */
export async function previewBundle(db: Db, itemIds: readonly string[]): Promise<BundlePreview> {
  return mergedView(await requirePublishedItems(db, itemIds));
}
