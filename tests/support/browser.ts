import { rm } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../src/config';
import type { Db } from '../../src/db/database';
import type { ItemContent } from '../../src/modules/catalog/item-content';
import { Notifier } from '../../src/modules/notify/notifier';
import { DEMO_RESIDENT } from '../../src/seed/demo-district';
import { seedDemo } from '../../src/seed/seed-demo';
import { buildApp } from '../../src/server/app';
import { latestSignInCode, testConfig } from './test-app';
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
];

export interface BrowserContext {
  baseUrl: string;
  db: Db;
  browser: Browser;
  app: FastifyInstance;
  config: Config;
}

/** The whole platform on a real port with the demo district, and a headless Chromium to drive it. */
export function setUpPlatformWithBrowser(): BrowserContext {
  const context = {} as BrowserContext;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    context.db = database.db;
    await seedDemo(database.db);
    context.config = await testConfig(database.url);
    context.app = await buildApp({ db: database.db, config: context.config, notifier: new Notifier() });
    await context.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = context.app.server.address() as { port: number };
    context.baseUrl = `http://127.0.0.1:${port}`;
    context.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.app?.close();
    await drop?.();
    if (context.config) await rm(context.config.dataDir, { recursive: true, force: true });
  });
  return context;
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
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
}

/** Picks a node of the antd TreeSelect labelled `label` by typing part of its name. */
export async function pickInTree(page: Page, label: string, text: string) {
  await animationsDone(page);
  const input = page.getByLabel(label, { exact: true }).last();
  await input.click();
  await input.fill(text);
  await page.locator('.ant-select-tree-node-content-wrapper:visible', { hasText: text }).first().click();
}

/** The demo item's published version and the first window of 潮鸣街道便民服务中心, for journeys that start cases through the API. */
export async function demoItemAndWindow(context: BrowserContext, itemName: string) {
  const item = await context.db
    .selectFrom('catalog_item_versions')
    .select(['item_id', 'content'])
    .where('name', '=', itemName)
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  const window = await context.db
    .selectFrom('service_windows as w')
    .innerJoin('halls as h', 'h.id', 'w.hall_id')
    .select('w.id')
    .where('h.name', '=', '潮鸣街道便民服务中心')
    .where('w.number', '=', 1)
    .executeTakeFirstOrThrow();
  return { itemId: item.item_id, content: item.content as ItemContent, windowId: window.id };
}

/** A phone-sized page signed in to the resident app as the demo resident (13800138000), by SMS code. */
export async function demoResidentPage(context: BrowserContext): Promise<Page> {
  const page = await newPage(context, { width: 390, height: 844 });
  await page.goto(`${context.baseUrl}/m/login`);
  await page.getByPlaceholder('请输入手机号').fill(DEMO_RESIDENT.phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByText(/验证码已发送/).waitFor();
  await page
    .getByPlaceholder('请输入6位验证码')
    .fill(await latestSignInCode(context.db, DEMO_RESIDENT.phone));
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText(DEMO_RESIDENT.name).first().waitFor();
  return page;
}
