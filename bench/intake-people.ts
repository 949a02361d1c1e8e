import { sql } from 'kysely';
import type { Db } from '../src/db/database';
import { citizenIdCheckChar } from '../src/shared/citizen-id';

/**
 * The synthetic residents of the intake bench: person n lives in street
 * n % 8 + 1 of 下城区 (330103), so n = 8k + 3 are the residents of 潮鸣街道
 * (330103004), whose window clerks the bench drives. Numbers are computed the
 * same way in SQL (the load) and here (the load generator), check character included.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '朱',
  '马',
  '胡',
  '郭',
];
const GIVEN = [
  '秀英',
  '桂英',
  '建国',
  '志强',
  '丽娟',
  '海燕',
  '国华',
  '伟',
  '芳',
  '敏',
  '军',
  '静',
  '晓东',
  '玉兰',
];

/** The SQL of person n's number, from a derived table with `n` and `f17` (the first 17 characters). */
function personIdSql(): string {
  const checkSum = WEIGHTS.map((weight, index) => `substr(f17, ${index + 1}, 1)::int * ${weight}`).join(
    ' + ',
  );
  return `f17 || substr('10X98765432', ((${checkSum}) % 11) + 1, 1)`;
}

const nameSql = (n: string) =>
  `(ARRAY[${SURNAMES.map((name) => `'${name}'`).join(',')}])[${n} % ${SURNAMES.length} + 1] || ` +
  `(ARRAY[${GIVEN.map((name) => `'${name}'`).join(',')}])[(${n} / ${SURNAMES.length}) % ${GIVEN.length} + 1]`;

/**
 * Loads persons 0 … count-1 that are not there yet (the number is the key),
 * and numbers them in the loading session's temporary table bench_people
 * (k, number), which the case load draws applicants from.
 */
export async function loadPeople(db: Db, count: number): Promise<void> {
  const chunk = 250_000;
  for (let start = 0; start < count; start += chunk) {
    const end = Math.min(start + chunk, count) - 1;
    await sql`
      INSERT INTO persons (id_number, name, sex, birth_date, ethnicity, phone, household_address,
                           household_region_code, residence_address, residence_region_code, field_sources)
      SELECT ${sql.raw(personIdSql())}, ${sql.raw(nameSql('n'))}, CASE WHEN n % 2 = 1 THEN 'male' ELSE 'female' END,
             birth, '汉族', '139' || lpad((n % 100000000)::text, 8, '0'), address, region, address, region, '{}'
      FROM (
        SELECT n, birth, region, '杭州市下城区' || (n % 8 + 1) || '号街道' || (n % 300 + 1) || '号' AS address,
               '330103' || to_char(birth, 'YYYYMMDD') || lpad((n % 50)::text, 3, '0') AS f17
        FROM (SELECT n, date '1940-01-01' + (n / 50)::int % 24000 AS birth,
                     '330103' || lpad((n % 8 + 1)::text, 3, '0') || lpad((n / 8 % 4 + 1)::text, 3, '0') AS region
              FROM generate_series(${start}::bigint, ${end}::bigint) AS n) AS numbered
      ) AS generated
      ON CONFLICT (id_number) DO NOTHING
    `.execute(db);
  }
  await sql`
    CREATE TEMP TABLE IF NOT EXISTS bench_people AS
    SELECT (row_number() OVER (ORDER BY id_number) - 1)::int AS k, id_number
    FROM persons WHERE id_number LIKE '330103%' AND name <> ''
  `.execute(db);
}

/** Person n's citizen ID number, as the SQL above computes it. */
export function personId(n: number): string {
  const birth = new Date(Date.UTC(1940, 0, 1) + (Math.floor(n / 50) % 24000) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '');
  const first17 = `330103${birth}${String(n % 50).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}

/** The k-th resident of 潮鸣街道 among `population` persons (wrapping around). */
export function chaomingResident(k: number, population: number): string {
  const residents = Math.floor((population - 4) / 8) + 1;
  return personId((k % residents) * 8 + 3);
}
