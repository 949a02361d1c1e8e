import type { Db, Tx } from '../../db/database';
import { AppError, invalidField } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { findBundle, requirePublishedItems } from './bundle-manage-queries';
import { bundleItemIds, publishedItems } from './bundle-queries';
import type { BundleBody } from './bundle-schemas';
import { requireManageBundle } from './catalog-access';

/** The lead department, which must exist and be active. */
async function leadDepartment(tx: Tx, departmentId: string) {
  const department = await tx
    .selectFrom('departments')
    .select(['id', 'name', 'region_code as regionCode', 'active'])
    .where('id', '=', departmentId)
    .executeTakeFirst();
  if (!department?.active) throw invalidField('leadDepartmentId', '牵头部门不存在或已停用');
  return department;
}

async function assertNameFree(tx: Tx, name: string, bundleId: string | null) {
  let query = tx.selectFrom('catalog_bundles').select('id').where('name', '=', name);
  if (bundleId) query = query.where('id', '<>', bundleId);
  if (await query.executeTakeFirst())
    throw invalidField('name', `已有名为“${name}”的一件事，请换一个名称`, 'BUNDLE_NAME_TAKEN');
}

/** Checks the body against the database: lead department, the user's right over it, a free name, published items. */
async function checkBody(tx: Tx, actor: StaffActor, body: BundleBody, bundleId: string | null) {
  const department = await leadDepartment(tx, body.leadDepartmentId);
  requireManageBundle(actor, department);
  await assertNameFree(tx, body.name, bundleId);
  const items = await requirePublishedItems(tx, body.itemIds);
  return { department, itemNames: items.map((item) => item.content.name) };
}

/** The bundle's own columns; its region is the lead department's, for scoped lists. */
function bundleColumns(body: BundleBody, department: { id: string; regionCode: string }) {
  return {
    name: body.name,
    description: body.description,
    lead_department_id: department.id,
    region_code: department.regionCode,
  };
}

async function writeItems(tx: Tx, bundleId: string, itemIds: readonly string[]) {
  await tx.deleteFrom('catalog_bundle_items').where('bundle_id', '=', bundleId).execute();
  await tx
    .insertInto('catalog_bundle_items')
    .values(itemIds.map((itemId, position) => ({ bundle_id: bundleId, item_id: itemId, position })))
    .execute();
}

/** The bundle, locked: 404 outside the user's regions, 403 when the user may not manage it. */
async function lockManagedBundle(tx: Tx, actor: StaffActor, bundleId: string) {
  const bundle = await findBundle(tx, actor, bundleId, true);
  requireManageBundle(actor, { id: bundle.lead_department_id, regionCode: bundle.region_code });
  return bundle;
}

/** What the audit log keeps of a bundle. */
function snapshot(body: BundleBody, leadDepartmentName: string, itemNames: string[], active: boolean) {
  return {
    name: body.name,
    description: body.description,
    leadDepartmentId: body.leadDepartmentId,
    leadDepartmentName,
    itemIds: body.itemIds,
    itemNames,
    active,
  };
}

export async function createBundle(db: Db, actor: StaffActor, audit: AuditActor, body: BundleBody) {
  return await db.transaction().execute(async (tx) => {
    const { department, itemNames } = await checkBody(tx, actor, body, null);
    const { id } = await tx
      .insertInto('catalog_bundles')
      .values(bundleColumns(body, department))
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeItems(tx, id, body.itemIds);
    await recordAudit(tx, audit, {
      action: 'bundle.create',
      entityType: 'catalog_bundle',
      entityId: id,
      regionCode: department.regionCode,
      after: snapshot(body, department.name, itemNames, true),
    });
    return { bundleId: id };
  });
}

/** Replaces a bundle's name, description, lead department and items; the user must manage both the old and the new lead department. */
export async function updateBundle(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  bundleId: string,
  body: BundleBody,
) {
  return await db.transaction().execute(async (tx) => {
    const current = await lockManagedBundle(tx, actor, bundleId);
    const beforeIds = await bundleItemIds(tx, bundleId);
    const { found: beforeItems } = await publishedItems(tx, beforeIds);
    const { department, itemNames } = await checkBody(tx, actor, body, bundleId);
    await tx
      .updateTable('catalog_bundles')
      .set({ ...bundleColumns(body, department), updated_at: new Date() })
      .where('id', '=', bundleId)
      .execute();
    await writeItems(tx, bundleId, body.itemIds);
    await recordAudit(tx, audit, {
      action: 'bundle.update',
      entityType: 'catalog_bundle',
      entityId: bundleId,
      regionCode: department.regionCode,
      before: snapshot(
        {
          name: current.name,
          description: current.description,
          leadDepartmentId: current.lead_department_id,
          itemIds: beforeIds,
        },
        current.lead_department_name,
        beforeItems.map((item) => item.content.name),
        current.active,
      ),
      after: snapshot(body, department.name, itemNames, current.active),
    });
    return { bundleId };
  });
}

/** Withdraws a bundle from the public (active = false) or offers it again. */
export async function setBundleActive(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  bundleId: string,
  active: boolean,
) {
  return await db.transaction().execute(async (tx) => {
    const current = await lockManagedBundle(tx, actor, bundleId);
    if (current.active === active) {
      throw new AppError(
        409,
        active ? 'BUNDLE_ALREADY_ACTIVE' : 'BUNDLE_ALREADY_WITHDRAWN',
        active ? '该“一件事”已在对外提供' : '该“一件事”已经停用',
      );
    }
    await tx
      .updateTable('catalog_bundles')
      .set({ active, updated_at: new Date() })
      .where('id', '=', bundleId)
      .execute();
    await recordAudit(tx, audit, {
      action: active ? 'bundle.reactivate' : 'bundle.withdraw',
      entityType: 'catalog_bundle',
      entityId: bundleId,
      regionCode: current.region_code,
      before: { name: current.name, active: current.active },
      after: { name: current.name, active },
    });
    return { bundleId, active };
  });
}
