import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  animationsDone,
  demoStaffPage,
  newPage,
  pickOption,
  setUpPlatformWithBrowser,
} from '../support/browser';

const platform = setUpPlatformWithBrowser();
const ITEM = '高龄老年人营养补贴申领';

async function reviewStep(page: Page, button: string, confirm: string, status: string) {
  await page.getByRole('button', { name: button }).first().click();
  await animationsDone(page);
  await page.getByRole('button', { name: confirm }).last().click();
  await page.getByText(status).first().waitFor();
}

describe('catalogue: draft, double cross-check, publish, find', () => {
  it('an item drafted by the department and passed by two reviewers is found by residents searching 老年', async () => {
    const editor = await demoStaffPage(platform, 'editor');
    await editor.getByRole('link', { name: '事项管理' }).first().click();
    await editor.getByRole('button', { name: '新建事项' }).click();
    await editor.getByLabel('事项名称', { exact: true }).fill(ITEM);
    await pickOption(editor, '事项类型', '05 行政给付');
    await editor.getByLabel('基本编码').fill('020577700000');
    await pickOption(editor, '服务分类', '缴纳补贴');
    await editor.getByLabel('承诺时限', { exact: true }).fill('10');
    await editor.getByLabel('办理结果名称').fill('营养补贴发放告知书');
    await editor.getByLabel('受理条件').fill('年满80周岁、具有本区户籍的老年人。');
    await editor.getByRole('button', { name: '添加材料' }).click();
    await editor.getByTestId('material-0').getByLabel('材料名称').fill('居民身份证');
    await editor.getByRole('button', { name: '添加环节' }).click();
    const step = editor.getByTestId('workflow-step-0');
    await step.getByLabel('环节名称').fill('审核决定');
    await step.getByLabel('环节时限').fill('5');
    await pickOption(editor, '办理角色', '后台审批人员', step);
    await editor.getByRole('button', { name: '保存草稿' }).click();
    await editor.waitForURL(/\/catalog\/[0-9a-f-]{36}$/);
    const itemUrl = editor.url();
    await reviewStep(editor, '提交审核', '确认提交', '已提交，待初审');

    const reviewer = await demoStaffPage(platform, 'reviewer');
    await reviewer.goto(itemUrl);
    await reviewStep(reviewer, '初审通过', '确认通过', '初审通过，待联审');
    // The first checker may not make the joint review too.
    await reviewer.getByRole('button', { name: '联审通过' }).first().click();
    await animationsDone(reviewer);
    // The refusal is the server's (a toast says it, but may fade before a loaded machine shows it).
    const refusal = reviewer.waitForResponse(
      (response) => response.url().endsWith('/review') && response.request().method() === 'POST',
    );
    await reviewer.getByRole('button', { name: '确认通过' }).last().click();
    const refused = await refusal;
    expect(refused.ok()).toBe(false);
    expect(JSON.stringify(await refused.json())).toContain('联合审查须由初审以外的另一名审核人员进行');

    const reviewer2 = await demoStaffPage(platform, 'reviewer2');
    await reviewer2.goto(itemUrl);
    await reviewStep(reviewer2, '联审通过', '确认通过', '联审通过，待部门确认');

    await editor.goto(itemUrl);
    await reviewStep(editor, '确认发布', '确认发布', '已发布（锁定）');
    for (const page of [editor, reviewer, reviewer2]) await page.context().close();

    // A resident finds it on a phone and opens its guide.
    const phone = await newPage(platform, { width: 390, height: 844 });
    await phone.goto(`${platform.baseUrl}/m/`);
    await phone.getByRole('button', { name: '搜索办事事项，如：老年优待证' }).click();
    await phone.getByPlaceholder('搜索办事事项，如：老年优待证').fill('老年');
    await phone.getByPlaceholder('搜索办事事项，如：老年优待证').press('Enter');
    await phone.getByRole('link', { name: new RegExp(ITEM) }).click();
    await phone.getByRole('heading', { name: ITEM }).waitFor();
    await phone.getByText('营养补贴发放告知书').first().waitFor();
    await phone.getByText('（设定依据待补充）').waitFor();
    await phone.context().close();
  });

  it('a resident opens 出生一件事 and sees one form and one material list for all its items', async () => {
    const phone = await newPage(platform, { width: 390, height: 844 });
    await phone.goto(`${platform.baseUrl}/m/`);
    await phone
      .getByRole('link', { name: /出生一件事/ })
      .first()
      .click();
    // Exact: the home page's list (still shown while the bundle's screen is fetched) has a longer one too.
    await phone.getByRole('heading', { name: '出生一件事', exact: true }).waitFor();
    await phone.getByText(/包含的事项（\d+个）/).waitFor();
    await phone.getByText('一次提交的材料').waitFor();
    await phone
      .getByText(/（\d+个事项共用）/)
      .first()
      .waitFor();
    await phone.context().close();
  });
});
