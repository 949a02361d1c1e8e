import { describe, expect, it } from 'vitest';
import { newPage, setUpPlatformWithBrowser, signInToStaffApp } from '../support/browser';

const platform = setUpPlatformWithBrowser();

/** An administrator looks the code up in the staff app's outbox screen, as in the demo. */
async function codeFromOutboxScreen(phone: string): Promise<string> {
  const page = await newPage(platform);
  await signInToStaffApp(page, platform, 'admin', 'yici2026');
  await page.waitForURL(`${platform.baseUrl}/`);
  await page.getByRole('link', { name: '消息发件箱' }).first().click();
  await page.getByPlaceholder('按手机号码查询').fill(phone);
  await page.getByPlaceholder('按手机号码查询').press('Enter');
  const message = page.locator('.ant-table-row', { hasText: '您的登录验证码为' }).first();
  await message.waitFor();
  const code = /验证码为(\d{6})/.exec((await message.textContent()) ?? '')?.[1] ?? '';
  await page.context().close();
  return code;
}

describe('resident app', () => {
  it('signs a resident in with a one-time code read from the outbox', async () => {
    const page = await newPage(platform, { width: 390, height: 844 });
    await page.goto(`${platform.baseUrl}/m/`);
    await expect(page.getByText('一次办').first().isVisible()).resolves.toBe(true);
    await page.goto(`${platform.baseUrl}/m/login`);
    await page.getByPlaceholder('请输入手机号').fill('13800138000');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText(/验证码已发送/).waitFor();
    const code = await codeFromOutboxScreen('13800138000');
    expect(code).toMatch(/^\d{6}$/);
    await page.getByPlaceholder('请输入6位验证码').fill(code);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('张秀英').waitFor();
    await expect(page.getByText('138****8000').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('tells the resident exactly what is wrong with a mistyped ID number', async () => {
    const page = await newPage(platform, { width: 390, height: 844 });
    await page.goto(`${platform.baseUrl}/m/login`);
    await page.getByPlaceholder('请输入手机号').fill('13900001234');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText(/验证码已发送/).waitFor();
    await page.getByPlaceholder('请输入6位验证码').fill(await codeFromOutboxScreen('13900001234'));
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/m\/identity/);
    await page.getByPlaceholder('请输入18位身份证号码').fill('110105194912310021');
    await page.getByText('身份证号码校验位不正确，请核对后重新输入').waitFor();
    await page.context().close();
  });
});
