import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_RESIDENT } from '../../src/seed/demo-district';
import { citizenIdCheckChar } from '../../src/shared/citizen-id';
import { animationsDone, newPage, setUpPlatformWithBrowser, signInToStaffApp } from '../support/browser';
import { nativeExecutable, pdfDocument, pngImage, windowsExecutable } from '../support/file-fixtures';
import { allowReuse, PHONE, signInToResidentApp } from '../support/resident-pages';

const platform = setUpPlatformWithBrowser();
const residentId = DEMO_RESIDENT.idNumberFirst17 + citizenIdCheckChar(DEMO_RESIDENT.idNumberFirst17);

describe('material repository', () => {
  it('the demo resident uploads a photo in the app, sees a refused file explained, and allows reuse', async () => {
    const page = await newPage(platform, PHONE);
    await signInToResidentApp(page, platform, DEMO_RESIDENT.phone);
    await page.getByText(DEMO_RESIDENT.name).first().waitFor();

    await page.goto(`${platform.baseUrl}/m/me`);
    await page.getByText('我的材料').first().click();
    await page.waitForURL(/\/m\/materials$/);
    await page.getByText('还没有材料').waitFor();

    await page.getByPlaceholder('如：户口簿、结婚证').fill('户口簿首页');
    const picker = page.locator('input[type="file"]');
    await picker.setInputFiles({
      name: '户口簿.pdf',
      mimeType: 'application/pdf',
      buffer: nativeExecutable(),
    });
    await page.getByRole('button', { name: '上传', exact: true }).click();
    await page.getByText('不支持此文件：检测到Linux 可执行程序').waitFor();
    await page.locator('.adm-toast-mask').waitFor({ state: 'detached' });
    await page.screenshot({ path: '.tmp/mobile-materials-refused.png', fullPage: true });

    await picker.setInputFiles({
      name: 'IMG_0001.png',
      mimeType: 'image/png',
      buffer: pngImage(120, 90, [40, 120, 200]),
    });
    await expect(page.getByText('不支持此文件').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '上传', exact: true }).click();
    const item = page.getByRole('article', { name: '户口簿首页' });
    await item.waitFor();
    await item.getByText('未同意复用').waitFor();
    const thumbnailWidth = await item
      .locator('img')
      .evaluate(async (img: { decode(): Promise<void>; naturalWidth: number }) => {
        await img.decode();
        return img.naturalWidth;
      });
    expect(thumbnailWidth).toBe(120);

    await allowReuse(page, item);
    await item.getByRole('button', { name: '撤回同意' }).waitFor();
    await page.screenshot({ path: '.tmp/mobile-materials.png', fullPage: true });

    const consents = await platform.db
      .selectFrom('material_consents as c')
      .innerJoin('materials as m', 'm.id', 'c.material_id')
      .select(['c.decision', 'c.channel', 'm.owner_number', 'm.source'])
      .execute();
    expect(consents).toEqual([
      { decision: 'confirmed', channel: 'app', owner_number: residentId, source: 'resident_upload' },
    ]);
    await page.context().close();
  });

  it('a clerk looks the owner up, sees the confirmed photo, uploads a scan and records consent', async () => {
    const page = await newPage(platform);
    await signInToStaffApp(page, platform, 'clerk', DEMO_PASSWORD);
    await page.getByRole('link', { name: '材料库' }).first().click();
    await page.getByLabel('证件号码').fill(residentId);
    await page.getByRole('button', { name: '查询' }).click();
    const confirmedRow = page.locator('.ant-table-row', { hasText: '户口簿首页' });
    await confirmedRow.getByText('已同意复用').waitFor();

    await page.getByRole('button', { name: '上传扫描件' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('材料名称').fill('结婚证');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'scan-0000.jpg',
      mimeType: 'image/jpeg',
      buffer: windowsExecutable(),
    });
    await dialog.getByRole('button', { name: '上传' }).click();
    await dialog.locator('.ant-form-item-explain-error', { hasText: '检测到Windows 可执行程序' }).waitFor();
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await page.screenshot({ path: '.tmp/staff-upload-refused.png' });
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'scan-0001.pdf',
      mimeType: 'application/pdf',
      buffer: pdfDocument('Marriage certificate'),
    });
    await dialog.getByRole('button', { name: '上传' }).click();
    const scannedRow = page.locator('.ant-table-row', { hasText: '结婚证' });
    await scannedRow.getByText('未同意复用').waitFor();
    await expect(scannedRow.getByText('窗口扫描').isVisible()).resolves.toBe(true);

    await scannedRow.getByRole('button', { name: '登记同意' }).click();
    await page.getByText('请先向材料所有人说明并得到本人当面同意').waitFor();
    await animationsDone(page);
    await page.getByRole('button', { name: '确认登记' }).click();
    await scannedRow.getByText('已同意复用').waitFor();
    await scannedRow.getByText('窗口代为登记').waitFor();
    await page.mouse.move(0, 0);
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await page.locator('.ant-message-notice').last().waitFor({ state: 'detached' });
    await page.screenshot({ path: '.tmp/staff-materials.png', fullPage: true });
    await page.context().close();
  });
});
