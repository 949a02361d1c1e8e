import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import { AppError, notFound } from '../../server/errors';
import { regionRootsFor } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';
import type { ItemContent } from './item-content';
import type { VersionStatus } from './review-pipeline';

function selectVersions(db: Db) {
  return db
    .selectFrom('catalog_item_versions as v')
    .innerJoin('departments as d', 'd.id', 'v.department_id')
    .select([
      'v.item_id',
      'v.version',
      'v.status',
      'v.content',
      'v.implementation_code',
      'v.published_at',
      'v.updated_at',
      'd.name as department_name',
    ]);
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof selectVersions>['executeTakeFirstOrThrow']>>;

function toView(row: VersionRow) {
  return {
    itemId: row.item_id,
    version: row.version,
    status: row.status as VersionStatus,
    implementationCode: row.implementation_code,
    departmentName: row.department_name,
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    content: row.content as ItemContent,
  };
}
export type ItemVersionView = ReturnType<typeof toView>;

/** The version residents see; counts the view toward the hot items. */
export async function getPublishedItem(db: Db, itemId: string): Promise<ItemVersionView> {
  const row = await selectVersions(db)
    .innerJoin('catalog_items as i', (join) =>
      join.onRef('i.id', '=', 'v.item_id').onRef('i.published_version', '=', 'v.version'),
    )
    .where('v.item_id', '=', itemId)
    .executeTakeFirst();
  if (!row) throw new AppError(404, 'NOT_FOUND', '该事项不存在或尚未发布');
  await db
    .updateTable('catalog_items')
    .set((eb) => ({ use_count: eb('use_count', '+', 1) }))
    .where('id', '=', itemId)
    .execute();
  return toView(row);
}

/** Any version, for staff whose regions include the item's department. */
export async function getItemVersion(
  db: Db,
  actor: StaffActor,
  itemId: string,
  version: number,
): Promise<ItemVersionView> {
  const roots = regionRootsFor(actor.grants, 'org.view');
  const row = await selectVersions(db)
    .where('v.item_id', '=', itemId)
    .where('v.version', '=', version)
    .where((eb) => withinRegions(eb, 'd.region_code', roots))
    .executeTakeFirst();
  if (!row) throw notFound('事项版本');
  return toView(row);
}

/** Every version of an item with its review record, newest first. */
export async function listVersions(db: Db, actor: StaffActor, itemId: string) {
  const roots = regionRootsFor(actor.grants, 'org.view');
  const versions = await selectVersions(db)
    .where('v.item_id', '=', itemId)
    .where((eb) => withinRegions(eb, 'd.region_code', roots))
    .orderBy('v.version', 'desc')
    .execute();
  if (versions.length === 0) throw notFound('事项');
  const reviews = await db
    .selectFrom('catalog_reviews')
    .select(['version', 'step', 'decision', 'opinion', 'actor_name', 'at'])
    .where('item_id', '=', itemId)
    .orderBy('id')
    .execute();
  return versions.map((row) => ({
    ...toView(row),
    reviews: reviews
      .filter((review) => review.version === row.version)
      .map((review) => ({ ...review, actorName: review.actor_name, at: review.at.toISOString() })),
  }));
}

/** Items for the staff catalogue list: each with its latest version's status and life-event themes. */
export async function listItemsForStaff(
  db: Db,
  actor: StaffActor,
  filter: { status?: VersionStatus; departmentId?: string; theme?: string },
) {
  const roots = regionRootsFor(actor.grants, 'org.view');
  let query = db
    .selectFrom('catalog_item_versions as v')
    .innerJoin('catalog_items as i', 'i.id', 'v.item_id')
    .innerJoin('departments as d', 'd.id', 'v.department_id')
    .select([
      'v.item_id',
      'v.version',
      'v.status',
      'v.name',
      'v.implementation_code',
      'v.handling_kind',
      'd.name as department_name',
      'i.published_version',
      'v.themes',
      'v.updated_at',
    ])
    .where(
      sql<boolean>`v.version = (SELECT max(version) FROM catalog_item_versions WHERE item_id = v.item_id)`,
    )
    .where((eb) => withinRegions(eb, 'i.region_code', roots));
  if (filter.status) query = query.where('v.status', '=', filter.status);
  if (filter.departmentId) query = query.where('v.department_id', '=', filter.departmentId);
  if (filter.theme) query = query.where(sql<boolean>`${filter.theme} = ANY(v.themes)`);
  const rows = await query.orderBy('d.name').orderBy('v.name').limit(1000).execute();
  return rows.map((row) => ({
    itemId: row.item_id,
    latestVersion: row.version,
    status: row.status,
    name: row.name,
    implementationCode: row.implementation_code,
    handlingKind: row.handling_kind,
    departmentName: row.department_name,
    publishedVersion: row.published_version,
    themes: row.themes,
    updatedAt: row.updated_at.toISOString(),
  }));
}

/** Field-by-field differences between two versions of one item. */
export function compareContents(older: ItemContent, newer: ItemContent) {
  const fields = Object.keys({ ...older, ...newer }) as (keyof ItemContent)[];
  return fields
    .filter((field) => JSON.stringify(older[field]) !== JSON.stringify(newer[field]))
    .map((field) => ({ field, before: older[field] ?? null, after: newer[field] ?? null }));
}
