import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../tests/support/factories';
import { setUpTestApp, testContext } from '../../tests/support/test-app';
import { loadConfig } from '../config';
import { buildApp } from './app';
import { countRequest } from './request-limits';

/** Per-address limits count in PostgreSQL, on the address of the peer or of a configured proxy's client. */
const t = setUpTestApp();
/** A second process on the same database; and one behind a proxy named in TRUST_PROXY. */
let other: FastifyInstance;
let proxied: FastifyInstance;

beforeAll(async () => {
  other = await buildApp(await testContext(t.db, t.url, t.config));
  proxied = await buildApp(await testContext(t.db, t.url, { ...t.config, trustedProxies: ['203.0.113.30'] }));
});
afterAll(async () => {
  await other?.close();
  await proxied?.close();
});

const signIn = (
  app: FastifyInstance,
  remoteAddress: string,
  credentials = { username: 'nobody', password: 'nope1234' },
  forwardedFor?: string,
) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/staff/sign-in',
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    payload: credentials,
  });

describe('per-address limits', () => {
  it('counts an address across two app instances on one database', async () => {
    for (let n = 0; n < 10; n += 1) {
      expect((await signIn(t.app, '203.0.113.9')).statusCode).toBe(401);
      expect((await signIn(other, '203.0.113.9')).statusCode).toBe(401);
    }
    const refused = await signIn(t.app, '203.0.113.9');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/^操作过于频繁，请\d+秒后再试$/),
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(other, '203.0.113.10')).statusCode).toBe(401);
  });

  it('ignores a forged X-Forwarded-For: the peer is limited and audited', async () => {
    for (let n = 0; n < 20; n += 1) await signIn(t.app, '203.0.113.21', undefined, `10.9.0.${n}`);
    expect((await signIn(t.app, '203.0.113.21', undefined, '10.9.1.1')).statusCode).toBe(429);

    const admin = await createStaffUser(t.db, { role: 'admin', regionCode: null });
    const session = await signIn(t.app, '203.0.113.22', admin, '10.9.2.2');
    expect(session.statusCode).toBe(200);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/regions',
      remoteAddress: '203.0.113.22',
      headers: {
        'x-forwarded-for': '10.9.2.2',
        cookie: `yici_sid=${session.cookies.find((c) => c.name === 'yici_sid')?.value}`,
        'x-csrf-token': session.json().csrfToken,
      },
      payload: { code: '990021', name: '代理测试区' },
    });
    expect(created.statusCode).toBe(201);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('ip')
      .where('action', '=', 'region.create')
      .where('entity_id', '=', '990021')
      .executeTakeFirstOrThrow();
    expect(audit.ip).toBe('203.0.113.22');
  });

  it('takes the forwarded address from a proxy named in TRUST_PROXY, and only from it', async () => {
    for (let n = 0; n < 20; n += 1) await signIn(proxied, '203.0.113.30', undefined, '198.51.100.7');
    expect((await signIn(proxied, '203.0.113.30', undefined, '198.51.100.7')).statusCode).toBe(429);
    // Another client behind the same proxy is not held up.
    expect((await signIn(proxied, '203.0.113.30', undefined, '198.51.100.8')).statusCode).toBe(401);

    const user = await createStaffUser(t.db, { role: 'window_clerk', regionCode: null });
    // What the client wrote before the proxy's entry is not believed.
    await signIn(proxied, '203.0.113.30', user, '10.66.0.1, 198.51.100.9');
    await signIn(proxied, '203.0.113.31', user, '198.51.100.9');
    const sessions = await t.db
      .selectFrom('sessions')
      .select('ip')
      .where('subject_id', '=', user.id)
      .orderBy('created_at')
      .execute();
    expect(sessions.map((row) => row.ip)).toEqual(['198.51.100.9', '203.0.113.31']);
  });
});

describe('the counter', () => {
  it('starts a new window once the old one ended, and sweeps rows of long-ended windows as it counts', async () => {
    const limit = { name: 'test-window', windowSeconds: 60 };
    await countRequest(t.db, limit, 'a');
    expect((await countRequest(t.db, limit, 'a')).hits).toBe(2);
    await t.db
      .insertInto('request_limits')
      .values({
        limit_name: 'test-window',
        subject: 'old',
        hits: 3,
        window_ends: sql<Date>`now() - interval '2 hours'`,
      })
      .execute();
    await t.db
      .updateTable('request_limits')
      .set({ window_ends: sql<Date>`now() - interval '1 second'` })
      .where('subject', '=', 'a')
      .execute();
    expect(await countRequest(t.db, limit, 'a')).toEqual({ hits: 1, secondsLeft: 60 });
    const left = await t.db
      .selectFrom('request_limits')
      .select('subject')
      .where('limit_name', '=', 'test-window')
      .execute();
    expect(left.map((row) => row.subject)).toEqual(['a']);
  });
});

describe('TRUST_PROXY', () => {
  it('takes addresses, CIDRs and range names, and refuses anything else', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,loopback,::1' }).trustedProxies).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      'loopback',
      '::1',
    ]);
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });
});
