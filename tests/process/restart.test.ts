import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runningServerOf } from '../../src/db/left-running-server';
import { PLATFORM_JOBS } from '../../src/server/platform-jobs';
import { type PlatformProcess, startPlatformProcess } from '../support/platform-process';

/**
 * The real entry point (src/main.ts) as `npm start` runs it: embedded PostgreSQL
 * in a fresh DATA_DIR, demo data, a change, SIGTERM, a second start; then kill -9
 * and a start again with the same data folder.
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

/** Polls until `done` holds; fails after a minute. */
async function eventually(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not within a minute: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether the process runs (a zombie waiting for a parent that does not reap it has stopped). */
const isRunning = (pid: number | undefined) =>
  pid !== undefined &&
  existsSync(`/proc/${pid}/stat`) &&
  !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

afterAll(() => {
  for (const platform of running) if (platform.child.exitCode === null) platform.child.kill('SIGKILL');
  // Whatever went wrong, no server is left running on a folder about to go.
  const left = runningServerOf(path.join(dataDir, 'pg'));
  if (left) process.kill(left.pid, 'SIGINT');
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

  it('starts again after kill -9 of the node process: its embedded server stops by itself, or at the next start', async () => {
    const clusterDir = path.join(dataDir, 'pg');
    const killed = await start();
    const server = runningServerOf(clusterDir);
    expect(server?.parentPid).toBe(killed.child.pid);
    const command = readFileSync(`/proc/${server?.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const exited = new Promise((resolve) => killed.child.once('exit', resolve));
    killed.child.kill('SIGKILL');
    await exited;
    await eventually(
      () => runningServerOf(clusterDir) === null,
      'the embedded server stops with its platform',
    );

    // A server of the folder left running all the same (as a platform without the watchdog left it):
    // the same command, orphaned by a shell that exits at once. The next start stops it and comes up.
    const owner = statSync(clusterDir);
    spawnSync('sh', ['-c', '"$@" >/dev/null 2>&1 &', 'sh', ...command], { uid: owner.uid, gid: owner.gid });
    await eventually(() => runningServerOf(clusterDir) !== null, 'the orphaned server runs');
    const left = runningServerOf(clusterDir);
    const again = await start();
    expect(again.output()).toContain(`内置数据库上次未停止 (pid ${left?.pid})`);
    expect((await signIn(again.baseUrl)).csrfToken).toBeTruthy();
    // A second platform on the same folder does not take the running one's server away.
    await expect(startPlatformProcess(dataDir)).rejects.toThrow(/正被另一个平台进程 \(pid \d+\) 使用/);
    expect((await signIn(again.baseUrl)).csrfToken).toBeTruthy();
    expect(await again.stop()).toBe(0);
  }, 240_000);

  it('stops cleanly when the tsx wrapper of npm start is killed with SIGKILL', async () => {
    const wrapped = await startPlatformProcess(dataDir, {}, 'tsx');
    running.push(wrapped);
    const server = runningServerOf(path.join(dataDir, 'pg'));
    const platformPid = server?.parentPid;
    expect(platformPid).not.toBe(wrapped.child.pid);
    wrapped.child.kill('SIGKILL');
    await eventually(() => !isRunning(platformPid), 'the platform stops without its wrapper');
    await eventually(() => runningServerOf(path.join(dataDir, 'pg')) === null, 'its embedded server stops');
    // A clean stop: the server removed its pid file.
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 240_000);
});
