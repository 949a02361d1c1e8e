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
