import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../src/seed/demo-district';
import { startPlatformProcess } from '../tests/support/platform-process';
import { runLoad } from './load';

/**
 * Foundation benchmarks: the platform started as `npm start` starts it (its own
 * process, embedded PostgreSQL, demo district), loaded over loopback from this
 * process. Prints one JSON line per scenario.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yici-bench-'));
// Sign-ins come from spread forwarded addresses, believed from this process (loopback).
const platform = await startPlatformProcess(dataDir, { TRUST_PROXY: 'loopback' });
const base = platform.baseUrl;

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/staff/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Sign-in is throttled per address; a spread of forwarded addresses stands for many clients. */
const someAddress = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

const adminCookie = await signIn('admin');
const clerkCookie = await signIn('clerk');
const withCookie = (url: string, cookie: string) => () => fetch(`${base}${url}`, { headers: { cookie } });
const scenarios = [
  runLoad.bind(null, 'GET /api/health', () => fetch(`${base}/api/health`), { total: 5000, concurrency: 20 }),
  runLoad.bind(null, 'GET /api/auth/me (staff session)', withCookie('/api/auth/me', clerkCookie), {
    total: 5000,
    concurrency: 20,
  }),
  runLoad.bind(null, 'GET /api/regions (admin, 42 regions)', withCookie('/api/regions', adminCookie), {
    total: 3000,
    concurrency: 20,
  }),
  runLoad.bind(null, 'GET /api/halls (admin, 42 halls)', withCookie('/api/halls', adminCookie), {
    total: 3000,
    concurrency: 20,
  }),
  runLoad.bind(
    null,
    'POST /api/auth/staff/sign-in (argon2id)',
    () =>
      fetch(`${base}/api/auth/staff/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': someAddress() },
        body: JSON.stringify({ username: 'clerk', password: DEMO_PASSWORD }),
      }),
    { total: 300, concurrency: 4 },
  ),
];
try {
  for (const scenario of scenarios) console.log(JSON.stringify(await scenario()));
} finally {
  await platform.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
