import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPlatformProcess } from '../support/platform-process';
import { createTestDatabase } from '../support/test-database';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yici-external-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start with DATABASE_URL', () => {
  it('loads no demo data and prints a generated administrator password once', async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      const first = await startPlatformProcess(dataDir, { DATABASE_URL: database.url });
      const password = /初始密码（仅显示这一次）: (\S+)/.exec(first.output())?.[1];
      expect(password).toMatch(/^[A-Za-z2-9]{12}$/);
      expect(first.output()).not.toMatch(/演示账号/);
      const regions = await database.db.selectFrom('regions').select('code').execute();
      expect(regions).toEqual([]);
      const signIn = await fetch(`${first.baseUrl}/api/auth/staff/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(
        ((await signIn.json()) as { user: { mustChangePassword: boolean } }).user.mustChangePassword,
      ).toBe(true);
      const health = (await (await fetch(`${first.baseUrl}/api/health`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ database: { mode: 'external', status: 'up' }, demoMode: false });
      expect(await first.stop()).toBe(0);

      const second = await startPlatformProcess(dataDir, { DATABASE_URL: database.url });
      expect(second.output()).not.toMatch(/初始密码/);
      expect(await second.stop()).toBe(0);
    } finally {
      await database.drop();
    }
  }, 180_000);
});
