import type { Locator, Page } from 'playwright-core';
import { animationsDone, type BrowserContext } from './browser';
import { latestSignInCode } from './test-app';

/** The size of phone the resident pages are looked at on. */
export const PHONE = { width: 390, height: 844 };

/** Signs a resident in to the resident app with a one-time code read from the outbox. */
export async function signInToResidentApp(page: Page, context: BrowserContext, phone: string) {
  await page.goto(`${context.baseUrl}/m/login`);
  await page.getByPlaceholder('请输入手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByText(/验证码已发送/).waitFor();
  await page.getByPlaceholder('请输入6位验证码').fill(await latestSignInCode(context.db, phone));
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** Allows one of 我的材料 to be reused, through the confirmation dialog, and waits until it shows. */
export async function allowReuse(page: Page, item: Locator) {
  await item.getByRole('button', { name: '同意复用' }).click();
  await page.getByText('同意后，您以后在任一窗口或网上办事时').waitFor();
  await animationsDone(page);
  await page.getByRole('button', { name: '同意', exact: true }).click();
  await item.getByText('已同意复用').waitFor();
  await page.locator('.adm-toast-mask').waitFor({ state: 'detached' });
  await page.locator('.adm-dialog').waitFor({ state: 'detached' });
}
