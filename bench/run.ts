import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/open-database';
import { Notifier } from '../src/modules/notify/notifier';
import { DEMO_PASSWORD } from '../src/seed/demo-district';
import { seedDemo } from '../src/seed/seed-demo';
import { buildApp } from '../src/server/app';
import { runLoad } from './load';

/**
 * Foundation benchmarks: the platform on a fresh embedded database with the demo
 * district, loaded from this process over loopback. Prints one JSON line per scenario.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yici-bench-'));
const config = { ...loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir }) };
const database = await openDatabase(config, () => {});
await seedDemo(database.db);
const app = await buildApp({ db: database.db, config, notifier: new Notifier() });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/staff/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

const adminCookie = await signIn('admin');
const clerkCookie = await signIn('clerk');
const results = [
  await runLoad('GET /api/health', () => fetch(`${base}/api/health`), { total: 5000, concurrency: 20 }),
  await runLoad(
    'GET /api/auth/me (staff session)',
    () => fetch(`${base}/api/auth/me`, { headers: { cookie: clerkCookie } }),
    {
      total: 5000,
      concurrency: 20,
    },
  ),
  await runLoad(
    'GET /api/regions (admin, 42 regions)',
    () => fetch(`${base}/api/regions`, { headers: { cookie: adminCookie } }),
    {
      total: 3000,
      concurrency: 20,
    },
  ),
  await runLoad(
    'GET /api/halls (admin, 42 halls)',
    () => fetch(`${base}/api/halls`, { headers: { cookie: adminCookie } }),
    {
      total: 3000,
      concurrency: 20,
    },
  ),
  await runLoad(
    'POST /api/auth/staff/sign-in (argon2id)',
    () =>
      fetch(`${base}/api/auth/staff/sign-in`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
        },
        body: JSON.stringify({ username: 'clerk', password: DEMO_PASSWORD }),
      }),
    { total: 300, concurrency: 4 },
  ),
];
for (const result of results) console.log(JSON.stringify(result));
await app.close();
await database.close();
rmSync(dataDir, { recursive: true, force: true });
