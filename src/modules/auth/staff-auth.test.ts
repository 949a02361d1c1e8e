import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createStaffUser } from '../../../tests/support/factories';
import { Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';

const t = setUpTestApp();

describe('staff sign-in', () => {
  it('signs in with user name and password and sets an httpOnly session cookie', async () => {
    const user = await createStaffUser(t.db, { role: 'window_clerk', regionCode: null });
    const client = new Client(t.app);
    const response = await client.post('/api/auth/staff/sign-in', {
      username: user.username.toUpperCase(),
      password: user.password,
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'yici_sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(response.json().user).toMatchObject({
      kind: 'staff',
      username: user.username,
      permissions: expect.arrayContaining(['org.view']),
    });
    expect(response.json().user.permissions).not.toContain('staff.manage');
    const stored = await t.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(cookie?.value);
  });

  it('answers an unknown user, a wrong password and a locked account alike', async () => {
    const user = await createStaffUser(t.db, { role: 'window_clerk', regionCode: null });
    const attempt = (username: string, password: string) =>
      new Client(t.app).post('/api/auth/staff/sign-in', { username, password });
    const unknown = await attempt('nobody', 'nope1234');
    const wrong = await attempt(user.username, 'nope1234');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({
      code: 'SIGN_IN_FAILED',
      message: expect.stringMatching(/^用户名或密码错误/),
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    for (let i = 0; i < 4; i++) await attempt(user.username, 'wrong1234');
    const locked = await attempt(user.username, user.password);
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toEqual(wrong.json());
    // The lock is told elsewhere: the audit log, and the administrators' staff list.
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_kind', 'region_code'])
      .where('action', '=', 'staff.lock')
      .where('entity_id', '=', user.id)
      .execute();
    expect(audit).toEqual([{ actor_kind: 'system', region_code: null }]);
  });

  it('locks the account when 60 wrong passwords arrive at once, then refuses the right one', async () => {
    const user = await createStaffUser(t.db, { role: 'window_clerk', regionCode: null });
    // From 60 addresses, so the per-address limit does not stop them first.
    const attempts = await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/staff/sign-in',
          remoteAddress: `198.18.0.${n + 1}`,
          payload: { username: user.username, password: `wrong${n}xyz` },
        }),
      ),
    );
    expect(new Set(attempts.map((response) => response.statusCode))).toEqual(new Set([401]));
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/sign-in',
      remoteAddress: '198.18.1.1',
      payload: { username: user.username, password: user.password },
    });
    expect(right.statusCode).toBe(401);
    const row = await t.db
      .selectFrom('staff_users')
      .select(sql<boolean>`locked_until > now()`.as('locked'))
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.locked).toBe(true);
  });

  it('limits wrong current passwords on a password change, also when sent in parallel', async () => {
    const user = await createStaffUser(t.db, { role: 'window_clerk', regionCode: null });
    const client = await signInStaff(t.app, user.username, user.password);
    const change = (currentPassword: string) =>
      client.post('/api/auth/password', { currentPassword, newPassword: 'NewPassw0rd' });
    const wrong = await Promise.all(Array.from({ length: 30 }, (_, n) => change(`guess${n}abc`)));
    const answers = wrong.map((response) => response.json().error.code);
    expect(answers.filter((code) => code === 'CURRENT_PASSWORD_WRONG')).toHaveLength(5);
    expect(answers.filter((code) => code === 'PASSWORD_ATTEMPTS_EXCEEDED')).toHaveLength(25);
    const right = await change(user.password);
    expect(right.statusCode).toBe(429);
    expect(right.json().error).toMatchObject({
      code: 'PASSWORD_ATTEMPTS_EXCEEDED',
      message: expect.stringMatching(/^当前密码连续输错次数过多，请\d+分钟后再试$/),
    });
  });

  it('names the missing field in Chinese', async () => {
    const response = await new Client(t.app).post('/api/auth/staff/sign-in', { password: 'x' });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/^用户名：/);
    expect(error.details[0]).toMatchObject({ field: 'username', label: '用户名' });
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const admin = await createStaffUser(t.db, { role: 'admin', regionCode: null });
    const client = await signInStaff(t.app, admin.username, admin.password);
    const token = client.csrfToken;
    client.csrfToken = '';
    const refused = await client.post('/api/regions', { code: '990001', name: '跨站区' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('CSRF_TOKEN_INVALID');
    client.csrfToken = token;
    const allowed = await client.post('/api/regions', { code: '990001', name: '跨站区' });
    expect(allowed.statusCode).toBe(201);
  });

  it('ends the session on sign-out', async () => {
    const user = await createStaffUser(t.db, { role: 'window_clerk', regionCode: null });
    const client = await signInStaff(t.app, user.username, user.password);
    const cookie = client.sessionCookie;
    expect((await client.post('/api/auth/sign-out')).statusCode).toBe(200);
    const replay = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(replay.statusCode).toBe(401);
  });

  it('allows nothing but a password change until an initial password is replaced', async () => {
    const user = await createStaffUser(t.db, { role: 'admin', regionCode: null, mustChangePassword: true });
    const client = await signInStaff(t.app, user.username, user.password);
    expect((await client.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
    const blocked = await client.get('/api/regions');
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await client.post('/api/auth/password', {
      currentPassword: user.password,
      newPassword: 'short',
    });
    expect(weak.json().error).toMatchObject({
      code: 'PASSWORD_TOO_WEAK',
      details: [{ field: 'newPassword' }],
    });
    const changed = await client.post('/api/auth/password', {
      currentPassword: user.password,
      newPassword: 'NewPassw0rd',
    });
    expect(changed.statusCode).toBe(200);
    expect((await client.get('/api/regions')).statusCode).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'staff.password_change')
      .where('entity_id', '=', user.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toMatch(/argon2/);
  });

  it('keeps sessions in the database, so another process sees them', async () => {
    const user = await createStaffUser(t.db, { role: 'window_clerk', regionCode: null });
    const client = await signInStaff(t.app, user.username, user.password);
    const { buildApp } = await import('../../server/app');
    const other = await buildApp(t.app.ctx);
    const me = await other.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: client.sessionCookie },
    });
    await other.close();
    expect(me.json().user.username).toBe(user.username);
  });
});
