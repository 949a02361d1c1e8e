import type { Db } from '../../db/database';
import { AppError } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { canEditFor } from './catalog-access';
import { fileOrder, type ImportBatch, type RowRejection, rejectionsOf } from './import-rows';
import { ItemContent } from './item-content';
import { itemContentProblems } from './rules/content-rules';
import type { ContentProblem } from './rules/problem';
import { versionColumns } from './version-columns';

type Department = { id: string; region_code: string; credit_code: string | null; active: boolean };

/** The content of a raw row with its rule problems, or the schema's problems when it does not parse. */
function checkContent(raw: unknown): { content?: ItemContent; problems: ContentProblem[] } {
  const parsed = ItemContent.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    };
  }
  return { content: parsed.data, problems: itemContentProblems(parsed.data) };
}

/** The implementing body the importer may load items for, or why not. */
function checkDepartment(actor: StaffActor, department: Department | undefined) {
  if (!department?.active || !department.credit_code) {
    return { problem: '实施主体不存在、已停用或未登记统一社会信用代码' };
  }
  if (!canEditFor(actor, { id: department.id, regionCode: department.region_code })) {
    return { problem: '您不是该实施主体的事项编制人员' };
  }
  return { creditCode: department.credit_code, regionCode: department.region_code };
}

/**
 * Bulk load of a district's list: every row is checked before anything is
 * written; if any row is rejected, nothing is loaded and the report names each
 * rejected row and why. Imported items start as drafts and go through review.
 */
export async function importItems(db: Db, actor: StaffActor, audit: AuditActor, batch: ImportBatch) {
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
  let rejectedCount = 0;
  const accepted: { content: ItemContent; columns: ReturnType<typeof versionColumns>; regionCode: string }[] =
    [];
  for (const candidate of batch.candidates) {
    const { content, problems } = checkContent(candidate.raw);
    const body = content && checkDepartment(actor, byId.get(content.departmentId));
    if (body?.problem) problems.push({ path: 'departmentId', message: body.problem });
    if (content && body?.creditCode && problems.length === 0 && candidate.readProblems.length === 0) {
      const columns = versionColumns(content, body.creditCode);
      if (codesInUse.has(columns.implementation_code)) {
        problems.push({ path: 'basicCode', message: `实施编码 ${columns.implementation_code} 已被使用` });
      }
      codesInUse.add(columns.implementation_code);
      if (problems.length === 0) accepted.push({ content, columns, regionCode: body.regionCode });
    }
    if (problems.length > 0 || candidate.readProblems.length > 0) {
      rejectedCount += 1;
      rejections.push(...rejectionsOf(candidate, problems));
    }
  }
  rejections.push(...(batch.unattached ?? []));
  if (rejections.length > 0) {
    const { unit, candidates, unattached = [] } = batch;
    const stray = unattached.length > 0 ? `，另有${unattached.length}行无法对应到事项` : '';
    throw new AppError(
      400,
      'IMPORT_REJECTED',
      `共${candidates.length}${unit}，其中${rejectedCount}${unit}不符合要求${stray}，未导入任何事项`,
      { rejections: fileOrder(rejections, batch.sheets) },
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
