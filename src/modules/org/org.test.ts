import { beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createRegionTree, createStaffUser } from '../../../tests/support/factories';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';

const t = setUpTestApp();
let districtAdmin: Client;
let streetClerk: Client;
let platformAdmin: Client;

beforeAll(async () => {
  await createRegionTree(t.db, '440304', 3, 2);
  await createRegionTree(t.db, '440305', 1, 1);
  const admin = await createStaffUser(t.db, { role: 'admin', regionCode: '440304' });
  const clerk = await createStaffUser(t.db, { role: 'window_clerk', regionCode: '440304002' });
  const root = await createStaffUser(t.db, { role: 'admin', regionCode: null });
  districtAdmin = await signInStaff(t.app, admin.username, admin.password);
  streetClerk = await signInStaff(t.app, clerk.username, clerk.password);
  platformAdmin = await signInStaff(t.app, root.username, root.password);
});

describe('region tree', () => {
  it('shows each user only their own subtree', async () => {
    const clerkView = (await streetClerk.get('/api/regions'))
      .json()
      .items.map((r: { code: string }) => r.code);
    expect(clerkView).toEqual(['440304002', '440304002001', '440304002002']);
    const adminView = (await districtAdmin.get('/api/regions')).json().items;
    expect(adminView).toHaveLength(1 + 3 + 6);
    expect(adminView[0]).toMatchObject({ code: '440304', level: 'district', parentCode: null });
  });

  it('creates a street under the district and records who did it', async () => {
    const created = await districtAdmin.post('/api/regions', { code: '440304009', name: '新建街道' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ level: 'street', parentCode: '440304', active: true });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', '440304009')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'region.create', actor_kind: 'staff', before: null });
    expect(audit[0]?.after).toMatchObject({ name: '新建街道' });
  });

  it('refuses codes that do not fit the tree', async () => {
    const orphan = await districtAdmin.post('/api/regions', { code: '440304777001', name: '无上级社区' });
    expect(orphan.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'code' }] });
    const shape = await districtAdmin.post('/api/regions', { code: '4403041', name: '七位代码' });
    expect(shape.json().error.message).toMatch(/^代码：区划代码应为6位/);
    const duplicate = await districtAdmin.post('/api/regions', { code: '440304001', name: '重复' });
    expect(duplicate.json().error.code).toBe('REGION_CODE_TAKEN');
  });

  it('keeps administrators inside their own region', async () => {
    expect(
      (await districtAdmin.post('/api/regions', { code: '440305009', name: '越权街道' })).statusCode,
    ).toBe(403);
    expect((await districtAdmin.post('/api/regions', { code: '440399', name: '新区' })).statusCode).toBe(403);
    expect((await platformAdmin.post('/api/regions', { code: '440399', name: '新区' })).statusCode).toBe(201);
    expect(
      (await streetClerk.post('/api/regions', { code: '440304002009', name: '窗口新建' })).statusCode,
    ).toBe(403);
  });

  it('edits with before and after in the audit log, and refuses to orphan children', async () => {
    const renamed = await districtAdmin.patch('/api/regions/440304003', { name: '改名街道' });
    expect(renamed.json().name).toBe('改名街道');
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'region.update')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ name: '测试街道3' });
    expect(audit.after).toMatchObject({ name: '改名街道' });
    const deactivate = await districtAdmin.patch('/api/regions/440304003', { active: false });
    expect(deactivate.json().error.code).toBe('REGION_HAS_ACTIVE_CHILDREN');
  });
});

describe('departments, halls and windows', () => {
  it('creates a department with a checked credit code at the region level', async () => {
    const bad = await districtAdmin.post('/api/departments', {
      name: '测试民政局',
      kind: 'civil_affairs',
      regionCode: '440304',
      creditCode: '91350100M000100Y44',
    });
    expect(bad.json().error.message).toBe('统一社会信用代码：统一社会信用代码校验位不正确，请核对后重新输入');
    const good = await districtAdmin.post('/api/departments', {
      name: '测试民政局',
      kind: 'civil_affairs',
      regionCode: '440304',
      creditCode: '91350100M000100Y43',
    });
    expect(good.statusCode).toBe(201);
    expect(good.json()).toMatchObject({ level: 'district', regionName: '测试区440304' });
    const clerkSees = (await streetClerk.get('/api/departments')).json().items;
    expect(clerkSees.map((d: { name: string }) => d.name)).not.toContain('测试民政局');
  });

  it('creates a hall with opening hours and windows with unique numbers', async () => {
    const hours = [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }];
    const hall = await districtAdmin.post('/api/halls', {
      name: '测试街道2便民服务中心',
      regionCode: '440304002',
      address: '测试路1号',
      openingHours: hours,
    });
    expect(hall.statusCode).toBe(201);
    const hallId = hall.json().id;
    const badHours = await districtAdmin.patch(`/api/halls/${hallId}`, {
      openingHours: [{ days: [1], open: '17:00', close: '09:00' }],
    });
    expect(badHours.json().error.message).toMatch(/结束时间须晚于开始时间/);
    const first = await districtAdmin.post(`/api/halls/${hallId}/windows`, {
      number: 1,
      kind: 'comprehensive',
      name: '综合受理',
    });
    expect(first.statusCode).toBe(201);
    const clash = await districtAdmin.post(`/api/halls/${hallId}/windows`, { number: 1, kind: 'priority' });
    expect(clash.json().error).toMatchObject({ code: 'WINDOW_NUMBER_TAKEN', details: [{ field: 'number' }] });
    const list = (await streetClerk.get(`/api/halls/${hallId}/windows`)).json().items;
    expect(list).toHaveLength(1);
    expect((await streetClerk.get('/api/halls')).json().items[0]).toMatchObject({
      id: hallId,
      windowCount: 1,
      openingHours: hours,
    });
    expect(
      (await streetClerk.post(`/api/halls/${hallId}/windows`, { number: 2, kind: 'priority' })).statusCode,
    ).toBe(403);
  });

  it('hides halls outside the scope as if they did not exist', async () => {
    const departmentId = await createDepartment(t.db, '440305');
    expect(departmentId).toBeTruthy();
    const hall = await platformAdmin.post('/api/halls', {
      name: '外区大厅',
      regionCode: '440305',
      openingHours: [],
    });
    const seen = await streetClerk.get(`/api/halls/${hall.json().id}`);
    expect(seen.statusCode).toBe(404);
  });
});
