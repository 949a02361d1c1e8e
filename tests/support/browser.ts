import { mkdir, rm } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, type TestContext } from 'vitest';
import type { Config } from '../../src/config';
import type { Db } from '../../src/db/database';
import { seedDemo } from '../../src/seed/seed-demo';
import { buildApp } from '../../src/server/app';
import { latestSignInCode, testConfig, testContext } from './test-app';
import { createTestDatabase } from './test-database';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The flags keep Chromium from reaching for the network, which this machine does not have.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A fake camera that needs no permission prompt, for the window's document-camera scans.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export interface BrowserContext {
  baseUrl: string;
  db: Db;
  browser: Browser;
  app: FastifyInstance;
  config: Config;
}

/** The whole platform on a real port with the demo district, and a headless Chromium to drive it. */
export function setUpPlatformWithBrowser(overrides: Partial<Config> = {}): BrowserContext {
  const context = {} as BrowserContext;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    context.db = database.db;
    await seedDemo(database.db);
    context.config = await testConfig(database.url, overrides);
    context.app = await buildApp(await testContext(database.db, database.url, context.config));
    await context.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = context.app.server.address() as { port: number };
    context.baseUrl = `http://127.0.0.1:${port}`;
    context.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterEach((test) => recordFailure(context, test));
  afterAll(async () => {
    await context.browser?.close();
    await context.app?.close();
    await context.app?.ctx.jobs.stop();
    await drop?.();
    if (context.config) await rm(context.config.dataDir, { recursive: true, force: true });
  });
  return context;
}

/**
 * A failed e2e test leaves a screenshot of every open page in .tmp/e2e-failures and prints
 * what each page's open dialogs and messages said, so a failure seen only in CI can be read.
 */
async function recordFailure(context: BrowserContext, test: TestContext) {
  if (test.task.result?.state !== 'fail' || !context.browser) return;
  const folder = '.tmp/e2e-failures';
  await mkdir(folder, { recursive: true });
  const pages = context.browser.contexts().flatMap((browserContext) => browserContext.pages());
  for (const [index, page] of pages.entries()) {
    const name = `${test.task.name.slice(0, 40).replace(/[^\p{L}\p{N}]+/gu, '-')}-${index}`;
    await page.screenshot({ path: `${folder}/${name}.png`, timeout: 5000 }).catch(() => null);
    const said = await page
      .locator('body')
      .ariaSnapshot({ timeout: 5000 })
      .catch((error: Error) => error.message);
    console.error(`[e2e failure] ${name} at ${page.url()}\n${said.slice(-6000)}`);
  }
}

export async function newPage(
  context: BrowserContext,
  viewport = { width: 1440, height: 900 },
): Promise<Page> {
  const browserContext = await context.browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await browserContext.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** A new page signed in to the staff app as a demo account (password yici2026), on the workbench. */
export async function demoStaffPage(context: BrowserContext, username: string): Promise<Page> {
  const page = await newPage(context);
  await signInToStaffApp(page, context, username, 'yici2026');
  await page.waitForURL(`${context.baseUrl}/`);
  return page;
}

/** Signs in through the staff app's login page. */
export async function signInToStaffApp(
  page: Page,
  context: BrowserContext,
  username: string,
  password: string,
) {
  await page.goto(`${context.baseUrl}/login`);
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Waits until opening and closing animations are over, so clicks land where they aim. */
export async function animationsDone(page: Page) {
  // A cancelled animation rejects `finished`; it is over all the same. A spinner's endless
  // animation never finishes, so it is left out, and the wait is capped in any case.
  await page.evaluate(`Promise.race([
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => null)),
    ),
    new Promise((resolve) => setTimeout(resolve, 5000)),
  ]).then(() => true)`);
}

/** Picks an option of the antd Select labelled `label` inside `scope` (the page, a dialog, a list row). */
export async function pickOption(page: Page, label: string, text: string, scope: Page | Locator = page) {
  await animationsDone(page);
  await scope.getByLabel(label, { exact: true }).last().click();
  await chooseOption(page, text);
}

/**
 * Clicks the option `text` of the antd Select list that is open (after typing a search, say). The
 * list must have finished opening: a click while it still moves can scroll the virtual list under
 * the pointer and miss, leaving the list open and nothing chosen; such a miss is clicked again.
 */
export async function chooseOption(page: Page, text: string | RegExp) {
  await animationsDone(page);
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first();
  await option.click();
  const chosen = page.locator('.ant-select-item-option-selected', { hasText: text }).first();
  const took = await chosen.waitFor({ state: 'attached', timeout: 2000 }).then(
    () => true,
    () => false,
  );
  if (!took && (await option.isVisible())) await option.click();
}

/** Picks a node of the antd TreeSelect labelled `label` by typing part of its name. */
export async function pickInTree(page: Page, label: string, text: string) {
  await animationsDone(page);
  const input = page.getByLabel(label, { exact: true }).last();
  await input.click();
  await input.fill(text);
  await page.locator('.ant-select-tree-node-content-wrapper:visible', { hasText: text }).first().click();
}

/** antd spaces out two-character button labels (确 定); match either way. */
export const twoChars = (text: string) => new RegExp(`^${text.split('').join('\\s?')}$`);

/** Clicks a button of the open overlay, once it has finished opening: a click while it moves can miss. */
async function overlayButton(page: Page, overlay: string, button: string) {
  await animationsDone(page);
  await page
    .locator(`${overlay}:visible`)
    .getByRole('button', { name: twoChars(button) })
    .click();
}

/** Clicks a button of the antd confirm dialog on top (打印, 稍后, 知道了 …). */
export const confirmDialog = (page: Page, button: string) =>
  overlayButton(page, '.ant-modal-confirm', button);

/** Clicks a button (确定, 取消) of the antd form dialog that is open. */
export const dialogButton = (page: Page, button: string) => overlayButton(page, '.ant-modal', button);

/** Clicks a button (确定, 撤回 …) of the antd Popconfirm that is open. */
export const popconfirmButton = (page: Page, button: string) =>
  overlayButton(page, '.ant-popconfirm', button);

/** Signs in to the resident app by mobile number and the one-time code from the outbox. */
export async function signInToResidentApp(page: Page, context: BrowserContext, phone: string, name?: string) {
  await page.goto(`${context.baseUrl}/m/login`);
  await page.getByPlaceholder('请输入手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByText(/验证码已发送/).waitFor();
  await page.getByPlaceholder('请输入6位验证码').fill(await latestSignInCode(context.db, phone));
  await page.getByRole('button', { name: '登录', exact: true }).click();
  if (name) await page.getByText(name).waitFor();
}
