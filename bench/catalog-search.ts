import { sql } from 'kysely';
import { type ItemContent, ItemContent as ItemContentSchema } from '../src/modules/catalog/item-content';
import { versionColumns } from '../src/modules/catalog/version-columns';
import { DEMO_STREETS } from '../src/seed/demo-district';
import { openBenchPlatform } from './bench-platform';
import { runLoad } from './load';

/**
 * Catalogue search over 5,000 published items (the demo catalogue, cloned per
 * street with new names and codes), queried over HTTP against the platform process.
 * Target (issue 3): p95 under 20 ms per query.
 */
const TARGET_ITEMS = 5000;
const bench = await openBenchPlatform('catalog');
const { db } = bench;

const published = await db
  .selectFrom('catalog_item_versions as v')
  .innerJoin('departments as d', 'd.id', 'v.department_id')
  .select(['v.content', 'd.credit_code', 'd.region_code', 'd.id'])
  .where('v.status', '=', 'published')
  .execute();
let serial = 90000;
for (let i = published.length; i < TARGET_ITEMS; i += 200) {
  await db.transaction().execute(async (tx) => {
    for (let j = i; j < Math.min(i + 200, TARGET_ITEMS); j++) {
      const base = published[j % published.length];
      if (!base?.credit_code) continue;
      const street = DEMO_STREETS[j % DEMO_STREETS.length]?.name ?? '';
      serial++;
      const original = ItemContentSchema.parse(base.content);
      const content: ItemContent = {
        ...original,
        name: `${original.name}（${street}第${j}项）`,
        basicCode: `${original.basicCode.slice(0, 4)}${String(serial).padStart(5, '0')}000`,
      };
      const item = await tx
        .insertInto('catalog_items')
        .values({
          department_id: base.id,
          region_code: base.region_code,
          published_version: 1,
          use_count: j % 97,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('catalog_item_versions')
        .values({
          item_id: item.id,
          version: 1,
          status: 'published',
          published_at: new Date(),
          ...versionColumns(content, base.credit_code),
        })
        .execute();
    }
  });
}
await sql`ANALYZE`.execute(db);
const count = await db
  .selectFrom('catalog_item_versions')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .where('status', '=', 'published')
  .executeTakeFirstOrThrow();

const platform = await bench.start();
const terms = [
  '老年',
  '出生',
  '低保',
  '餐饮',
  '居住证',
  '残疾人',
  '医保参保',
  '营业执照',
  '老人优待证',
  '证',
];
try {
  console.log(JSON.stringify({ publishedItems: Number(count.n) }));
  for (const concurrency of [1, 4]) {
    let next = 0;
    const result = await runLoad(
      `GET /api/catalog/items?q=… (${terms.length} terms in turn)`,
      () =>
        fetch(
          `${platform.baseUrl}/api/catalog/items?q=${encodeURIComponent(terms[next++ % terms.length] ?? '')}`,
        ),
      { total: 1000, concurrency },
    );
    console.log(JSON.stringify(result));
  }
  for (const term of terms) {
    const result = await runLoad(
      `q=${term}`,
      () => fetch(`${platform.baseUrl}/api/catalog/items?q=${encodeURIComponent(term)}`),
      {
        total: 200,
        concurrency: 1,
      },
    );
    console.log(JSON.stringify({ term, p50: result.p50, p95: result.p95 }));
  }
} finally {
  await bench.stop();
}
