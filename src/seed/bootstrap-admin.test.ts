import { describe, expect, it } from 'vitest';
import { Client, setUpTestApp } from '../../tests/support/test-app';
import { ensurePlatformAdmin } from './bootstrap-admin';

const t = setUpTestApp();

describe('first administrator on an empty production database', () => {
  it('is created once with a generated password that must be changed', async () => {
    const created = await ensurePlatformAdmin(t.db, undefined);
    expect(created?.password).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(await ensurePlatformAdmin(t.db, undefined)).toBeNull();
    const client = new Client(t.app);
    const signedIn = await client.post('/api/auth/staff/sign-in', {
      username: 'admin',
      password: created?.password,
    });
    expect(signedIn.json().user).toMatchObject({
      mustChangePassword: true,
      permissions: expect.arrayContaining(['org.manage']),
    });
    expect((await client.get('/api/regions')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
