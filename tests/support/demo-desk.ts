import type { Db } from '../../src/db/database';

/** The demo district's 老年优待证办理 and window 1 of 潮鸣街道便民服务中心, where the demo clerk sits. */
export async function demoDesk(db: Db): Promise<{ itemId: string; windowId: string }> {
  const item = await db
    .selectFrom('catalog_item_versions')
    .select('item_id')
    .where('name', '=', '老年优待证办理')
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  const window = await db
    .selectFrom('service_windows as w')
    .innerJoin('halls as h', 'h.id', 'w.hall_id')
    .select('w.id')
    .where('h.name', '=', '潮鸣街道便民服务中心')
    .where('w.number', '=', 1)
    .executeTakeFirstOrThrow();
  return { itemId: item.item_id, windowId: window.id };
}
