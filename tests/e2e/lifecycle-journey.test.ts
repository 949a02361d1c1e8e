import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEMO_RESIDENT_ID_NUMBER } from '../../src/seed/demo-certificates';
import { DEMO_RESIDENT } from '../../src/seed/demo-district';
import {
  demoStaffPage,
  newPage,
  pickOption,
  setUpPlatformWithBrowser,
  signInToResidentApp,
} from '../support/browser';
import { confirmDialog, materialRow, pickIntakeItem } from '../support/staff-pages';

const platform = setUpPlatformWithBrowser();
const SHOTS = '.tmp/lifecycle';

describe('a one-time notice whose list is final', () => {
  it('lets a defect the notice did not list neither be owed by 张秀英 nor stop the clerk accepting', async () => {
    await mkdir(SHOTS, { recursive: true });
    const clerk = await demoStaffPage(platform, 'clerk');
    await clerk.getByRole('link', { name: '一窗受理' }).first().click();
    await pickOption(clerk, '受理窗口', '潮鸣街道便民服务中心 · 1号');
    await clerk.getByLabel('身份证号码', { exact: true }).fill(DEMO_RESIDENT_ID_NUMBER);
    await pickIntakeItem(clerk, '老年优待证', '老年优待证办理');
    await clerk.getByRole('button', { name: '发起办件' }).click();
    await clerk.waitForURL(/\/cases\/[0-9a-f-]{36}/);

    // The notice names the photo only: her electronic ID card is in use.
    await clerk.getByRole('button', { name: '一次性告知' }).click();
    await confirmDialog(clerk, '确定');
    await confirmDialog(clerk, '稍后');
    await clerk.getByTestId('case-status').getByText('已一次性告知，待补正').waitFor();
    // Nothing new to tell: no second notice is offered.
    expect(await clerk.getByRole('button', { name: '一次性告知' }).isDisabled()).toBe(true);

    // The clerk now finds the certificate unfit: on record, but not owed.
    await materialRow(clerk, '身份证明有效证件').getByRole('button', { name: '不符合要求' }).click();
    await clerk.getByPlaceholder('写明哪里不符合要求').fill('证照照片与本人不符');
    await clerk.locator('.defect-popover').getByRole('button', { name: '确定' }).click();
    await clerk.getByText('一次性告知书未列明：不得再要求申请人补交，不影响受理').waitFor();

    // 张秀英's app lists the photo only under what she must still bring.
    const resident = await newPage(platform, { width: 390, height: 844 });
    await signInToResidentApp(resident, platform, DEMO_RESIDENT.phone, DEMO_RESIDENT.name);
    const caseId = new URL(clerk.url()).pathname.split('/').pop();
    await resident.goto(`${platform.baseUrl}/m/progress/${caseId}`);
    const owed = resident.locator('section', { hasText: '还要补交的材料' });
    await owed.getByText('近期一寸彩照').waitFor();
    expect(await owed.getByText('身份证明有效证件').count()).toBe(0);
    await resident.screenshot({ path: `${SHOTS}/2-resident-owed.png`, fullPage: true });
    await resident.context().close();

    // She brings the photo: the case is accepted although the unlisted defect stays on record.
    await materialRow(clerk, '近期一寸彩照').getByRole('button', { name: '已收' }).click();
    await clerk.getByTestId('material-state-photo').getByText('已提交').waitFor();
    await clerk.screenshot({ path: `${SHOTS}/1-waived.png`, fullPage: true });
    await clerk.getByRole('button', { name: '受理', exact: true }).click();
    await confirmDialog(clerk, '稍后');
    await clerk.getByTestId('case-status').getByText('已受理').waitFor();
    await clerk.context().close();
  });
});
