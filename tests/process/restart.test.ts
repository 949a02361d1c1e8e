import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLATFORM_JOBS } from '../../src/server/platform-jobs';
import { type PlatformProcess, startPlatformProcess } from '../support/platform-process';

/**
 * The real entry point (src/main.ts) as `npm start` runs it: embedded PostgreSQL
 * in a fresh DATA_DIR, demo data, a change, SIGTERM, a second start.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yici-restart-'));
const running: PlatformProcess[] = [];

async function start(): Promise<PlatformProcess> {
  const platform = await startPlatformProcess(dataDir);
  running.push(platform);
  return platform;
}

async function signIn(base: string) {
  const response = await fetch(`${base}/api/auth/staff/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'yici2026' }),
  });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken };
}

/** A staff sign-in on its own connection; resolves with the status once the request is fully sent. */
function slowSignIn(base: string): { sent: Promise<void>; status: Promise<number> } {
  let markSent: () => void = () => {};
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const status = new Promise<number>((resolve, reject) => {
    const request = http.request(`${base}/api/auth/staff/sign-in`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json' },
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.on('finish', markSent);
    request.end(JSON.stringify({ username: 'clerk', password: 'yici2026' }));
  });
  return { sent, status };
}

afterAll(() => {
  for (const platform of running) if (platform.child.exitCode === null) platform.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('prints the address and demo accounts, keeps every record across a clean restart', async () => {
    const first = await start();
    expect(first.output()).toMatch(/admin\s+系统管理员/);
    expect(first.output()).toMatch(new RegExp(`后台任务 \\(jobs\\)\\s+已启动 ${PLATFORM_JOBS.length} 项`));
    const session = await signIn(first.baseUrl);
    const created = await fetch(`${first.baseUrl}/api/regions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
      },
      body: JSON.stringify({ code: '330103099', name: '重启测试街道' }),
    });
    expect(created.status).toBe(201);
    // A request in flight when SIGTERM arrives (argon2 keeps a sign-in busy for tens of ms) still gets its answer.
    const inFlight = slowSignIn(first.baseUrl);
    await inFlight.sent;
    await new Promise((resolve) => setTimeout(resolve, 15));
    const [exitCode, status] = await Promise.all([first.stop(), inFlight.status]);
    expect(status).toBe(200);
    expect(exitCode).toBe(0);
    expect(first.output()).toMatch(/已停止/);
    // The embedded server shut down cleanly: no pid file left behind.
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await start();
    const again = await signIn(second.baseUrl);
    const regions = (await (
      await fetch(`${second.baseUrl}/api/regions`, { headers: { cookie: again.cookie } })
    ).json()) as {
      items: { code: string; name: string }[];
    };
    expect(regions.items).toContainEqual(
      expect.objectContaining({ code: '330103099', name: '重启测试街道' }),
    );
    const seeds = await (
      await fetch(`${second.baseUrl}/api/audit-log?action=system.seed_demo`, {
        headers: { cookie: again.cookie },
      })
    ).json();
    expect((seeds as { total: number }).total).toBe(1);
    expect(readFileSync(path.join(dataDir, 'pg', 'PG_VERSION'), 'utf8').trim()).toMatch(/^\d+/);
    expect(await second.stop()).toBe(0);
  }, 240_000);
});
