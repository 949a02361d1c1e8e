import { describe, expect, it } from 'vitest';
import {
  animationsDone,
  demoStaffPage,
  pickInTree,
  pickOption,
  setUpPlatformWithBrowser,
} from '../support/browser';
import { pickIntakeItem } from '../support/staff-pages';

/**
 * 办理设置: the administrator raises the yellow-warning share and names 陈志明
 * for 区民政局审核 of 老年人福利补贴 for the cases 潮鸣街道 takes in.
 */

const platform = setUpPlatformWithBrowser();

describe('办理设置 in the staff app', () => {
  it('lets the administrator change the yellow share and name a handler', async () => {
    const page = await demoStaffPage(platform, 'admin');
    await page.getByRole('link', { name: '办理设置' }).first().click();
    await page.getByText('剩余时间不超过时限的20%时亮黄牌', { exact: false }).waitFor();
    await page.getByLabel('黄牌预警比例', { exact: true }).fill('25');
    await page.getByText('剩余时间不超过时限的25%时亮黄牌', { exact: false }).waitFor();
    await animationsDone(page);
    await page.screenshot({ path: '.tmp/back-office-shares.png', fullPage: true });
    await page.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已保存').waitFor();
    const stored = await platform.db
      .selectFrom('warning_settings')
      .select('yellow_share')
      .executeTakeFirstOrThrow();
    expect(stored.yellow_share).toBe('0.25');

    await page.getByRole('tab', { name: '指定办理人' }).click();
    await page.getByRole('button', { name: '新增指定' }).click();
    await animationsDone(page);
    await pickIntakeItem(page, '老年人福利补贴', '老年人福利补贴', '事项');
    await pickOption(page, '办理环节', '区民政局审核');
    await pickInTree(page, '受理机构', '潮鸣街道');
    await pickOption(page, '办理人', '陈志明');
    await animationsDone(page);
    await page.screenshot({ path: '.tmp/back-office-assignment-dialog.png' });
    await page
      .locator('.ant-drawer:visible')
      .getByRole('button', { name: /保\s?存/ })
      .click();
    await page.getByText('已指定').waitFor();
    const row = page.locator('tr', { hasText: '区民政局审核' });
    await row.getByText('陈志明').waitFor();
    await expect(row.getByText('潮鸣街道').count()).resolves.toBe(1);
    await animationsDone(page);
    await page.screenshot({ path: '.tmp/back-office-assignments.png', fullPage: true });
    const assignment = await platform.db
      .selectFrom('step_assignments as a')
      .innerJoin('staff_users as u', 'u.id', 'a.staff_id')
      .select(['a.step_key', 'a.intake_region_code', 'u.username'])
      .executeTakeFirstOrThrow();
    expect(assignment).toEqual({
      step_key: 'bureau_review',
      intake_region_code: '330103004',
      username: 'approver',
    });
  });
});
