import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENT_ID_NUMBER } from '../../src/seed/demo-certificates';
import { DEMO_PASSWORD, DEMO_RESIDENT } from '../../src/seed/demo-district';
import {
  animationsDone,
  chooseOption,
  confirmDialog,
  demoStaffPage,
  dialogButton,
  newPage,
  pickInTree,
  pickOption,
  setUpPlatformWithBrowser,
  signInToResidentApp,
} from '../support/browser';
import { demoDesk } from '../support/demo-desk';
import { type Client, signInStaff } from '../support/test-app';

const platform = setUpPlatformWithBrowser();
const SHOTS = '.tmp/delivery';
const PHONE = { width: 390, height: 844 };
const HOME = '小天竺路12号3单元201室';

/** The public page must not show the applicant's name, ID number, phone or street address. */
async function expectNoPersonalData(page: Page) {
  const text = await page.locator('body').innerText();
  for (const secret of [DEMO_RESIDENT.name, DEMO_RESIDENT_ID_NUMBER, DEMO_RESIDENT.phone, HOME]) {
    expect(text).not.toContain(secret);
  }
}

let clerk: Client;
let windowId: string;
let itemId: string;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  clerk = await signInStaff(platform.app, 'clerk', DEMO_PASSWORD);
  ({ itemId, windowId } = await demoDesk(platform.db));
});

describe('a result sent by post', () => {
  it('is chosen at intake, posted with a tracking number, and shown on the phone-sized /t/ page', async () => {
    const page = await demoStaffPage(platform, 'clerk');
    await page.getByRole('link', { name: '一窗受理' }).first().click();
    await pickOption(page, '受理窗口', '潮鸣街道便民服务中心 · 1号');
    await page.getByLabel('身份证号码', { exact: true }).fill(DEMO_RESIDENT_ID_NUMBER);
    await page.getByLabel('申请事项', { exact: true }).fill('老年优待证');
    await chooseOption(page, '老年优待证办理');
    await page.getByText('受理时由人口与法人库预填').first().waitFor();
    await page.locator('.ant-radio-button-wrapper', { hasText: '邮政快递送达（免邮费）' }).click();
    await pickInTree(page, '地址所在区划', '小天竺社区');
    await page.getByLabel('详细地址', { exact: true }).fill(HOME);
    await page.screenshot({ path: `${SHOTS}/1-intake-courier.png`, fullPage: true });
    await page.getByRole('button', { name: '发起办件' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
    const caseId = /\/cases\/([0-9a-f-]{36})/.exec(page.url())?.[1] as string;

    // The ID card is in use from her e-certificate already; the photo is handed over, accepted,
    // decided on the spot: the card waits to be posted.
    const row = (name: string) => page.locator('tr', { hasText: name });
    await page.getByTestId('material-state-identity_proof').getByText('电子证照免交').waitFor();
    await row('近期一寸彩照').getByRole('button', { name: '已收' }).click();
    await page.getByTestId('material-state-photo').getByText('已提交').waitFor();
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await confirmDialog(page, '稍后');
    await page.getByTestId('case-status').getByText('已受理').waitFor();
    await page.getByRole('button', { name: '当场办结' }).click();
    await animationsDone(page);
    await page.getByLabel('办理结果编号（如老年优待证号）').fill('浙老优330103000456');
    await dialogButton(page, '确定');
    // She holds the demo's 2018 card: asked before a second is issued, the clerk replaces it (换发).
    await page.locator('.ant-modal-confirm:visible').getByText('浙老优330103-2018-004731').waitFor();
    await animationsDone(page);
    await page.screenshot({ path: `${SHOTS}/3b-replace-held.png` });
    await confirmDialog(page, '换发（原证撤销）');
    await confirmDialog(page, '稍后');
    await page.getByTestId('case-status').getByText('已出结果，待领取或送达').waitFor();
    await page.getByTestId('delivery-stage').getByText('结果已出，待寄出').waitFor();
    await page.locator('.case-delivery').getByText(`潮鸣街道小天竺社区${HOME}`).waitFor();

    await page.getByRole('button', { name: '登记寄出' }).click();
    await animationsDone(page);
    await page.getByLabel('快递单号', { exact: true }).fill('1180-2345');
    await page.getByText('快递单号应为8至30位字母或数字').waitFor();
    await page.getByLabel('快递单号', { exact: true }).fill('1180 2345 6789');
    await page.getByText('快递单号应为8至30位字母或数字').waitFor({ state: 'hidden' });
    await page.screenshot({ path: `${SHOTS}/2-post-dialog.png` });
    await dialogButton(page, '确定');
    await page.getByTestId('delivery-stage').getByText('已寄出，待签收').waitFor();
    await page.locator('.case-delivery').getByText('中国邮政EMS 118023456789').waitFor();
    await page.locator('.case-delivery').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/2-case-posted.png`, fullPage: true });

    const detail = (await clerk.get(`/api/cases/${caseId}`)).json();
    const notice = detail.documents.find((document: { kind: string }) => document.kind === 'result');
    await page.goto(`${platform.baseUrl}/cases/${caseId}/documents/${notice.id}`);
    await page
      .getByTestId('case-document')
      .getByText(/免费寄送至/)
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/3-result-notice.png`, fullPage: true });

    // The receipt's QR page on a phone: posted, with carrier and tracking number, the address only to the street.
    const phone = await newPage(platform, PHONE);
    await phone.goto(`${platform.baseUrl}/t/${detail.publicCode}`);
    const card = phone.getByTestId('delivery-card');
    await card.getByText('免费邮寄到家').waitFor();
    await card.getByText('已经寄出，请留意查收').waitFor();
    await card.getByText('118023456789').waitFor();
    await card.getByText('下城区潮鸣街道 ****').waitFor();
    await phone.getByText('结果寄出了').first().waitFor();
    await expectNoPersonalData(phone);
    await phone.screenshot({ path: `${SHOTS}/4-track-posted.png`, fullPage: true });

    // Signed for: the case closes, and the page says so.
    await page.goto(`${platform.baseUrl}/cases/${caseId}`);
    await page.getByRole('button', { name: '登记签收' }).click();
    await animationsDone(page);
    await dialogButton(page, '确定');
    await page.getByTestId('case-status').getByText('已办结').waitFor();
    await page.getByTestId('delivery-stage').getByText('已签收').waitFor();
    await phone.reload();
    await phone.getByTestId('delivery-card').getByText('已经签收了').waitFor();
    await phone.getByText('已办好', { exact: true }).waitFor();
    await phone.screenshot({ path: `${SHOTS}/5-track-signed.png`, fullPage: true });
    await phone.context().close();
    await page.context().close();
  });
});

describe('a result brought by the grid worker', () => {
  it('is asked for in the resident app, assigned by the clerk and confirmed by the grid worker at the door', async () => {
    // A card decided while 张秀英 was not at the window waits for her to collect it.
    const started = (
      await clerk.post('/api/cases', {
        itemId,
        windowId,
        applicant: { kind: 'person', number: DEMO_RESIDENT_ID_NUMBER },
        materials: [
          { key: 'identity_proof', state: 'provided' },
          { key: 'photo', state: 'provided' },
        ],
      })
    ).json();
    const accepted = (
      await clerk.post(`/api/cases/${started.id}/accept`, { version: started.version, windowId })
    ).json();
    const decided = await clerk.post(`/api/cases/${started.id}/complete`, {
      version: accepted.version,
      resultNumber: '浙老优330103000789',
      replaceHeld: true,
    });
    expect(decided.json().status).toBe('result_ready');

    const resident = await newPage(platform, PHONE);
    await signInToResidentApp(resident, platform, DEMO_RESIDENT.phone, DEMO_RESIDENT.name);
    await resident.goto(`${platform.baseUrl}/m/progress/${started.id}`);
    const card = resident.getByTestId('delivery-card');
    await card.getByText('到窗口领取').waitFor();
    await card.getByText('潮鸣街道便民服务中心').waitFor();
    await resident.screenshot({ path: `${SHOTS}/6-app-window.png`, fullPage: true });

    await card.getByRole('button', { name: '更改结果领取方式' }).click();
    await resident.getByText('网格员送上门').click();
    await resident.getByText('点这里选择区、街道、社区').click();
    await resident.getByText('下城区', { exact: true }).click();
    await resident.getByText('潮鸣街道', { exact: true }).click();
    await resident.getByText('小天竺社区', { exact: true }).click();
    await resident.screenshot({ path: `${SHOTS}/7-app-region.png` });
    await resident.locator('.adm-cascader-header-button', { hasText: '确定' }).click();
    await resident.getByPlaceholder('路名、门牌号、几幢几单元几室').fill(HOME);
    await resident.screenshot({ path: `${SHOTS}/7-app-change.png`, fullPage: true });
    await resident.getByRole('button', { name: '保存' }).click();
    await card.getByText('网格员送上门').waitFor();
    await card.getByText(/小天竺社区小天竺路12号/).waitFor();
    await resident.screenshot({ path: `${SHOTS}/8-app-grid.png`, fullPage: true });

    const desk = await demoStaffPage(platform, 'clerk');
    await desk.goto(`${platform.baseUrl}/cases/${started.id}`);
    await desk.getByRole('button', { name: '变更领取方式' }).click();
    await animationsDone(desk);
    await expect(desk.getByLabel('详细地址', { exact: true }).inputValue()).resolves.toBe(HOME);
    await desk.screenshot({ path: `${SHOTS}/9-change-dialog.png` });
    await dialogButton(desk, '取消');
    await animationsDone(desk);
    await desk.getByRole('button', { name: '指派网格员' }).click();
    await pickOption(desk, '网格员', '周强');
    await dialogButton(desk, '确定');
    await desk.getByTestId('delivery-stage').getByText('网格员送达中').waitFor();
    await desk.screenshot({ path: `${SHOTS}/10-case-assigned.png`, fullPage: true });
    await desk.context().close();

    const grid = await demoStaffPage(platform, 'grid');
    await grid.getByRole('link', { name: '送达任务' }).first().click();
    const task = grid.locator('.ant-card', { hasText: '老年优待证办理' });
    await task.getByText(HOME, { exact: false }).waitFor();
    await grid.screenshot({ path: `${SHOTS}/11-grid-tasks.png`, fullPage: true });
    await task.getByRole('button', { name: '确认送达' }).click();
    await animationsDone(grid);
    await grid.getByLabel('送达情况（如：本人签收、家属代收）').fill('本人签收，已核对身份证');
    await dialogButton(grid, '确定');
    await grid.getByText('目前没有待送达的结果').waitFor();
    await grid.screenshot({ path: `${SHOTS}/12-grid-done.png`, fullPage: true });
    await grid.context().close();

    await resident.reload();
    await resident.getByTestId('delivery-card').getByText('已经送到了').waitFor();
    await resident.getByText('网格员送到了').first().waitFor();
    await resident.screenshot({ path: `${SHOTS}/13-app-delivered.png`, fullPage: true });
    await resident.context().close();
  });
});
