import { describe, expect, it } from 'vitest';
import { beijingTime } from '../../web/common/beijing-time';
import { setUpPlatformWithBrowser, signInToStaffApp } from '../support/browser';

const platform = setUpPlatformWithBrowser();

describe('a staff PC set to UTC', () => {
  it('shows the outbox in Beijing time with each purpose named', async () => {
    const context = await platform.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${platform.baseUrl}/m/login`);
    await page.getByPlaceholder('请输入手机号').fill('13800138000');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText(/验证码已发送/).waitFor();
    const sent = await platform.db
      .selectFrom('notifications')
      .select('created_at')
      .where('purpose', '=', 'sign_in_code')
      .executeTakeFirstOrThrow();

    await signInToStaffApp(page, platform, 'admin', 'yici2026');
    await page.waitForURL(`${platform.baseUrl}/`);
    await page.goto(`${platform.baseUrl}/outbox`);
    const row = page.locator('.ant-table-row', { hasText: '您的登录验证码为' }).first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(beijingTime(sent.created_at));
    await expect(row.textContent()).resolves.toContain('登录验证码');
    await page.screenshot({ path: '.tmp/outbox-utc.png' });
    await context.close();
  });
});
