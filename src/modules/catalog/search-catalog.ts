import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { queryTokens, tsqueryOf } from './search-tokens';

export interface CatalogFilter {
  q?: string;
  departmentId?: string;
  category?: string;
  theme?: string;
  serviceObject?: string;
  online?: boolean;
  zeroVisit?: boolean;
  limit: number;
  offset: number;
}

/**
 * Published items matching a Chinese query and filters, best match first: all
 * query tokens must match (names weigh most, then aliases and keywords, then
 * guide text); when nothing matches all of them, items matching the most tokens
 * are offered, and failing that items close by trigram similarity. With no
 * query, hot items first.
 */
export async function searchCatalog(db: Db, filter: CatalogFilter) {
  const query = filter.q?.trim() ?? '';
  const tokens = queryTokens(query);
  const base = () => {
    let q = db
      .selectFrom('catalog_item_versions as v')
      .innerJoin('catalog_items as i', (join) =>
        join.onRef('i.id', '=', 'v.item_id').onRef('i.published_version', '=', 'v.version'),
      )
      .innerJoin('departments as d', 'd.id', 'v.department_id')
      .where('v.status', '=', 'published');
    if (filter.departmentId) q = q.where('v.department_id', '=', filter.departmentId);
    if (filter.category) q = q.where('v.service_category', '=', filter.category);
    if (filter.theme) q = q.where(sql<boolean>`${filter.theme} = ANY(v.themes)`);
    if (filter.serviceObject) q = q.where(sql<boolean>`${filter.serviceObject} = ANY(v.service_objects)`);
    if (filter.online) q = q.where('v.online_depth', '>=', 3);
    if (filter.zeroVisit) q = q.where('v.visits', '=', 0);
    return q.select([
      'v.item_id',
      'v.name',
      'v.handling_kind',
      'v.promised_limit_days',
      'v.visits',
      'v.online_depth',
      'v.service_category',
      'd.name as department_name',
      'i.use_count',
    ]);
  };
  let rows: Awaited<ReturnType<ReturnType<typeof base>['execute']>>;
  if (query === '') {
    rows = await base()
      .orderBy('i.use_count', 'desc')
      .orderBy('v.name')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
  } else if (tokens.length > 0) {
    const all = sql`${tsqueryOf(tokens, '&')}::tsquery`;
    rows = await base()
      .where(sql<boolean>`v.search_document @@ ${all}`)
      .orderBy(
        sql`ts_rank(v.search_document, ${all}) + CASE WHEN v.name LIKE ${`%${query}%`} THEN 1 ELSE 0 END`,
        'desc',
      )
      .orderBy('i.use_count', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
    if (rows.length === 0 && filter.offset === 0) {
      // Near matches: any character pair (the index serves this), then, when even that finds nothing, trigrams.
      const any = sql`${tsqueryOf(tokens, '|')}::tsquery`;
      rows = await base()
        .where(sql<boolean>`v.search_document @@ ${any}`)
        .orderBy(sql`ts_rank(v.search_document, ${any})`, 'desc')
        .orderBy('i.use_count', 'desc')
        .limit(filter.limit)
        .execute();
      if (rows.length === 0) {
        rows = await base()
          .where(sql<boolean>`v.search_names % ${query}`)
          .orderBy(sql`similarity(v.search_names, ${query})`, 'desc')
          .limit(filter.limit)
          .execute();
      }
    }
  } else {
    rows = await base()
      .where('v.search_names', 'like', `%${query.replace(/[\\%_]/g, '\\$&')}%`)
      .orderBy('i.use_count', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
  }
  return rows.map((row) => ({
    itemId: row.item_id,
    name: row.name,
    handlingKind: row.handling_kind,
    promisedLimitDays: row.promised_limit_days,
    visits: row.visits,
    onlineDepth: row.online_depth,
    serviceCategory: row.service_category,
    departmentName: row.department_name,
  }));
}
