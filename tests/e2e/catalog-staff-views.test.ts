import { expect, it } from 'vitest';
import { animationsDone, demoStaffPage, pickOption, setUpPlatformWithBrowser } from '../support/browser';

const platform = setUpPlatformWithBrowser();

it('a catalogue reviewer narrows the item list to one life event', async () => {
  const page = await demoStaffPage(platform, 'reviewer');
  await page.getByRole('link', { name: '事项管理' }).first().click();
  const rows = page.locator('.catalog-row');
  const afterDeath = rows.filter({ has: page.locator('.theme-tags', { hasText: '身后事' }) });
  await rows.first().waitFor();
  expect(await rows.count()).toBeGreaterThan(await afterDeath.count());
  await pickOption(page, '全部主题', '身后事', page.locator('.page-section-toolbar'));
  await page.getByRole('button', { name: '死亡人员户口注销' }).waitFor();
  expect(await rows.count()).toBeGreaterThan(1);
  expect(await afterDeath.count()).toBe(await rows.count());
  await animationsDone(page);
  await page.screenshot({ path: '.tmp/catalog-theme-filter.png' });
  await page.context().close();
});

it('the work instruction prints on A4 without the menu, header and buttons', async () => {
  const page = await demoStaffPage(platform, 'reviewer');
  const item = await platform.db
    .selectFrom('catalog_item_versions')
    .select('item_id')
    .where('name', '=', '食品经营许可（新办）')
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  await page.goto(`${platform.baseUrl}/catalog/${item.item_id}`);
  await page.getByTestId('material-view-0').waitFor();
  await page.evaluate('window.print = () => { window.printed = true; }');
  await page.getByRole('button', { name: '打印' }).click();
  expect(await page.evaluate('window.printed')).toBe(true);
  await animationsDone(page);
  await page.screenshot({ path: '.tmp/work-instruction-screen.png' });

  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.staff-sider', '.staff-header', '.catalog-item-head', '.ant-tabs-nav'])
    expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
  expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
  expect(await page.getByText('审核流程').first().isVisible()).toBe(false);
  await page.locator('.print-heading').getByText('第1版 · 已发布（锁定）', { exact: false }).waitFor();
  for (const section of ['事项概要', '收件核验（窗口作业指导）', '申请表', '办理流程'])
    expect(await page.getByRole('heading', { name: section }).isVisible(), section).toBe(true);
  expect(await page.getByText('收件核验要点').first().isVisible()).toBe(true);
  expect(await page.getByTestId('workflow-diagram').isVisible()).toBe(true);
  await page.pdf({ path: '.tmp/work-instruction.pdf', format: 'A4', preferCSSPageSize: true });
  await page.context().close();
});
