import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEMO_RESIDENT_ID_NUMBER } from '../../src/seed/demo-certificates';
import { animationsDone, demoStaffPage, pickOption, setUpPlatformWithBrowser } from '../support/browser';
import {
  completeOnTheSpot,
  confirmDialog,
  materialRow,
  pickIntakeItem,
  startIntake,
  twoChars,
} from '../support/staff-pages';

const platform = setUpPlatformWithBrowser();
const SHOTS = '.tmp/intake';

describe('one-window intake: the elderly card', () => {
  it('calls up 张秀英, tells her once about the photo, prints the notice, accepts and issues the card on her return', async () => {
    await mkdir(SHOTS, { recursive: true });
    const clerk = await demoStaffPage(platform, 'clerk');
    await clerk.getByRole('link', { name: '一窗受理' }).first().click();
    await pickOption(clerk, '受理窗口', '潮鸣街道便民服务中心 · 1号');

    // A mistyped last digit is caught as typed, naming the check that failed.
    const wrongCheck =
      DEMO_RESIDENT_ID_NUMBER.slice(0, 17) + (DEMO_RESIDENT_ID_NUMBER[17] === '1' ? '2' : '1');
    await clerk.getByLabel('身份证号码', { exact: true }).fill(wrongCheck);
    await clerk.getByText('身份证号码校验位不正确').first().waitFor();
    await clerk.getByLabel('身份证号码', { exact: true }).fill(DEMO_RESIDENT_ID_NUMBER);

    await pickIntakeItem(clerk, '老年优待证', '老年优待证办理');
    await clerk.getByText('受理时由人口与法人库预填').first().waitFor();
    await clerk.screenshot({ path: `${SHOTS}/1-intake.png`, fullPage: true });
    await clerk.getByRole('button', { name: '发起办件' }).click();
    await clerk.waitForURL(/\/cases\/[0-9a-f-]{36}/);
    const caseUrl = clerk.url().split('?')[0] as string;

    // Her electronic ID card stands in for the copy from the start; the product flags the photo.
    await clerk.getByTestId('material-state-photo').getByText('缺少').waitFor();
    await clerk.getByTestId('material-state-identity_proof').getByText('电子证照免交').waitFor();
    await materialRow(clerk, '身份证明有效证件')
      .getByRole('button', { name: /已采用：居民身份证/ })
      .waitFor();
    await clerk.getByText('张秀英').first().waitFor();
    await clerk.screenshot({ path: `${SHOTS}/2-checklist.png`, fullPage: true });
    expect(await clerk.getByRole('button', { name: '受理', exact: true }).isDisabled()).toBe(true);

    await clerk.getByRole('button', { name: '一次性告知' }).click();
    await clerk.locator('.ant-modal-confirm:visible').getByText('近期一寸彩照').waitFor();
    await confirmDialog(clerk, '确定');
    await confirmDialog(clerk, '打印');
    await clerk.waitForURL(/\/documents\//);
    const notice = clerk.getByTestId('case-document');
    await notice.getByText('一次性告知书').first().waitFor();
    await notice.getByText('近期一寸彩照(底色不限)').waitFor();
    await notice.locator('img').waitFor();
    await animationsDone(clerk);
    await clerk.locator('.ant-modal-mask').waitFor({ state: 'detached' });
    await clerk.emulateMedia({ media: 'print' });
    await clerk.screenshot({ path: `${SHOTS}/3-notice-print.png`, fullPage: true });
    await clerk.pdf({ path: `${SHOTS}/3-notice.pdf`, format: 'A4', printBackground: true });
    await clerk.emulateMedia({ media: 'screen' });

    // She comes back with the photo the same day: her trip today is counted already, so the box
    // starts unticked; the clerk records her new arrival, and she is accepted and issued the card.
    await clerk.goto(caseUrl);
    await clerk.getByTestId('case-status').getByText('已一次性告知，待补正').waitFor();
    const newArrival = clerk.getByRole('checkbox', { name: /离开后又再次到窗口/ });
    expect(await newArrival.isChecked()).toBe(false);
    await newArrival.check();
    await clerk.screenshot({ path: `${SHOTS}/4-new-arrival.png`, fullPage: true });
    await materialRow(clerk, '近期一寸彩照').getByRole('button', { name: '已收' }).click();
    await clerk.getByTestId('material-state-photo').getByText('已提交').waitFor();
    await clerk.getByRole('button', { name: '受理', exact: true }).click();
    await confirmDialog(clerk, '稍后');
    await clerk.getByTestId('case-status').getByText('已受理').waitFor();
    await completeOnTheSpot(clerk, '浙老优330103000123', true);
    await clerk.getByText('浙老优330103000123').first().waitFor();
    await clerk.getByText('跑动 2 次 · 免交材料 1 份').waitFor();
    await clerk.screenshot({ path: `${SHOTS}/5-completed.png`, fullPage: true });

    await clerk.getByRole('link', { name: '办件' }).first().click();
    await clerk.getByRole('cell', { name: '张*英' }).first().waitFor();
    await clerk.screenshot({ path: `${SHOTS}/6-list.png`, fullPage: true });
    await clerk.context().close();
  });

  it('tells a clerk acting on a stale case that someone else acted, reloads, and refuses in writing with the rights', async () => {
    const clerk = await demoStaffPage(platform, 'clerk');
    await startIntake(clerk, {
      window: '潮鸣街道便民服务中心 · 1号',
      idNumber: DEMO_RESIDENT_ID_NUMBER,
      search: '老年优待证',
      itemName: '老年优待证办理',
    });

    // A colleague at the next window opens the same case and records the photo first.
    const colleague = await clerk.context().newPage();
    await colleague.goto(clerk.url());
    await materialRow(colleague, '近期一寸彩照').getByRole('button', { name: '已收' }).click();
    await colleague.getByTestId('material-state-photo').getByText('已提交').waitFor();

    await materialRow(clerk, '身份证明有效证件').getByRole('button', { name: '缺少' }).click();
    await clerk.locator('.ant-modal-confirm:visible').getByText('刚刚已被他人处理').waitFor();
    await confirmDialog(clerk, '知道了');
    await clerk.getByTestId('material-state-photo').getByText('已提交').waitFor();

    await clerk.getByRole('button', { name: '不予受理' }).click();
    await animationsDone(clerk);
    await clerk.getByLabel('不予受理理由（每行一条）').fill('申请人未满60周岁');
    await clerk
      .locator('.ant-modal:visible')
      .getByRole('button', { name: twoChars('确定') })
      .click();
    await confirmDialog(clerk, '打印');
    const decision = clerk.getByTestId('case-document');
    await decision.getByText('不予受理决定书').first().waitFor();
    await decision.getByText('申请人未满60周岁').waitFor();
    await decision.getByText(/六十日内依法向.+申请行政复议/).waitFor();
    await animationsDone(clerk);
    await clerk.locator('.ant-modal-mask').waitFor({ state: 'detached' });
    await clerk.emulateMedia({ media: 'print' });
    await clerk.pdf({ path: `${SHOTS}/6-refusal.pdf`, format: 'A4', printBackground: true });
    await clerk.context().close();
  });
});
