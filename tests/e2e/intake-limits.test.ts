import { mkdir } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { DEMO_RESIDENT_ID_NUMBER } from '../../src/seed/demo-certificates';
import { DEMO_PASSWORD } from '../../src/seed/demo-district';
import {
  animationsDone,
  demoStaffPage,
  popconfirmButton,
  setUpPlatformWithBrowser,
} from '../support/browser';
import { demoDesk } from '../support/demo-desk';
import { signInStaff } from '../support/test-app';

/** The intake queue with its decision dates, the form corrected before acceptance, the jobs view. */
const platform = setUpPlatformWithBrowser({ jobs: true });
const SHOTS = '.tmp/intake-limits';

/** Two applications 张秀英 made by telephone: the first as if taken two weeks ago. */
async function phoneApplications(): Promise<string[]> {
  const { windowId, itemId: elderlyItemId } = await demoDesk(platform.db);
  const clerk = await signInStaff(platform.app, 'clerk', DEMO_PASSWORD);
  const ids: string[] = [];
  for (let n = 0; n < 2; n += 1) {
    const response = await clerk.post('/api/cases', {
      itemId: elderlyItemId,
      channel: 'phone',
      windowId,
      applicant: { kind: 'person', number: DEMO_RESIDENT_ID_NUMBER },
    });
    ids.push(response.json().id);
  }
  await platform.db
    .updateTable('cases')
    .set({ decision_due: new Date(Date.now() - 2 * 86_400_000) })
    .where('id', '=', ids[1] as string)
    .execute();
  return ids;
}

describe('intake limits', () => {
  it('shows the clerk what to decide first, lets the form be corrected, and the administrator the jobs', async () => {
    await mkdir(SHOTS, { recursive: true });
    const [recent, overdue] = await phoneApplications();
    const clerk = await demoStaffPage(platform, 'clerk');
    await clerk.getByRole('link', { name: '待受理' }).first().click();
    await clerk.getByText('已逾期，将视为受理').waitFor();
    await clerk.getByText('还剩 5 个工作日').first().waitFor();
    await animationsDone(clerk);
    await clerk.screenshot({ path: `${SHOTS}/1-queue.png`, fullPage: true });
    const rows = clerk.locator('.ant-table-row');
    await rows.first().getByRole('link').waitFor();
    const firstLink = await rows.first().getByRole('link').getAttribute('href');
    if (firstLink !== `/cases/${overdue}`)
      throw new Error(`the overdue application should come first, not ${firstLink}`);

    await clerk.goto(`${platform.baseUrl}/cases/${recent}`);
    await clerk.getByRole('button', { name: '更正申请表' }).click();
    const dialog = clerk.locator('.ant-modal:visible');
    await dialog.getByLabel('联系电话').fill('12345');
    await dialog.getByRole('button', { name: '保存更正' }).click();
    await dialog.getByText('应为11位手机号码').waitFor();
    await animationsDone(clerk);
    await clerk.screenshot({ path: `${SHOTS}/2-correct-form-error.png` });
    await dialog.getByLabel('联系电话').fill('13900139000');
    await dialog.getByRole('button', { name: '保存更正' }).click();
    await clerk.getByText('已更正：联系电话').waitFor();
    await clerk.locator('.case-timeline').getByText('更正申请表').waitFor();
    await clerk.locator('.case-timeline').scrollIntoViewIfNeeded();
    await animationsDone(clerk);
    await clerk.screenshot({ path: `${SHOTS}/3-corrected.png` });

    const admin = await demoStaffPage(platform, 'admin');
    await admin.getByRole('link', { name: '后台任务' }).first().click();
    await admin.getByText('终止逾期未补交容缺材料的办件').waitFor();
    const deemRow = admin.locator('.ant-table-row', { hasText: '视为受理' });
    await deemRow.getByRole('button', { name: '立即运行' }).click();
    await popconfirmButton(admin, '确定');
    // The run takes a moment; the page shows it once reloaded.
    for (let tries = 0; tries < 30; tries += 1) {
      await admin.reload();
      await admin.getByText('终止逾期未补交容缺材料的办件').waitFor();
      if ((await deemRow.getByText('视为受理 1 件').count()) > 0) break;
      await admin.waitForTimeout(500);
    }
    await deemRow.getByText('视为受理 1 件').waitFor();
    await deemRow.locator('.ant-table-row-expand-icon').click();
    await animationsDone(admin);
    await admin.screenshot({ path: `${SHOTS}/4-jobs.png`, fullPage: true });
  });
});
