import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { animationsDone, newPage, setUpPlatformWithBrowser, signInToStaffApp } from '../support/browser';

const platform = setUpPlatformWithBrowser();
// The warning depends on the date: the server (in this process) and the browser both live on 23 November 2026.
const NOW = new Date('2026-11-23T10:00:00+08:00');

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

const SCHEDULE_2027 = `# 测试用安排
2027-01-01 元旦
2027-09-26 国庆节调休上班
2027-10-01..2027-10-07 国庆节
2027-10-09 国庆节调休上班`;

describe('工作日历: an administrator is warned that 2027 is missing, edits a day and loads 2027', () => {
  it('runs in Chromium', async () => {
    const page = await newPage(platform);
    await page.clock.setFixedTime(NOW);
    await signInToStaffApp(page, platform, 'admin', 'yici2026');
    await page.waitForURL(`${platform.baseUrl}/`);

    // 工作台: the banner, with the way to the calendar.
    await page.getByText('尚未载入 2027 年节假日安排').waitFor();
    await page.screenshot({ path: '.tmp/calendar-home-warning.png' });
    await page.getByRole('button', { name: '前往工作日历' }).click();
    await page.waitForURL(`${platform.baseUrl}/calendar`);

    // The 2026 year view: 国庆节 rests, the Saturday after works.
    await page.getByRole('heading', { name: '2026 年' }).waitFor();
    await page.getByRole('button', { name: '2026年10月1日 星期四 · 放假 · 国庆节' }).waitFor();
    await page.getByRole('button', { name: '2026年10月10日 星期六 · 调休上班 · 国庆节' }).waitFor();
    await page.screenshot({ path: '.tmp/calendar-2026.png', fullPage: true });

    // One day made a holiday.
    await page.getByRole('button', { name: '2026年12月31日 星期四 · 工作日' }).click();
    await animationsDone(page);
    const dayDialog = page.locator('.ant-modal').filter({ hasText: '设置日期' });
    await dayDialog.getByLabel('节日名称').fill('测试假日');
    await page.screenshot({ path: '.tmp/calendar-day-dialog.png' });
    await dayDialog.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '2026年12月31日 星期四 · 放假 · 测试假日' }).waitFor();

    // A whole year pasted: a mistake is shown by line, then the corrected text loads.
    await page.getByRole('button', { name: '导入 2027 年安排' }).click();
    await animationsDone(page);
    const importDialog = page.locator('.ant-modal').filter({ hasText: '导入全年安排' });
    await expect(importDialog.getByLabel('年份').inputValue()).resolves.toBe('2027');
    await importDialog.getByLabel('节假日安排').fill(`${SCHEDULE_2027}\n2027-09-27 国庆节调休上班`);
    await importDialog.getByText('2027-09-27：调休上班日应为周六或周日，工作日本来就上班').waitFor();
    await importDialog.getByRole('button', { name: '导入' }).click();
    await importDialog.getByText('请先修正下面列出的问题').first().waitFor();
    await importDialog.getByLabel('节假日安排').fill(SCHEDULE_2027);
    await importDialog.getByText('将导入：放假 8 天，调休上班 2 天').waitFor();
    await importDialog.getByText('请先修正下面列出的问题').waitFor({ state: 'detached' });
    await page.screenshot({ path: '.tmp/calendar-import.png' });
    await importDialog.getByRole('button', { name: '导入' }).click();

    await page.getByRole('heading', { name: '2027 年' }).waitFor();
    await page.getByRole('button', { name: '2027年10月9日 星期六 · 调休上班 · 国庆节' }).waitFor();
    await page.getByText('已载入官方安排：王建国').waitFor();
    await expect(page.getByText('尚未载入 2027 年节假日安排').count()).resolves.toBe(0);
    await page.screenshot({ path: '.tmp/calendar-2027.png', fullPage: true });
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Working-day calendar' }).waitFor();
    await page.screenshot({ path: '.tmp/calendar-2027-en.png' });
  });

  it('shows a clerk the calendar to read only, without the warning', async () => {
    const page = await newPage(platform);
    await page.clock.setFixedTime(NOW);
    await signInToStaffApp(page, platform, 'clerk', 'yici2026');
    await page.waitForURL(`${platform.baseUrl}/`);
    await page.getByRole('link', { name: '工作日历' }).first().click();
    await page.getByTitle('2026年10月1日 星期四 · 放假 · 国庆节').waitFor();
    await expect(page.getByRole('button', { name: /2026年10月1日/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '导入全年安排' }).count()).resolves.toBe(0);
    await expect(page.getByText('尚未载入 2027 年节假日安排').count()).resolves.toBe(0);
  });
});
