import { type Page, request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_RESIDENT } from '../../src/seed/demo-district';
import { citizenIdCheckChar } from '../../src/shared/citizen-id';
import { grantableFields } from '../../src/shared/registry-fields';
import {
  animationsDone,
  chooseOption,
  newPage,
  pickOption,
  popconfirmButton,
  setUpPlatformWithBrowser,
  signInToStaffApp,
} from '../support/browser';
import { PHONE, signInToResidentApp } from '../support/resident-pages';

const platform = setUpPlatformWithBrowser();
const DEPARTMENT = '下城区医疗保障局';
const PURPOSE = '行政审批受理';

/** The grant dialog's 授权 button, so a dialog still closing cannot be hit. */
const grantButton = (page: Page) =>
  page.locator('.ant-drawer').getByRole('button', { name: '授权', exact: true });

async function openGrantDialog(page: Page) {
  // A drawer reopened while its last closing still runs can lose its content when that closing ends.
  await animationsDone(page);
  await page.getByRole('button', { name: '新增授权' }).click();
  await animationsDone(page);
  await pickOption(page, '授权部门', DEPARTMENT);
  // The choice must have taken before the form goes on (a click during the list's animation can miss).
  await page
    .locator('.ant-drawer')
    .getByText(DEPARTMENT, { exact: true })
    .filter({ visible: true })
    .first()
    .waitFor();
  await page.getByLabel('查阅目的').fill(PURPOSE);
  // Leave the field as a clerk would, so its suggestion list closes and cannot catch the next click.
  await page.getByLabel('查阅目的').press('Tab');
  await animationsDone(page);
  // Only the approvers' work needs it: the bureau's other roles read nothing under this grant.
  await page.getByRole('checkbox', { name: '后台审批人员' }).check();
}

describe('data-sharing grants and the read log', () => {
  it('an administrator grants a department fields for a purpose, is stopped from granting it twice, and withdraws it', async () => {
    const page = await newPage(platform);
    await signInToStaffApp(page, platform, 'admin', 'yici2026');
    await page.waitForURL(`${platform.baseUrl}/`);
    await page.getByRole('link', { name: '数据共享授权' }).first().click();
    await page
      .getByRole('row', { name: /潮鸣街道便民服务中心.*综合窗口受理/ })
      .first()
      .waitFor();

    await openGrantDialog(page);
    await page.getByRole('checkbox', { name: '基本信息' }).check();
    await page.getByRole('checkbox', { name: '户籍地址' }).check();
    await expect(page.getByText('已选 6 / 14 项').isVisible()).resolves.toBe(true);
    await grantButton(page).click();
    const row = page.getByRole('row', { name: new RegExp(`${DEPARTMENT}.*${PURPOSE}`) });
    await row
      .getByText('有效')
      .waitFor({ timeout: 30_000 })
      .catch(async (error) => {
        await page.screenshot({ path: '.tmp/data-sharing-failure.png' });
        throw error;
      });
    await expect(row.getByText('后台审批人员', { exact: true }).isVisible()).resolves.toBe(true);
    for (const field of ['姓名', '性别', '出生日期', '民族', '联系电话', '户籍地址']) {
      await expect(row.getByText(field, { exact: true }).isVisible()).resolves.toBe(true);
    }
    await expect(row.getByText('婚姻状况').count()).resolves.toBe(0);

    // The same department and purpose again: the server's refusal shows under the purpose.
    await openGrantDialog(page);
    await page.getByRole('checkbox', { name: '全选' }).check();
    await grantButton(page).click();
    await page
      .locator('.ant-form-item-explain-error', { hasText: `${DEPARTMENT}已有以“${PURPOSE}”为目的的授权` })
      .waitFor({ timeout: 30_000 });
    await page.locator('.ant-drawer').getByRole('button', { name: '取消' }).click();
    await animationsDone(page);

    await row.getByRole('button', { name: '撤回' }).click();
    await page.getByText(`撤回后，${DEPARTMENT}以“${PURPOSE}”为目的的查阅立即停止`).waitFor();
    await popconfirmButton(page, '撤回');
    await row.getByText('已撤回').waitFor();
    await expect(row.getByRole('button', { name: '撤回' }).count()).resolves.toBe(0);

    // Only withdrawn grants: the one just withdrawn (the demo has no other).
    await page.locator('.ant-select', { hasText: '全部状态' }).click();
    await chooseOption(page, '已撤回');
    await expect(page.locator('.ant-table-row').count()).resolves.toBe(1);
    await expect(row.isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('the demo resident sees on her phone that the street centre read her details for a case and her ID card', async () => {
    const idNumber = DEMO_RESIDENT.idNumberFirst17 + citizenIdCheckChar(DEMO_RESIDENT.idNumberFirst17);
    const phone = await newPage(platform, PHONE);
    await signInToResidentApp(phone, platform, DEMO_RESIDENT.phone);
    await phone.getByText(DEMO_RESIDENT.name).waitFor();
    await phone.getByText('我的信息查阅记录').click();
    await phone.getByText('还没有查阅记录').waitFor();

    // The clerk of 潮鸣街道便民服务中心 reads her record for a case at the window.
    const clerk = await request.newContext({ baseURL: platform.baseUrl });
    const signIn = await clerk.post('/api/auth/staff/sign-in', {
      data: { username: 'clerk', password: 'yici2026' },
    });
    expect(signIn.status()).toBe(200);
    const csrf = { 'x-csrf-token': (await signIn.json()).csrfToken };
    // Numbers travel in the body, never in the URL.
    const read = await clerk.post('/api/registry/persons/lookup', {
      headers: csrf,
      data: { idNumber, purpose: '综合窗口受理', caseRef: 'SL20260512003' },
    });
    expect(read.status()).toBe(200);
    // She shows her electronic ID card at the window: the clerk opens it.
    const held = await clerk.post('/api/certificates/lookup', {
      headers: csrf,
      data: { holderNumber: idNumber, type: 'id_card' },
    });
    const [idCard] = (await held.json()).items;
    expect((await clerk.get(`/api/certificates/${idCard.id}`)).status()).toBe(200);
    await clerk.dispose();

    await phone.reload();
    const entry = phone
      .getByRole('listitem')
      .filter({ hasText: '潮鸣街道便民服务中心' })
      .filter({ hasText: '综合窗口受理' });
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toMatch(/用途综合窗口受理/);
    // The street centre's grant covers every person field, so the read showed them all.
    await expect(entry.getByRole('listitem').allTextContents()).resolves.toEqual(
      grantableFields('person').map((field) => field.label[0]),
    );
    await expect(entry.textContent()).resolves.toMatch(/办件编号SL20260512003/);
    await expect(entry.textContent()).resolves.toMatch(/经办人李\*燕/);
    await expect(phone.getByText('今天').isVisible()).resolves.toBe(true);
    const certificateRead = phone.getByRole('listitem').filter({ hasText: '电子证照：居民身份证' });
    await expect(certificateRead.textContent()).resolves.toMatch(/用途查验证照/);
    await phone.screenshot({ path: '.tmp/data-reads-phone.png', fullPage: true });
    await phone.context().close();
  });
});
