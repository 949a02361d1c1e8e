import type { Db } from '../../src/db/database';
import type { ItemContent } from '../../src/modules/catalog/item-content';

/**
 * A demo item's published version (老年优待证办理 unless named) and window 1 of
 * 潮鸣街道便民服务中心, where the demo clerk sits: for journeys that start cases through the API.
 */
export async function demoDesk(
  db: Db,
  itemName = '老年优待证办理',
): Promise<{ itemId: string; content: ItemContent; windowId: string }> {
  const item = await db
    .selectFrom('catalog_item_versions')
    .select(['item_id', 'content'])
    .where('name', '=', itemName)
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  const window = await db
    .selectFrom('service_windows as w')
    .innerJoin('halls as h', 'h.id', 'w.hall_id')
    .select('w.id')
    .where('h.name', '=', '潮鸣街道便民服务中心')
    .where('w.number', '=', 1)
    .executeTakeFirstOrThrow();
  return { itemId: item.item_id, content: item.content as ItemContent, windowId: window.id };
}
