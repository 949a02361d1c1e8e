import type { Db, Tx } from '../../db/database';
import { conflict, invalidField } from '../../server/errors';
import type { ItemLevel } from '../../shared/catalog-terms';
import type { ItemContent } from '../catalog/item-content';

/** A published catalogue item version as a case uses it, with its implementing department. */
export interface CaseItem {
  itemId: string;
  version: number;
  basicCode: string;
  content: ItemContent;
  level: ItemLevel;
  department: { id: string; name: string; regionCode: string };
}

function selectItemVersions(db: Db | Tx) {
  return db
    .selectFrom('catalog_item_versions as v')
    .innerJoin('departments as d', 'd.id', 'v.department_id')
    .select([
      'v.item_id',
      'v.version',
      'v.basic_code',
      'v.content',
      'd.id as department_id',
      'd.name as department_name',
      'd.region_code as department_region',
    ]);
}
export type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItemVersions>['executeTakeFirstOrThrow']>>;

export function toCaseItem(row: ItemRow): CaseItem {
  const content = row.content as ItemContent;
  return {
    itemId: row.item_id,
    version: row.version,
    basicCode: row.basic_code,
    content,
    level: content.level as ItemLevel,
    department: { id: row.department_id, name: row.department_name, regionCode: row.department_region },
  };
}

/** The item's published version, or a precise refusal naming the itemId field. */
export async function publishedItem(db: Db | Tx, itemId: string): Promise<CaseItem> {
  const row = await selectItemVersions(db)
    .innerJoin('catalog_items as i', (join) =>
      join.onRef('i.id', '=', 'v.item_id').onRef('i.published_version', '=', 'v.version'),
    )
    .where('v.item_id', '=', itemId)
    .executeTakeFirst();
  if (!row) throw invalidField('itemId', '服务目录中没有这个事项，或该事项尚未发布', 'UNKNOWN_ITEM');
  return toCaseItem(row);
}

/** Refuses an act meant for one item's case on a joint case's parent. */
export const parentHasNoItem = () =>
  conflict('BUNDLE_PARENT_HAS_NO_ITEM', '这是“一件事”联办件的母件，请在母件上受理，或到各子件办理');

/**
 * The version a case started with (kept for the case's whole life). A joint
 * case's parent has no item: acts meant for one item's case are refused on it.
 */
export async function itemOfCase(
  db: Db | Tx,
  itemId: string | null,
  version: number | null,
): Promise<CaseItem> {
  if (itemId === null || version === null) throw parentHasNoItem();
  const row = await selectItemVersions(db)
    .where('v.item_id', '=', itemId)
    .where('v.version', '=', version)
    .executeTakeFirstOrThrow();
  return toCaseItem(row);
}

/**
 * Other published implementations of the same basic code (the same service
 * implemented by another region's department), most local first.
 */
export async function implementationsOf(db: Db | Tx, basicCode: string): Promise<CaseItem[]> {
  const rows = await selectItemVersions(db)
    .innerJoin('catalog_items as i', (join) =>
      join.onRef('i.id', '=', 'v.item_id').onRef('i.published_version', '=', 'v.version'),
    )
    .where('v.basic_code', '=', basicCode)
    .execute();
  return rows.map(toCaseItem).sort((a, b) => b.department.regionCode.length - a.department.regionCode.length);
}
