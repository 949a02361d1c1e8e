import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type Config, loadConfig } from '../../src/config';
import type { Db } from '../../src/db/database';
import type { RealNameProvider } from '../../src/modules/identity/real-name-provider';
import { fileStoreIn } from '../../src/modules/materials/file-store';
import { Notifier } from '../../src/modules/notify/notifier';
import { buildApp } from '../../src/server/app';
import type { AppContext } from '../../src/server/context';
import { openPlatformJobs } from '../../src/server/platform-jobs';
import { SILENT_LOGGER, TEST_JOB_TUNING } from './job-fixtures';
import { createTestDatabase } from './test-database';

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  url: string;
  config: Config;
}

/**
 * Settings for a test app: its own database and its own data directory (uploaded files).
 * Background jobs are off unless a test asks for them (`jobs: true`), so other tests start no pg-boss.
 */
export async function testConfig(databaseUrl: string, overrides: Partial<Config> = {}): Promise<Config> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'yici-test-data-'));
  return { ...loadConfig({ LOG_LEVEL: 'silent', JOBS: '0' }), databaseUrl, dataDir, ...overrides };
}

/** The app's context for a test database: jobs started only when the config says so; no real-name provider unless given. */
export async function testContext(
  db: Db,
  url: string,
  config: Config,
  realName: RealNameProvider | null = null,
): Promise<AppContext> {
  const notifier = new Notifier(undefined, config.publicBaseUrl);
  const files = fileStoreIn(config.dataDir);
  const jobs = await openPlatformJobs(config, url, { db, notifier, files }, SILENT_LOGGER, TEST_JOB_TUNING);
  return { db, config, notifier, realName, jobs };
}

/** The real HTTP app on this file's own database; set up once per file. */
export function setUpTestApp(
  overrides: Partial<Config> = {},
  realName: RealNameProvider | null = null,
): TestContext {
  const context = {} as TestContext;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    context.db = database.db;
    context.url = database.url;
    context.config = await testConfig(database.url, overrides);
    context.app = await buildApp(await testContext(database.db, database.url, context.config, realName));
    await context.app.ready();
  });
  afterAll(async () => {
    await context.app?.close();
    await context.app?.ctx.jobs.stop();
    await drop?.();
    if (context.config) await rm(context.config.dataDir, { recursive: true, force: true });
  });
  return context;
}

/** A signed-in client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  private cookie = '';
  csrfToken = '';

  /** `remoteAddress`: the client's address, for tests that sign in more people than one address may. */
  constructor(
    private readonly app: FastifyInstance,
    private readonly remoteAddress?: string,
  ) {}

  async request(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({
      method,
      url,
      headers,
      payload: payload as InjectOptions['payload'],
      ...(this.remoteAddress ? { remoteAddress: this.remoteAddress } : {}),
    });
    const setCookie = response.cookies.find((cookie) => cookie.name === 'yici_sid');
    if (setCookie) this.cookie = setCookie.value ? `yici_sid=${setCookie.value}` : '';
    const body = response.headers['content-type']?.toString().includes('json') ? response.json() : null;
    if (body?.csrfToken) this.csrfToken = body.csrfToken;
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, payload: unknown = {}) => this.request('POST', url, payload);
  patch = (url: string, payload: unknown) => this.request('PATCH', url, payload);
  put = (url: string, payload: unknown) => this.request('PUT', url, payload);
  delete = (url: string) => this.request('DELETE', url);
  /** Sends a file as the raw request body, as the staff app's uploads do. */
  upload = (url: string, content: Buffer, contentType: string) =>
    this.request('POST', url, content, { 'content-type': contentType });

  /** POSTs a multipart form with text fields and, when given, one file (named as a browser would). */
  uploadForm(
    url: string,
    fields: Record<string, string>,
    file?: { name: string; bytes: Buffer; type?: string },
  ) {
    const boundary = `----yici${Math.random().toString(36).slice(2)}`;
    const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
    if (file) {
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`;
      parts.push(Buffer.from(head), file.bytes, Buffer.from('\r\n'));
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return this.request('POST', url, Buffer.concat(parts), {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
  }

  get sessionCookie(): string {
    return this.cookie;
  }
}

/** The latest one-time code sent to a mobile number, read from the outbox. */
export async function latestSignInCode(db: Db, phone: string): Promise<string> {
  const message = await db
    .selectFrom('notifications')
    .select('body')
    .where('recipient', '=', phone)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return /验证码为(\d{6})/.exec(message.body)?.[1] ?? '';
}

/** A resident signed in by mobile number and one-time code (a first sign-in creates the account). */
export async function signInResident(app: FastifyInstance, db: Db, phone: string): Promise<Client> {
  const client = new Client(app);
  await client.post('/api/auth/resident/code', { phone });
  await client.post('/api/auth/resident/sign-in', {
    phone,
    verificationCode: await latestSignInCode(db, phone),
  });
  return client;
}

export async function signInStaff(
  app: FastifyInstance,
  username: string,
  password: string,
  remoteAddress?: string,
): Promise<Client> {
  const client = new Client(app, remoteAddress);
  const response = await client.post('/api/auth/staff/sign-in', { username, password });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
  return client;
}
