import { beforeAll, describe, expect, it } from 'vitest';
import { itemContent, publishFirstVersion } from '../../../tests/support/catalog-factory';
import {
  countRows,
  createDepartment,
  createRegionTree,
  createStaffUser,
} from '../../../tests/support/factories';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';

const t = setUpTestApp();
let departmentId: string;
let otherDepartmentId: string;
let editor: Client;

beforeAll(async () => {
  await createRegionTree(t.db, '330106', 1, 1);
  departmentId = await createDepartment(t.db, '330106', '导入测试民政局');
  otherDepartmentId = await createDepartment(t.db, '330106', '导入测试人社局');
  const user = await createStaffUser(t.db, { role: 'catalog_editor', regionCode: '330106', departmentId });
  editor = await signInStaff(t.app, user.username, user.password);
});

const count = () => countRows(t.db, 'catalog_items');

describe('catalogue bulk import and export', () => {
  it('loads nothing when any row is wrong, and says which rows and why', async () => {
    const before = await count();
    const response = await editor.post('/api/catalog/manage/import', {
      items: [
        itemContent(departmentId, { name: '导入甲' }),
        itemContent(departmentId, { name: '导入乙', basicCode: '0101000' }),
        itemContent(otherDepartmentId, { name: '导入丙' }),
        itemContent(departmentId, { name: '导入丁', handlingKind: 'promised' }),
      ],
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.message).toBe('共4行，其中3行不符合要求，未导入任何事项');
    const rows = error.details.rejections.map((rejection: { row: number }) => rejection.row);
    expect(rows).toEqual([2, 3, 4]);
    expect(error.details.rejections[0].reasons[0]).toMatch(/^basicCode：/);
    expect(error.details.rejections[1].reasons[0]).toMatch(/不是该实施主体的事项编制人员/);
    expect(await count()).toBe(before);
  });

  it('imports a clean batch as drafts for review, and refuses a repeated code within it', async () => {
    const batch = [
      itemContent(departmentId, { name: '导入戊' }),
      itemContent(departmentId, { name: '导入己' }),
    ];
    const repeated = await editor.post('/api/catalog/manage/import', {
      items: [batch[0], { ...batch[0], name: '重复编码' }],
    });
    expect(repeated.json().error.details.rejections[0]).toMatchObject({
      row: 2,
      reasons: [expect.stringMatching(/已被使用/)],
    });
    const imported = await editor.post('/api/catalog/manage/import', { items: batch });
    expect(imported.json()).toEqual({ imported: 2 });
    const drafts = await t.db
      .selectFrom('catalog_item_versions')
      .select('status')
      .where('name', 'in', ['导入戊', '导入己'])
      .execute();
    expect(drafts.map((row) => row.status)).toEqual(['draft', 'draft']);
  });

  it('exports published items in the import format; re-importing them is refused for their codes in use', async () => {
    await publishFirstVersion(t.db, '导入戊');
    const exported = (await editor.get('/api/catalog/manage/export')).json().items;
    expect(exported.map((item: { name: string }) => item.name)).toEqual(['导入戊']);
    const again = await editor.post('/api/catalog/manage/import', { items: exported });
    expect(again.json().error.details.rejections[0].reasons[0]).toMatch(/已被使用/);
  });
});
