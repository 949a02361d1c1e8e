import type { Db, Tx } from '../../db/database';
import { AppError, notFound } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { requireEditFor } from './catalog-access';
import { checkContent, implementingDepartment } from './content-checks';
import { ItemContent, type ItemContentInput } from './item-content';
import { versionColumns } from './version-columns';

const codeTaken = (code: string) =>
  new AppError(409, 'IMPLEMENTATION_CODE_TAKEN', `实施编码 ${code} 已被另一个已发布事项使用`, [
    { field: 'basicCode', label: '基本编码', message: '同一实施主体下已有相同基本编码的事项' },
  ]);

async function assertCodeFree(tx: Tx, code: string, itemId: string | null) {
  let query = tx
    .selectFrom('catalog_item_versions')
    .select('item_id')
    .where('implementation_code', '=', code)
    .where('status', '=', 'published');
  if (itemId) query = query.where('item_id', '<>', itemId);
  if (await query.executeTakeFirst()) throw codeTaken(code);
}

/** A new item with its first version as a draft. */
export async function createItem(db: Db, actor: StaffActor, audit: AuditActor, input: ItemContentInput) {
  const content = ItemContent.parse(input);
  const department = await implementingDepartment(db, content.departmentId);
  requireEditFor(actor, department);
  await checkContent(db, content);
  const columns = versionColumns(content, department.credit_code);
  return await db.transaction().execute(async (tx) => {
    await assertCodeFree(tx, columns.implementation_code, null);
    const item = await tx
      .insertInto('catalog_items')
      .values({ department_id: department.id, region_code: department.regionCode })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('catalog_item_versions')
      .values({ item_id: item.id, version: 1, status: 'draft', created_by: actor.id, ...columns })
      .execute();
    await recordAudit(tx, audit, {
      action: 'catalog.create',
      entityType: 'catalog_item',
      entityId: item.id,
      regionCode: department.regionCode,
      after: { name: content.name, implementationCode: columns.implementation_code, version: 1 },
    });
    return { itemId: item.id, version: 1 };
  });
}

async function openVersion(tx: Tx, itemId: string) {
  return tx
    .selectFrom('catalog_item_versions')
    .select(['version', 'status', 'content'])
    .where('item_id', '=', itemId)
    .where('status', 'in', ['draft', 'submitted', 'first_checked', 'joint_reviewed'])
    .forUpdate()
    .executeTakeFirst();
}

/** Replaces the content of the item's draft; only a draft can be edited. */
export async function updateDraft(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  itemId: string,
  input: ItemContentInput,
) {
  const content = ItemContent.parse(input);
  const department = await implementingDepartment(db, content.departmentId);
  requireEditFor(actor, department);
  await checkContent(db, content);
  const columns = versionColumns(content, department.credit_code);
  return await db.transaction().execute(async (tx) => {
    const item = await tx
      .selectFrom('catalog_items')
      .select(['department_id', 'region_code'])
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!item) throw notFound('事项');
    requireEditFor(actor, { id: item.department_id, regionCode: item.region_code });
    const open = await openVersion(tx, itemId);
    if (open?.status !== 'draft') {
      throw new AppError(
        409,
        'NOT_A_DRAFT',
        open ? '该版本正在审核中，退回草稿后才能修改' : '没有可修改的草稿，请先创建新版本',
      );
    }
    await assertCodeFree(tx, columns.implementation_code, itemId);
    await tx
      .updateTable('catalog_item_versions')
      .set({ ...columns, updated_at: new Date() })
      .where('item_id', '=', itemId)
      .where('version', '=', open.version)
      .execute();
    await tx
      .updateTable('catalog_items')
      .set({ department_id: department.id, region_code: department.regionCode, updated_at: new Date() })
      .where('id', '=', itemId)
      .execute();
    await recordAudit(tx, audit, {
      action: 'catalog.update_draft',
      entityType: 'catalog_item',
      entityId: itemId,
      regionCode: department.regionCode,
      before: { version: open.version, name: (open.content as { name: string }).name },
      after: { version: open.version, name: content.name },
    });
    return { itemId, version: open.version };
  });
}

/** Editing a published item starts a new draft copied from the published version; the published one stays as it is. */
export async function startNewVersion(db: Db, actor: StaffActor, audit: AuditActor, itemId: string) {
  return await db.transaction().execute(async (tx) => {
    const item = await tx
      .selectFrom('catalog_items')
      .select(['department_id', 'region_code', 'published_version'])
      .where('id', '=', itemId)
      .forUpdate()
      .executeTakeFirst();
    if (!item) throw notFound('事项');
    requireEditFor(actor, { id: item.department_id, regionCode: item.region_code });
    if (await openVersion(tx, itemId))
      throw new AppError(409, 'DRAFT_EXISTS', '该事项已有正在编辑或审核的版本');
    const latest = await tx
      .selectFrom('catalog_item_versions')
      .selectAll()
      .where('item_id', '=', itemId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const version = latest.version + 1;
    const { published_at: _published, created_at: _created, updated_at: _updated, ...copy } = latest;
    await tx
      .insertInto('catalog_item_versions')
      .values({
        ...copy,
        content: JSON.stringify(latest.content),
        version,
        status: 'draft',
        created_by: actor.id,
      })
      .execute();
    await recordAudit(tx, audit, {
      action: 'catalog.new_version',
      entityType: 'catalog_item',
      entityId: itemId,
      regionCode: item.region_code,
      after: { version, from: latest.version },
    });
    return { itemId, version };
  });
}
