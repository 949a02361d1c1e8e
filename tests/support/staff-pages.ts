import type { Page } from 'playwright-core';
import { animationsDone, chooseOption, confirmDialog, pickOption, twoChars } from './browser';

// The dialog helpers live with the harness; journeys import them from here with the page helpers.
export { confirmDialog, twoChars } from './browser';

/** A row of the case page's material checklist. */
export const materialRow = (page: Page, name: string) => page.locator('tr', { hasText: name });

/** In an item picker (一窗受理's 申请事项 unless told): searches the catalogue for `search` and picks the item named `itemName`. */
export async function pickIntakeItem(page: Page, search: string, itemName: string, label = '申请事项') {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByLabel(label, { exact: true }).fill(search);
  await chooseOption(page, itemName);
}

/** 一窗受理 at `window` for the applicant `idNumber`: picks the item and starts the case; ends on the case page. */
export async function startIntake(
  page: Page,
  intake: { window: string; idNumber: string; search: string; itemName: string },
) {
  await page.getByRole('link', { name: '一窗受理' }).first().click();
  await pickOption(page, '受理窗口', intake.window);
  await page.getByLabel('身份证号码', { exact: true }).fill(intake.idNumber);
  await pickIntakeItem(page, intake.search, intake.itemName);
  await page.getByRole('button', { name: '发起办件' }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
}

/** 当场办结 with the result's number (e.g. the card number), after the case was accepted. */
export async function completeOnTheSpot(page: Page, resultNumber: string, replaceHeld = false) {
  await page.getByRole('button', { name: '当场办结' }).click();
  await animationsDone(page);
  await page.getByLabel('办理结果编号（如老年优待证号）').fill(resultNumber);
  await page
    .locator('.ant-modal:visible')
    .getByRole('button', { name: twoChars('确定') })
    .click();
  // The applicant holds a valid card of the type already: the clerk is asked, and replaces it.
  if (replaceHeld) await confirmDialog(page, '换发（原证撤销）');
  await confirmDialog(page, '稍后');
  await page.getByTestId('case-status').getByText('已办结').waitFor();
}

/**
 * 数据导入 → 新建导入: uploads a source system's file with the guessed column
 * mapping and waits until the report says the import is done.
 */
export async function importRegistryFile(
  page: Page,
  file: { source: string; name: string; mimeType: string; buffer: Buffer; rows: number },
  mappingShot?: string,
) {
  await page.getByRole('link', { name: '数据导入' }).first().click();
  await page.getByRole('button', { name: '新建导入' }).click();
  await animationsDone(page);
  await pickOption(page, '数据来源系统', file.source);
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: file.buffer });
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByText(`共 ${file.rows} 行数据`).waitFor();
  if (mappingShot) await page.screenshot({ path: mappingShot });
  await page.getByRole('button', { name: '开始导入' }).click();
  await page.getByText('导入完成').waitFor();
}

/** From 我的待办: claims the case's task from the department pool, or opens it from the own box; ends on the task page. */
export async function openTaskFromInbox(page: Page, caseNumber: string, box: '部门待签收' | '我的待办') {
  await page.getByRole('link', { name: '我的待办' }).first().click();
  await page.getByRole('tab', { name: new RegExp(box) }).click();
  const row = page.locator('tr', { hasText: caseNumber });
  if (box === '部门待签收') await row.getByRole('button', { name: /签\s?收/ }).click();
  else await row.getByRole('link', { name: caseNumber }).click();
  await page.waitForURL(/\/tasks\/[0-9a-f-]{36}/);
}

/**
 * On the task page: the action `button` (通过, 准予（办结）…) with an opinion, and the
 * result's number when the last step issues a certificate; ends back in the inbox.
 */
export async function approveTask(page: Page, button: string, opinion: string, resultNumber?: string) {
  await page.getByRole('button', { name: button }).click();
  await animationsDone(page);
  const dialog = page.locator('.ant-modal:visible');
  await dialog.getByLabel('办理意见').fill(opinion);
  if (resultNumber) await dialog.getByLabel(/编号$/).fill(resultNumber);
  await dialog.getByRole('button', { name: /确\s?定/ }).click();
  await page.waitForURL(/\/tasks$/);
}
