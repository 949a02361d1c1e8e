import type { Db } from '../../db/database';
import { AppError } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { canEditFor } from './catalog-access';
import { ItemContent } from './item-content';
import { itemContentProblems } from './rules/content-rules';
import { versionColumns } from './version-columns';

/**
 * Bulk load of a district's list: every row is checked before anything is
 * written; if any row is rejected, nothing is loaded and the report names each
 * rejected row and why. Imported items start as drafts and go through review.
 */
export interface RowRejection {
  row: number;
  name: string;
  reasons: string[];
}

export async function importItems(db: Db, actor: StaffActor, audit: AuditActor, rows: readonly unknown[]) {
  const departments = await db
    .selectFrom('departments')
    .select(['id', 'region_code', 'credit_code', 'active'])
    .execute();
  const byId = new Map(departments.map((department) => [department.id, department]));
  const published = await db
    .selectFrom('catalog_item_versions')
    .select('implementation_code')
    .where('status', '=', 'published')
    .execute();
  const codesInUse = new Set(published.map((row) => row.implementation_code));
  const rejections: RowRejection[] = [];
  const accepted: { content: ItemContent; columns: ReturnType<typeof versionColumns>; regionCode: string }[] =
    [];
  rows.forEach((raw, index) => {
    const row = index + 1;
    const name =
      typeof raw === 'object' && raw && 'name' in raw ? String((raw as { name: unknown }).name) : '';
    const parsed = ItemContent.safeParse(raw);
    if (!parsed.success) {
      rejections.push({
        row,
        name,
        reasons: parsed.error.issues.map((issue) => `${issue.path.join('.')}：${issue.message}`),
      });
      return;
    }
    const content = parsed.data;
    const reasons = itemContentProblems(content).map((problem) => `${problem.path}：${problem.message}`);
    const department = byId.get(content.departmentId);
    if (!department?.active || !department.credit_code) {
      reasons.push('departmentId：实施主体不存在、已停用或未登记统一社会信用代码');
    } else if (!canEditFor(actor, { id: department.id, regionCode: department.region_code })) {
      reasons.push('departmentId：您不是该实施主体的事项编制人员');
    }
    if (reasons.length === 0 && department?.credit_code) {
      const columns = versionColumns(content, department.credit_code);
      if (codesInUse.has(columns.implementation_code))
        reasons.push(`basicCode：实施编码 ${columns.implementation_code} 已被使用`);
      codesInUse.add(columns.implementation_code);
      if (reasons.length === 0) accepted.push({ content, columns, regionCode: department.region_code });
    }
    if (reasons.length > 0) rejections.push({ row, name: content.name, reasons });
  });
  if (rejections.length > 0) {
    throw new AppError(
      400,
      'IMPORT_REJECTED',
      `共${rows.length}行，其中${rejections.length}行不符合要求，未导入任何事项`,
      {
        rejections,
      },
    );
  }
  return await db.transaction().execute(async (tx) => {
    for (const { content, columns, regionCode } of accepted) {
      const item = await tx
        .insertInto('catalog_items')
        .values({ department_id: content.departmentId, region_code: regionCode })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('catalog_item_versions')
        .values({ item_id: item.id, version: 1, status: 'draft', created_by: actor.id, ...columns })
        .execute();
    }
    await recordAudit(tx, audit, {
      action: 'catalog.import',
      entityType: 'catalog',
      entityId: 'import',
      regionCode: actor.regionCode,
      after: { imported: accepted.length, names: accepted.map((row) => row.content.name) },
    });
    return { imported: accepted.length };
  });
}

/** Every published item's content, in the import format. */
export async function exportPublishedItems(db: Db) {
  const rows = await db
    .selectFrom('catalog_item_versions as v')
    .innerJoin('catalog_items as i', (join) =>
      join.onRef('i.id', '=', 'v.item_id').onRef('i.published_version', '=', 'v.version'),
    )
    .select('v.content')
    .orderBy('v.implementation_code')
    .execute();
  return rows.map((row) => ItemContent.parse(row.content));
}
