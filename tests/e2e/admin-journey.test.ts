import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  newPage,
  pickInTree,
  pickOption,
  setUpPlatformWithBrowser,
  signInToStaffApp,
} from '../support/browser';

const platform = setUpPlatformWithBrowser();

/** The save button of the dialog holding the given field, so a dialog still closing cannot be hit. */
function saveButtonOf(page: Page, fieldLabel: string) {
  return page
    .locator('.ant-modal, .ant-drawer')
    .filter({ has: page.getByLabel(fieldLabel, { exact: true }) })
    .getByRole('button', { name: '保存', exact: true });
}

describe('administrator sets up a street; its clerk sees only that street', () => {
  it('runs the whole journey in Chromium', async () => {
    const page = await newPage(platform);
    const base = platform.baseUrl;

    await signInToStaffApp(page, platform, 'admin', 'yici2026');
    await page.waitForURL(`${base}/`);
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('王建国');

    // 区划管理: a new street under the district.
    await page.getByRole('link', { name: '区划管理' }).first().click();
    await page
      .getByRole('row', { name: /下城区/ })
      .getByRole('button', { name: '新增下级区划' })
      .click();
    await page.getByLabel('区划代码').fill('330103009');
    await page.getByLabel('区划名称').fill('测试街道');
    await saveButtonOf(page, '区划名称').click();
    await page.getByRole('row', { name: /测试街道/ }).waitFor();

    // 服务大厅与窗口: a hall in the new street, with a window.
    await page.getByRole('link', { name: '服务大厅与窗口' }).first().click();
    await page.getByRole('button', { name: '新增大厅' }).click();
    await page.getByLabel('大厅名称').fill('测试街道便民服务中心');
    await pickInTree(page, '所属区划', '测试街道');
    await page.getByLabel('地址').fill('测试路1号');
    await saveButtonOf(page, '大厅名称').click();
    await page.getByText('测试街道便民服务中心 · 窗口').waitFor();
    await page.getByRole('button', { name: '新增窗口' }).click();
    await page.getByLabel('窗口名称').fill('综合受理');
    await saveButtonOf(page, '窗口名称').click();
    await page.getByRole('cell', { name: '1 号' }).waitFor();
    // The "已新增" toast can sit over the close button, and a pointer resting on a toast keeps
    // it from fading: the click goes to the button itself.
    await page.locator('.ant-drawer-close:visible').dispatchEvent('click');
    await page.locator('.ant-drawer-mask').waitFor({ state: 'hidden' });

    // 人员与授权: a clerk account with the clerk role scoped to the street.
    await page.getByRole('link', { name: '人员与授权' }).first().click();
    await page.getByRole('button', { name: '新增人员' }).click();
    await page.getByLabel('用户名', { exact: true }).fill('testclerk');
    await page.getByLabel('姓名').fill('测试员');
    await page.getByLabel('初始密码').fill('Init2026pass');
    await pickInTree(page, '所属区划', '测试街道');
    await saveButtonOf(page, '初始密码').click();
    const clerkRow = page.getByRole('row', { name: /testclerk/ });
    await clerkRow.waitFor();
    await clerkRow.getByRole('button', { name: '授权' }).click();
    await pickOption(page, '角色', '综合窗口受理人员');
    await page.getByRole('dialog').getByRole('button', { name: '授权' }).click();
    await clerkRow.getByText('综合窗口受理人员 @ 测试街道').waitFor();

    // The changes are in the audit log.
    await page.getByRole('link', { name: '审计日志' }).first().click();
    await page.locator('.ant-table-row', { hasText: '新增区划' }).first().waitFor();

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${base}/login`);

    // The clerk must change the initial password, then sees only the new street.
    await signInToStaffApp(page, platform, 'testclerk', 'Init2026pass');
    await page.waitForURL(`${base}/password`);
    await page.getByLabel('当前密码').fill('Init2026pass');
    await page.getByLabel('新密码', { exact: true }).fill('Mine2026pass');
    await page.getByLabel('确认新密码').fill('Mine2026pass');
    await page.getByRole('button', { name: '确认修改' }).click();
    await page.waitForURL(`${base}/`);
    await page.getByRole('link', { name: '区划管理' }).first().click();
    await page.getByRole('row', { name: /测试街道/ }).waitFor();
    expect(await page.locator('.ant-table-row').count()).toBe(1);
    await expect(page.getByText('潮鸣街道').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: '人员与授权' }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${base}/login`);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    await page.context().close();
  });
});
