import { beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createRegionTree, createStaffUser } from '../../../tests/support/factories';
import { Client, type Client as ClientT, setUpTestApp, signInStaff } from '../../../tests/support/test-app';

const t = setUpTestApp();
let admin: ClientT;
let departmentId: string;
let adminId: string;

beforeAll(async () => {
  await createRegionTree(t.db, '320102', 2, 1);
  await createRegionTree(t.db, '320104', 1, 1);
  departmentId = await createDepartment(t.db, '320102', '测试区民政局');
  const account = await createStaffUser(t.db, { role: 'admin', regionCode: '320102' });
  adminId = account.id;
  admin = await signInStaff(t.app, account.username, account.password);
});

async function createClerk(username: string, regionCode = '320102001') {
  const response = await admin.post('/api/staff', {
    username,
    displayName: '窗口小王',
    password: 'Initial123',
    regionCode,
    phone: '13700001111',
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe('staff accounts and scoped roles', () => {
  it('creates an account that must change its initial password, with the phone masked', async () => {
    const created = await createClerk('wang.clerk');
    expect(created).toMatchObject({
      username: 'wang.clerk',
      mustChangePassword: true,
      phoneMasked: '137****1111',
      grants: [],
    });
    const duplicate = await admin.post('/api/staff', {
      username: 'WANG.clerk',
      displayName: '重复',
      password: 'Initial123',
      regionCode: '320102',
    });
    expect(duplicate.json().error.code).toBe('USERNAME_TAKEN');
  });

  it('grants a clerk role scoped to a street; the clerk then sees only that street', async () => {
    const clerk = await createClerk('li.clerk');
    const granted = await admin.post(`/api/staff/${clerk.id}/grants`, {
      role: 'window_clerk',
      regionCode: '320102001',
    });
    expect(granted.json().grants).toMatchObject([
      { role: 'window_clerk', roleLabel: '综合窗口受理人员', regionName: '测试街道1' },
    ]);
    const client = await signInStaff(t.app, 'li.clerk', 'Initial123');
    await client.post('/api/auth/password', { currentPassword: 'Initial123', newPassword: 'Changed123' });
    const regions = (await client.get('/api/regions')).json().items.map((r: { code: string }) => r.code);
    expect(regions).toEqual(['320102001', '320102001001']);
  });

  it('refuses grants beyond the administrator scope and department roles without a department', async () => {
    const clerk = await createClerk('zhao.clerk');
    const beyond = await admin.post(`/api/staff/${clerk.id}/grants`, {
      role: 'window_clerk',
      regionCode: '320104',
    });
    expect(beyond.statusCode).toBe(403);
    const platform = await admin.post(`/api/staff/${clerk.id}/grants`, { role: 'admin', regionCode: null });
    expect(platform.statusCode).toBe(403);
    const noDepartment = await admin.post(`/api/staff/${clerk.id}/grants`, {
      role: 'approver',
      regionCode: '320102',
    });
    expect(noDepartment.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'departmentId' }],
    });
    const withDepartment = await admin.post(`/api/staff/${clerk.id}/grants`, {
      role: 'approver',
      regionCode: '320102',
      departmentId,
    });
    expect(withDepartment.json().grants[0]).toMatchObject({
      role: 'approver',
      departmentName: '测试区民政局',
    });
    const twice = await admin.post(`/api/staff/${clerk.id}/grants`, {
      role: 'approver',
      regionCode: '320102',
      departmentId,
    });
    expect(twice.json().error.code).toBe('GRANT_EXISTS');
  });

  it('revokes a grant and audits it', async () => {
    const clerk = await createClerk('sun.clerk');
    const granted = (
      await admin.post(`/api/staff/${clerk.id}/grants`, { role: 'grid_worker', regionCode: '320102001001' })
    ).json();
    const revoked = await admin.delete(`/api/staff/${clerk.id}/grants/${granted.grants[0].id}`);
    expect(revoked.json().grants).toEqual([]);
    const grantAudit = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'staff.grant_role')
      .where('entity_id', '=', clerk.id)
      .executeTakeFirstOrThrow();
    expect(grantAudit.after).toMatchObject({ username: 'sun.clerk', role: 'grid_worker' });
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', clerk.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['staff.create', 'staff.grant_role', 'staff.revoke_role']);
  });

  it('disables an account, ending its sessions, and a reset password unlocks it', async () => {
    const user = await createStaffUser(t.db, { role: 'window_clerk', regionCode: '320102002' });
    const client = await signInStaff(t.app, user.username, user.password);
    await admin.patch(`/api/staff/${user.id}`, { active: false });
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    const refused = await new Client(t.app).post('/api/auth/staff/sign-in', {
      username: user.username,
      password: user.password,
    });
    expect(refused.json().error.code).toBe('ACCOUNT_DISABLED');
    await admin.patch(`/api/staff/${user.id}`, { active: true });
    const reset = await admin.post(`/api/staff/${user.id}/password`, { password: 'Reset12345' });
    const selfReset = await admin.post(`/api/staff/${adminId}/password`, { password: 'Reset12345' });
    expect(selfReset.statusCode).toBe(403);
    expect(reset.json().mustChangePassword).toBe(true);
    expect(
      (
        await new Client(t.app).post('/api/auth/staff/sign-in', {
          username: user.username,
          password: 'Reset12345',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('lists only staff of the administrator regions and hides them from clerks', async () => {
    await createStaffUser(t.db, { role: 'window_clerk', regionCode: '320104001' });
    const listed = (await admin.get('/api/staff')).json().items;
    expect(listed.every((s: { regionCode: string }) => s.regionCode.startsWith('320102'))).toBe(true);
    const clerk = await createStaffUser(t.db, { role: 'window_clerk', regionCode: '320102001' });
    const clerkClient = await signInStaff(t.app, clerk.username, clerk.password);
    expect((await clerkClient.get('/api/staff')).statusCode).toBe(403);
  });
});
