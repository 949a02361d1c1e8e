import { describe, expect, it } from 'vitest';
import { ItemContent } from '../../src/modules/catalog/item-content';
import { loadDirectory } from '../../src/modules/catalog/xlsx/directory';
import { buildWorkbook } from '../../src/modules/catalog/xlsx/write-workbook';
import { DEPT } from '../../src/seed/demo-catalog/common';
import { XLSX_TYPE } from '../../src/shared/file-types';
import { animationsDone, newPage, setUpPlatformWithBrowser, signInToStaffApp } from '../support/browser';
import { itemContent } from '../support/catalog-factory';
import { setCellUnder, workbookBytes } from '../support/workbook';

const platform = setUpPlatformWithBrowser();

describe('catalogue: bulk load from Excel', () => {
  it('an editor sees every rejected row of a bad workbook with nothing loaded, then loads the corrected one as drafts', async () => {
    const directory = await loadDirectory(platform.db);
    const civil = directory.departments.find((department) => department.name === DEPT.civil)?.id ?? '';
    const items = [
      itemContent(civil, { name: '导入演示：居家养老服务补贴', basicCode: '020588800000' }),
      itemContent(civil, { name: '导入演示：困难老人助餐补贴', basicCode: '020588801000' }),
    ].map((item) => ItemContent.parse(item));
    const good = await workbookBytes(buildWorkbook(items, directory));
    const badWorkbook = buildWorkbook(items, directory);
    setCellUnder(badWorkbook, '事项', '事项类型', 3, '许可');
    setCellUnder(badWorkbook, '申请材料', '材料形式', 2, '扫描件');

    const page = await newPage(platform);
    await signInToStaffApp(page, platform, 'editor', 'yici2026');
    await page.waitForURL(`${platform.baseUrl}/`);
    await page.goto(`${platform.baseUrl}/catalog`);
    const chooser = page.getByTestId('catalog-import-file');
    await chooser.setInputFiles({
      name: '下城区民政局实施清单.xlsx',
      mimeType: XLSX_TYPE,
      buffer: await workbookBytes(badWorkbook),
    });
    const dialog = page.getByRole('dialog');
    const closeButton = dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' });
    await dialog.getByText('共2个事项，其中2个事项不符合要求，未导入任何事项').waitFor();
    await dialog.getByText(/^事项类型（D列）：“许可”不是可选值/).waitFor();
    await dialog.getByText(/^材料形式（F列）：“扫描件”不是可选值/).waitFor();
    await animationsDone(page);
    await page.screenshot({ path: '.tmp/catalog-import-rejected.png' });
    await closeButton.click();
    await dialog.waitFor({ state: 'hidden' });
    const imported = () =>
      platform.db
        .selectFrom('catalog_item_versions')
        .select(['name', 'status'])
        .where('name', 'like', '导入演示%')
        .execute();
    expect(await imported()).toEqual([]);

    await chooser.setInputFiles({ name: '下城区民政局实施清单.xlsx', mimeType: XLSX_TYPE, buffer: good });
    await dialog.getByText('已导入 2 个事项').waitFor();
    await animationsDone(page);
    await page.screenshot({ path: '.tmp/catalog-import-loaded.png' });
    await closeButton.click();
    // The list reloads: the drafts wait for the editor under 待我处理.
    await page.getByText(/^待我处理/).click();
    await page.getByRole('button', { name: '导入演示：居家养老服务补贴' }).waitFor();
    expect((await imported()).map((version) => version.status)).toEqual(['draft', 'draft']);
    await page.context().close();
  });
});
