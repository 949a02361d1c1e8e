import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/database';
import { Notifier } from '../../src/modules/notify/notifier';
import { buildApp } from '../../src/server/app';
import { createTestDatabase } from './test-database';

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  url: string;
}

/** The real HTTP app on this file's own database; set up once per file. */
export function setUpTestApp(): TestContext {
  const context = {} as TestContext;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    context.db = database.db;
    context.url = database.url;
    const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), databaseUrl: database.url };
    context.app = await buildApp({ db: database.db, config, notifier: new Notifier() });
    await context.app.ready();
  });
  afterAll(async () => {
    await context.app?.close();
    await drop?.();
  });
  return context;
}

/** A signed-in client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  private cookie = '';
  csrfToken = '';

  constructor(private readonly app: FastifyInstance) {}

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
  /** POSTs raw bytes, as a browser uploads a file. */
  upload = (url: string, body: Buffer, contentType: string) =>
    this.request('POST', url, body, { 'content-type': contentType });

  get sessionCookie(): string {
    return this.cookie;
  }
}

export async function signInStaff(app: FastifyInstance, username: string, password: string): Promise<Client> {
  const client = new Client(app);
  const response = await client.post('/api/auth/staff/sign-in', { username, password });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
  return client;
}
