import { expect, it } from 'vitest';
import {
  animationsDone,
  chooseOption,
  demoStaffPage,
  pickOption,
  setUpPlatformWithBrowser,
} from '../support/browser';

const platform = setUpPlatformWithBrowser();

it('a reviewer puts two items into a new bundle and sees one material list, one form and the combined limit', async () => {
  const page = await demoStaffPage(platform, 'reviewer');
  await page.getByRole('link', { name: '一件事' }).first().click();
  await page.getByRole('button', { name: '出生一件事', exact: true }).waitFor();
  await page.getByRole('button', { name: '新建一件事' }).click();

  await page.getByLabel('名称', { exact: true }).fill('个体餐饮开业一件事');
  await pickOption(page, '牵头部门', '下城区市场监督管理局');
  await page.getByLabel('说明', { exact: true }).fill('营业执照和食品经营许可一表申请、并联审批。');
  const picker = page.getByLabel('包含事项', { exact: true });
  for (const [query, name] of [
    ['个体工商户', '个体工商户设立登记'],
    ['食品经营', '食品经营许可（新办）'],
  ] as const) {
    await picker.fill(query);
    await chooseOption(page, name);
    await page.getByTestId('bundle-items').getByText(name).waitFor();
  }

  const preview = page.getByTestId('bundle-preview');
  await preview.getByText('10 个工作日').waitFor();
  await preview.getByText(/合并后少填 \d+ 项、少交 \d+ 份材料/).waitFor();
  await preview.getByText(/一次提交的材料（\d+）/).waitFor();
  expect(await preview.getByText('2个事项共用').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('bundle-preview-fields').locator('li').count()).toBeGreaterThan(0);
  await animationsDone(page);
  await page.screenshot({ path: '.tmp/bundle-editor.png', fullPage: true });

  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(`${platform.baseUrl}/catalog/bundles`);
  const row = page.getByRole('row', { name: /个体餐饮开业一件事/ });
  await row.getByText('下城区市场监督管理局').waitFor();
  await row.getByText('10 个工作日').waitFor();
  await animationsDone(page);
  await page.screenshot({ path: '.tmp/bundle-list.png', fullPage: true });
  await page.context().close();
});

it("shows another department's bundle read-only to an editor, with its preview", async () => {
  const page = await demoStaffPage(platform, 'editor');
  await page.goto(`${platform.baseUrl}/catalog/bundles`);
  await page.getByRole('button', { name: '出生一件事', exact: true }).click();
  await page.getByText('只有牵头部门的事项编制人员或本区划的事项目录审核人员可以修改').waitFor();
  await page
    .getByTestId('bundle-preview')
    .getByText(/一次提交的材料（\d+）/)
    .waitFor();
  expect(await page.getByRole('button', { name: '保存' }).count()).toBe(0);
  expect(await page.getByLabel('名称', { exact: true }).isDisabled()).toBe(true);
  await animationsDone(page);
  await page.screenshot({ path: '.tmp/bundle-read-only.png', fullPage: true });
  await page.context().close();
});
