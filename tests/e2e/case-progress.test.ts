import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENT_ID_NUMBER } from '../../src/seed/demo-certificates';
import { DEMO_PASSWORD, DEMO_RESIDENT } from '../../src/seed/demo-district';
import { newPage, setUpPlatformWithBrowser, signInToResidentApp } from '../support/browser';
import { demoDesk } from '../support/demo-desk';
import { type Client, signInStaff } from '../support/test-app';

const platform = setUpPlatformWithBrowser();
const PHONE = { width: 390, height: 844 };
let started: { id: string; caseNumber: string; publicCode: string };
let itemId: string;
let windowId: string;
let clerk: Client;

/** The demo clerk starts 老年优待证 for 张秀英 with her ID card only and tells her once that the photo is missing. */
beforeAll(async () => {
  clerk = await signInStaff(platform.app, 'clerk', DEMO_PASSWORD);
  ({ itemId, windowId } = await demoDesk(platform.db));
  const created = await clerk.post('/api/cases', {
    itemId,
    windowId,
    applicant: { kind: 'person', number: DEMO_RESIDENT_ID_NUMBER },
    materials: [{ key: 'identity_proof', state: 'provided' }],
  });
  expect(created.statusCode, created.body).toBe(201);
  started = created.json();
  const notice = await clerk.post(`/api/cases/${started.id}/missing-notice`, {
    version: created.json().version,
    windowId,
  });
  expect(notice.statusCode, notice.body).toBe(200);
});

/** The page's visible text must not carry the applicant's full name or ID number. */
async function expectNoPersonalData(page: Page) {
  const text = (await page.locator('body').innerText()) ?? '';
  expect(text).not.toContain(DEMO_RESIDENT.name);
  expect(text).not.toContain(DEMO_RESIDENT_ID_NUMBER);
  expect(text).not.toContain(DEMO_RESIDENT.phone);
}

describe('progress by the receipt QR code', () => {
  it('shows the item, the status and the dated timeline without personal data, on a phone', async () => {
    const page = await newPage(platform, PHONE);
    await page.goto(`${platform.baseUrl}/t/${started.publicCode}`);
    await page.getByRole('heading', { name: '老年优待证办理' }).waitFor();
    await expect(page.getByText('请补齐材料').isVisible()).resolves.toBe(true);
    await expect(page.getByText('一次告知还缺的材料').isVisible()).resolves.toBe(true);
    await expect(page.getByText('提交了申请').isVisible()).resolves.toBe(true);
    await expect(page.getByText(started.caseNumber).isVisible()).resolves.toBe(true);
    await expect(page.getByText('张*英').isVisible()).resolves.toBe(true);
    await expectNoPersonalData(page);
    await page.screenshot({ path: '.tmp/progress-public.png', fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Please bring the missing papers').waitFor();
    await page.screenshot({ path: '.tmp/progress-public-en.png', fullPage: true });
    await page.getByRole('button', { name: '中文' }).click();
    await page.context().close();
  });

  it('answers a code that does not exist with a kind page', async () => {
    const page = await newPage(platform, PHONE);
    await page.goto(`${platform.baseUrl}/t/AAAAAAAAAAAAAAAAAAAAAA`);
    await page.getByText('没有查到这个办件').waitFor();
    await page.screenshot({ path: '.tmp/progress-not-found.png', fullPage: true });
    await page.context().close();
  });
});

describe('办事进度 in the resident app', () => {
  it('lists the case for the signed-in resident and shows the one-time notice', async () => {
    const page = await newPage(platform, PHONE);
    await signInToResidentApp(page, platform, DEMO_RESIDENT.phone, DEMO_RESIDENT.name);

    await page.goto(`${platform.baseUrl}/m/progress`);
    const card = page.getByRole('link', { name: /老年优待证办理/ });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('请补齐材料');
    await page.screenshot({ path: '.tmp/progress-list.png', fullPage: true });

    await card.click();
    await page.getByText('还要补交的材料').waitFor();
    await expect(page.getByText('近期一寸彩照').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('进度二维码').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: '.tmp/progress-case.png', fullPage: true });

    await page.getByText('一次性告知书').click();
    await page.getByText('需要补正的材料').waitFor();
    await expect(page.getByText('近期一寸彩照').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: '.tmp/progress-notice.png', fullPage: true });

    await page.goto(`${platform.baseUrl}/m/items/${itemId}`);
    await page.getByRole('button', { name: '在线申请' }).click();
    await page.getByText('由系统按您的实名信息自动填写').waitFor();
    await page.screenshot({ path: '.tmp/apply-form.png', fullPage: true });
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('申请已提交').waitFor();
    await expect(page.getByText('办理时请带到窗口').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: '.tmp/apply-done.png', fullPage: true });
    await page.getByRole('button', { name: '查看办理进度' }).click();
    await page.getByText('已申请，等待窗口受理').waitFor();
    await page.context().close();
  });
});

describe('an accepted case', () => {
  it('shows the promised date on the public page once the papers are complete', async () => {
    const now = (await clerk.get(`/api/cases/${started.id}`)).json();
    const handed = await clerk.put(`/api/cases/${started.id}/materials`, {
      version: now.version,
      windowId,
      visit: true,
      materials: [{ key: 'photo', state: 'provided' }],
    });
    expect(handed.statusCode, handed.body).toBe(200);
    const accepted = await clerk.post(`/api/cases/${started.id}/accept`, {
      version: handed.json().version,
      windowId,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const page = await newPage(platform, PHONE);
    await page.goto(`${platform.baseUrl}/t/${started.publicCode}`);
    await page.getByText('正在办理', { exact: true }).waitFor();
    await page.screenshot({ path: '.tmp/progress-accepted.png', fullPage: true });
    await expect(page.getByText('承诺办好日期').isVisible()).resolves.toBe(true);
    await expectNoPersonalData(page);
    await page.context().close();
  });
});
