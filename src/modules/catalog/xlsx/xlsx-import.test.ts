import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemContent, publishFirstVersion } from '../../../../tests/support/catalog-factory';
import {
  countRows,
  createDepartment,
  createRegionTree,
  createStaffUser,
} from '../../../../tests/support/factories';
import { type Client, setUpTestApp, signInStaff } from '../../../../tests/support/test-app';
import { setCellUnder, workbookBytes } from '../../../../tests/support/workbook';
import { XLSX_TYPE } from '../../../shared/file-types';
import { ItemContent } from '../item-content';
import { loadDirectory } from './directory';
import { buildWorkbook } from './write-workbook';

const t = setUpTestApp();
let departmentId: string;
let editor: Client;
let reviewer: Client;

beforeAll(async () => {
  await createRegionTree(t.db, '330107', 1, 1);
  departmentId = await createDepartment(t.db, '330107', 'Excel导入民政局');
  const user = await createStaffUser(t.db, { role: 'catalog_editor', regionCode: '330107', departmentId });
  editor = await signInStaff(t.app, user.username, user.password);
  const other = await createStaffUser(t.db, { role: 'catalog_reviewer', regionCode: '330107' });
  reviewer = await signInStaff(t.app, other.username, other.password);
});

const count = () => countRows(t.db, 'catalog_items');

async function workbookOf(items: ItemContent[]) {
  return buildWorkbook(items, await loadDirectory(t.db));
}

describe('catalogue bulk load from Excel', () => {
  it('loads a workbook as drafts whose content equals what was written', async () => {
    const items = [
      ItemContent.parse(
        itemContent(departmentId, { name: 'Excel甲', aliases: ['甲别名'], legalLimitDays: 20 }),
      ),
      ItemContent.parse(
        itemContent(departmentId, {
          name: 'Excel乙',
          handlingKind: 'promised',
          promisedLimitDays: 5,
          formFields: [
            { key: 'phone', label: '联系电话', type: 'phone', required: true, profileSource: 'phone' },
          ],
          workflow: [
            {
              key: 'decide',
              name: '审核决定',
              actor: { kind: 'chief_rep', departmentId },
              limitDays: 5,
              actions: ['approve', 'refuse'],
            },
          ],
        }),
      ),
    ];
    const response = await editor.upload(
      '/api/catalog/manage/import.xlsx',
      await workbookBytes(await workbookOf(items)),
      XLSX_TYPE,
    );
    expect(response.json()).toEqual({ imported: 2 });
    const versions = await t.db
      .selectFrom('catalog_item_versions')
      .select(['name', 'status', 'content'])
      .where('name', 'in', ['Excel甲', 'Excel乙'])
      .orderBy('name')
      .execute();
    expect(versions.map((version) => [version.name, version.status])).toEqual([
      ['Excel乙', 'draft'],
      ['Excel甲', 'draft'],
    ]);
    expect(versions.map((version) => version.content)).toEqual([items[1], items[0]]);
  });

  it('rejects the whole workbook when any row is wrong, naming sheet, row and column, and loads nothing', async () => {
    const workbook = await workbookOf(
      ['Excel丙', 'Excel丁', 'Excel戊', 'Excel己'].map((name) =>
        ItemContent.parse(itemContent(departmentId, { name })),
      ),
    );
    setCellUnder(workbook, '事项', '基本编码', 3, '0105');
    setCellUnder(workbook, '事项', '实施主体', 4, '不存在的民政局');
    setCellUnder(workbook, '事项', '实施主体统一社会信用代码', 4, null);
    setCellUnder(workbook, '事项', '办件类型', 5, null);
    setCellUnder(workbook, '申请材料', '材料形式', 2, '扫描件');
    const before = await count();
    const response = await editor.upload(
      '/api/catalog/manage/import.xlsx',
      await workbookBytes(workbook),
      XLSX_TYPE,
    );
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('IMPORT_REJECTED');
    // Row 3's material still names the old basic code, so it belongs to no item.
    expect(error.message).toBe('共4个事项，其中4个事项不符合要求，另有1行无法对应到事项，未导入任何事项');
    expect(error.details.rejections).toEqual([
      {
        sheet: '事项',
        row: 3,
        name: 'Excel丁',
        reasons: [expect.stringMatching(/^基本编码（B列）：基本编码为12位数字/)],
      },
      {
        sheet: '事项',
        row: 4,
        name: 'Excel戊',
        reasons: ['实施主体（F列）：找不到部门“不存在的民政局”；请填写部门全称或统一社会信用代码'],
      },
      { sheet: '事项', row: 5, name: 'Excel己', reasons: ['办件类型（O列）：必填，不能为空'] },
      {
        sheet: '申请材料',
        row: 2,
        name: 'Excel丙',
        reasons: [expect.stringMatching(/^材料形式（F列）：“扫描件”不是可选值/)],
      },
      {
        sheet: '申请材料',
        row: 3,
        name: 'Excel丁',
        reasons: [expect.stringMatching(/^基本编码（A列）：“事项”工作表中没有基本编码为 \d{12} 的事项$/)],
      },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a file that is not a workbook, or a workbook without the 事项 sheet', async () => {
    const text = await editor.upload(
      '/api/catalog/manage/import.xlsx',
      Buffer.from('事项名称,基本编码\n'),
      'text/csv',
    );
    expect(text.statusCode).toBe(400);
    expect(text.json().error).toMatchObject({
      code: 'XLSX_UNREADABLE',
      message: expect.stringMatching(/不是有效的 Excel/),
    });
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['事项名称', '基本编码']);
    const noSheet = await editor.upload(
      '/api/catalog/manage/import.xlsx',
      await workbookBytes(other),
      XLSX_TYPE,
    );
    expect(noSheet.json().error.code).toBe('XLSX_SHEET_MISSING');
  });

  it('leaves import to catalogue editors', async () => {
    const workbook = await workbookOf([ItemContent.parse(itemContent(departmentId))]);
    const response = await reviewer.upload(
      '/api/catalog/manage/import.xlsx',
      await workbookBytes(workbook),
      XLSX_TYPE,
    );
    expect(response.statusCode).toBe(403);
  });

  it('exports the published items as a workbook with a Chinese file name and the derived implementation code', async () => {
    await publishFirstVersion(t.db, 'Excel甲');
    const response = await editor.get('/api/catalog/manage/export.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="catalog-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''%E4%BA%8B%E9%A1%B9%E7%9B%AE%E5%BD%95-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('事项') as ExcelJS.Worksheet;
    const published = await t.db
      .selectFrom('catalog_item_versions')
      .select('implementation_code')
      .where('name', '=', 'Excel甲')
      .executeTakeFirstOrThrow();
    expect(sheet.getRow(2).values).toEqual(
      expect.arrayContaining(['Excel甲', published.implementation_code, 'Excel导入民政局']),
    );
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      '事项',
      '申请材料',
      '申请表字段',
      '办理流程',
      '填写说明',
    ]);
  });
});

describe('catalogue workbook API description', () => {
  it('lists both routes under 事项目录 with the workbook content type', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const exportRoute = spec.paths['/api/catalog/manage/export.xlsx'].get;
    const importRoute = spec.paths['/api/catalog/manage/import.xlsx'].post;
    expect(exportRoute.tags).toEqual(['事项目录']);
    expect(importRoute.tags).toEqual(['事项目录']);
    expect(importRoute.description).toContain(XLSX_TYPE);
  });
});
