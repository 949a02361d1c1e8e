import type { Db } from '../../src/db/database';
import type { ItemContentInput } from '../../src/modules/catalog/item-content';

let serial = 0;

/** A valid on-the-spot benefit item of the given department; override any field. */
export function itemContent(
  departmentId: string,
  overrides: Partial<ItemContentInput> = {},
): ItemContentInput {
  serial += 1;
  return {
    name: `测试事项${serial}`,
    aliases: [],
    keywords: [],
    basicCode: `0105${String(serial).padStart(5, '0')}000`,
    itemType: '05',
    level: 4,
    departmentId,
    legalLimitDays: null,
    promisedLimitDays: 0,
    handlingKind: 'on_the_spot',
    serviceObjects: ['natural_person'],
    feeCharged: false,
    visits: 1,
    onlineDepth: 2,
    anyWindowScope: 'county',
    courierDelivery: false,
    appointment: false,
    resultType: 'none',
    serviceCategory: 'review_acceptance',
    reverseAnalysis: 'achievable_now',
    materials: [
      {
        key: 'id_card',
        name: '居民身份证',
        forms: ['original'],
        required: true,
        certificateTypes: ['id_card'],
      },
    ],
    ...overrides,
  };
}

/** Marks version 1 of the item named `name` published, as the review pipeline would. */
export async function publishFirstVersion(db: Db, name: string): Promise<void> {
  await db
    .updateTable('catalog_item_versions')
    .set({ status: 'published' })
    .where('name', '=', name)
    .execute();
  await db
    .updateTable('catalog_items')
    .set({ published_version: 1 })
    .where('id', 'in', db.selectFrom('catalog_item_versions').select('item_id').where('name', '=', name))
    .execute();
}
