import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createRegionTree, createStaffUser } from '../../../tests/support/factories';
import { CSV_TYPE, csvOf, testIdNumber, XLSX_TYPE, xlsxOf } from '../../../tests/support/registry-files';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';

const t = setUpTestApp();
let admin: Client;
let police: string;
let grid: string;
const AREA = '330106';
const COMMUNITY = '330106001001';
const [first, second, third] = [0, 1, 2].map((index) => testIdNumber(AREA, index)) as [
  string,
  string,
  string,
];

beforeAll(async () => {
  await createRegionTree(t.db, AREA, 1, 1);
  const departmentId = await createDepartment(t.db, AREA, '导入测试数据局');
  const user = await createStaffUser(t.db, { role: 'admin', regionCode: null, departmentId });
  admin = await signInStaff(t.app, user.username, user.password);
  police = (
    await admin.post('/api/registry/sources', { name: '测试公安人口库', subjectKind: 'person', authority: 9 })
  ).json().id;
  grid = (
    await admin.post('/api/registry/sources', { name: '测试网格采集', subjectKind: 'person', authority: 3 })
  ).json().id;
});

async function importFile(
  source: string,
  fileName: string,
  content: Buffer,
  mapping: Record<string, string>,
  asOf = '2026-10-01',
) {
  const query = new URLSearchParams({ sourceId: source, fileName, asOf, mapping: JSON.stringify(mapping) });
  const started = await admin.upload(
    `/api/registry/imports?${query}`,
    content,
    fileName.endsWith('.csv') ? CSV_TYPE : XLSX_TYPE,
  );
  expect(started.statusCode, started.body).toBe(202);
  for (;;) {
    const current = (await admin.get(`/api/registry/imports/${started.json().id}`)).json();
    if (current.status !== 'running') return current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const personCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('persons')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const POLICE_MAPPING = {
  身份证号: 'idNumber',
  姓名: 'name',
  性别: 'sex',
  联系电话: 'phone',
  户籍区划: 'householdRegionCode',
};

describe('fusing residents from other systems', () => {
  it('proposes a column mapping from the file headers', async () => {
    const file = csvOf([
      ['身份证号', '姓名', '手机号码', '备注'],
      [first, '甲', '13800000001', ''],
    ]);
    const query = new URLSearchParams({ sourceId: police, fileName: 'p.csv' });
    const response = await admin.upload(`/api/registry/imports/preview?${query}`, file, CSV_TYPE);
    expect(response.json()).toMatchObject({
      rowCount: 1,
      mapping: { 身份证号: 'idNumber', 姓名: 'name', 手机号码: 'phone' },
    });
  });

  it('loads good rows, reports every bad row with its reasons, and keeps one person per number', async () => {
    const wrongCheck = `${second.slice(0, 17)}${second[17] === '1' ? '2' : '1'}`;
    const report = await importFile(
      police,
      '公安导出.csv',
      csvOf([
        ['身份证号', '姓名', '性别', '联系电话', '户籍区划'],
        [first, '张甲', '', '13800000001', COMMUNITY],
        [wrongCheck, '李乙', '', '', COMMUNITY],
        [third, '王丙', Number(third[16]) % 2 ? '女' : '男', '', COMMUNITY],
        [second, '李乙', '', '', COMMUNITY],
        [first, '张甲', '', '13800000001', COMMUNITY],
      ]),
      POLICE_MAPPING,
    );
    expect(report).toMatchObject({ status: 'completed', total_rows: 5, created_count: 2, rejected_count: 2 });
    const rejections = (await admin.get(`/api/registry/imports/${report.id}/rejections`)).json();
    expect(
      rejections.items.map((row: { rowNumber: number; reasons: string[] }) => [row.rowNumber, row.reasons]),
    ).toEqual([
      [3, ['身份证号：身份证号码校验位不正确，请核对后重新输入']],
      [4, [expect.stringMatching(/^性别：与身份证号码不符/)]],
    ]);
    expect(rejections.items[0].subjectNumber).toMatch(/^\d{4}\*+/);
    const stored = await t.db
      .selectFrom('persons')
      .selectAll()
      .where('id_number', '=', first)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ name: '张甲', phone: '13800000001', household_region_code: COMMUNITY });
    expect(stored.field_sources.name).toMatchObject({ source: '测试公安人口库', asOf: '2026-10-01' });
  });

  it('fuses a less trusted xlsx: new fields fill in, disagreements are kept as conflicts with both sources', async () => {
    const report = await importFile(
      grid,
      '网格采集.xlsx',
      await xlsxOf([
        ['公民身份号码', '姓名', '联系电话', '文化程度'],
        [first, '张甲', '13900000009', '大学本科'],
      ]),
      { 公民身份号码: 'idNumber', 姓名: 'name', 联系电话: 'phone', 文化程度: 'education' },
      '2026-11-01',
    );
    expect(report).toMatchObject({
      status: 'completed',
      updated_count: 1,
      conflict_count: 1,
      rejected_count: 0,
    });
    const stored = await t.db
      .selectFrom('persons')
      .selectAll()
      .where('id_number', '=', first)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ phone: '13800000001', education: 'bachelor' });
    const conflicts = (await admin.get(`/api/registry/imports/${report.id}/conflicts`)).json();
    expect(conflicts.items).toEqual([
      expect.objectContaining({
        field: 'phone',
        keptSource: '测试公安人口库',
        otherSource: '测试网格采集',
        otherAsOf: '2026-11-01',
      }),
    ]);
    const resolved = await admin.post(`/api/registry/conflicts/${conflicts.items[0].id}/resolve`, {
      resolution: 'replaced',
    });
    expect(resolved.statusCode).toBe(200);
    const after = await t.db
      .selectFrom('persons')
      .selectAll()
      .where('id_number', '=', first)
      .executeTakeFirstOrThrow();
    expect(after.phone).toBe('13900000009');
    expect(after.field_sources.phone).toMatchObject({ source: '测试网格采集' });
  });

  it('reads GBK-encoded CSV as government systems often export it', async () => {
    // "身份证号,姓名,联系电话" in GBK, then a data row in ASCII-compatible bytes plus 张 in GBK (d5c5).
    const header = Buffer.from('c9edb7ddd6a4bac52cd0d5c3fb2cc1aacfb5b5e7bbb00a', 'hex');
    const row = Buffer.concat([Buffer.from(`${third},`), Buffer.from('d5c5', 'hex'), Buffer.from(',\n')]);
    const report = await importFile(police, 'gbk.csv', Buffer.concat([header, row]), {
      身份证号: 'idNumber',
      姓名: 'name',
    });
    expect(report).toMatchObject({ status: 'completed', created_count: 1 });
    const stored = await t.db
      .selectFrom('persons')
      .select('name')
      .where('id_number', '=', third)
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe('张');
  });

  it('refuses a mapping without the ID number column and a file that is not a spreadsheet', async () => {
    const query = new URLSearchParams({
      sourceId: police,
      fileName: 'x.csv',
      asOf: '2026-10-01',
      mapping: JSON.stringify({ 姓名: 'name' }),
    });
    const noKey = await admin.upload(`/api/registry/imports?${query}`, csvOf([['姓名'], ['某']]), CSV_TYPE);
    expect(noKey.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'mapping' }] });
    const exe = new URLSearchParams({ sourceId: police, fileName: 'virus.exe' });
    const refused = await admin.upload(
      `/api/registry/imports/preview?${exe}`,
      Buffer.from('MZ'),
      'application/octet-stream',
    );
    expect(refused.json().error.code).toBe('FILE_FORMAT');
    const fake = new URLSearchParams({ sourceId: police, fileName: 'fake.xlsx' });
    const broken = await admin.upload(
      `/api/registry/imports/preview?${fake}`,
      Buffer.from('not a zip'),
      XLSX_TYPE,
    );
    expect(broken.json().error.code).toBe('FILE_UNREADABLE');
  });

  it('loads nothing at all when the database fails part-way through a large file', async () => {
    await sql`
      CREATE FUNCTION refuse_saboteur() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = '破坏者' THEN RAISE EXCEPTION 'sabotage'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER persons_saboteur BEFORE INSERT ON persons FOR EACH ROW EXECUTE FUNCTION refuse_saboteur();
    `.execute(t.db);
    const before = await personCount();
    const rows = Array.from({ length: 2600 }, (_, index) => [
      testIdNumber('330106', 1000 + index),
      index === 2500 ? '破坏者' : `居民${index}`,
    ]);
    const report = await importFile(police, '大文件.csv', csvOf([['身份证号', '姓名'], ...rows]), {
      身份证号: 'idNumber',
      姓名: 'name',
    });
    expect(report.status).toBe('failed');
    expect(report.failure).toMatch(/未导入任何数据/);
    expect(await personCount()).toBe(before);
    await sql`DROP TRIGGER persons_saboteur ON persons`.execute(t.db);
  });
});
