import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDepartment,
  createRegionTree,
  createStaffUser,
  createVerifiedResidents,
} from '../../../tests/support/factories';
import { testIdNumber } from '../../../tests/support/registry-files';

import { type Client, setUpTestApp, signInResident, signInStaff } from '../../../tests/support/test-app';
import { saveRecords } from './registry-records';

const t = setUpTestApp();
let admin: Client;
let clerk: Client;
let outsider: Client;
let windowDepartment: string;
let dataOfficeId: string;
const resident = testIdNumber('330107', 7);
const elsewhere = testIdNumber('330108', 8);
const stamp = { sourceId: 'seed', source: '测试来源', asOf: '2026-10-01', at: '2026-10-01T00:00:00Z' };

beforeAll(async () => {
  await createRegionTree(t.db, '330107', 1, 1);
  await createRegionTree(t.db, '330108', 1, 1);
  windowDepartment = await createDepartment(t.db, '330107', '共享测试便民服务中心');
  const dataOffice = await createDepartment(t.db, '330107', '共享测试数据局');
  dataOfficeId = dataOffice;
  const adminUser = await createStaffUser(t.db, {
    role: 'admin',
    regionCode: null,
    departmentId: dataOffice,
  });
  const clerkUser = await createStaffUser(t.db, {
    role: 'window_clerk',
    regionCode: '330107',
    departmentId: windowDepartment,
  });
  const outsiderUser = await createStaffUser(t.db, {
    role: 'window_clerk',
    regionCode: '330107',
    departmentId: null,
  });
  [admin, clerk, outsider] = await Promise.all([
    signInStaff(t.app, adminUser.username, adminUser.password),
    signInStaff(t.app, clerkUser.username, clerkUser.password),
    signInStaff(t.app, outsiderUser.username, outsiderUser.password),
  ]);
  const values = (region: string) => ({
    sex: 'female',
    birthDate: '1950-01-01',
    name: '钱多多',
    phone: '13700000007',
    maritalStatus: 'married',
    residenceRegionCode: region,
    specialGroups: ['elderly'],
  });
  await saveRecords(t.db, 'person', [
    { number: resident, values: values('330107001001'), sources: { name: stamp, phone: stamp } },
    { number: elsewhere, values: values('330108001001'), sources: { name: stamp } },
  ]);
  await createVerifiedResidents(t.db, [{ phone: '13700000007', idNumber: resident, name: '钱多多' }]);
});

const read = (client: Client, number: string, purpose: string) =>
  client.post('/api/registry/persons/lookup', { idNumber: number, purpose, caseRef: 'SL2026112300001' });

describe('sharing registry data through field-level grants', () => {
  it('shows no personal field without a grant for the purpose', async () => {
    const response = await read(clerk, resident, '综合窗口受理');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('NO_DATA_GRANT');
    expect((await read(outsider, resident, '综合窗口受理')).json().error.code).toBe('NO_DEPARTMENT');
  });

  it('returns exactly the granted fields, logs the read, and the person sees who read what', async () => {
    const granted = await admin.post('/api/registry/grants', {
      departmentId: windowDepartment,
      subjectKind: 'person',
      purpose: '综合窗口受理',
      fields: ['name', 'phone', 'residenceRegionCode'],
      roles: ['window_clerk'],
    });
    expect(granted.statusCode, granted.body).toBe(201);
    const response = await read(clerk, resident, '综合窗口受理');
    expect(response.statusCode, response.body).toBe(200);
    const profile = response.json();
    expect(profile.fields.map((field: { key: string }) => field.key)).toEqual([
      'name',
      'phone',
      'residenceRegionCode',
    ]);
    expect(profile.fields[1]).toMatchObject({ value: '13700000007', source: { source: '测试来源' } });
    expect(profile.withheld).toEqual(expect.arrayContaining(['maritalStatus', 'specialGroups', 'sex']));
    expect(JSON.stringify(profile)).not.toContain('married');
    expect(profile.regionNames).toEqual({ '330107001001': '测试区330107 测试街道1 测试社区1-1' });
    const logged = await t.db
      .selectFrom('data_reads')
      .selectAll()
      .where('subject_number', '=', resident)
      .execute();
    expect(logged).toEqual([
      expect.objectContaining({
        purpose: '综合窗口受理',
        fields: ['name', 'phone', 'residenceRegionCode'],
        case_ref: 'SL2026112300001',
      }),
    ]);
    const person = await signInResident(t.app, t.db, '13700000007');
    const reads = (await person.get('/api/me/data-reads')).json().items;
    expect(reads).toEqual([
      expect.objectContaining({
        kind: 'registry',
        departmentName: '共享测试便民服务中心',
        purpose: '综合窗口受理',
        staffName: expect.stringContaining('*'),
      }),
    ]);
  });

  it("keeps a person outside the reader's region out of reach, and a revoked grant stops reads", async () => {
    const lookUp = (caseRef?: string) =>
      clerk.post('/api/registry/persons/lookup', {
        idNumber: elsewhere,
        purpose: '综合窗口受理',
        ...(caseRef ? { caseRef } : {}),
      });
    expect((await lookUp()).statusCode).toBe(404);
    // Any-window intake (通办): a named case lets the window read an applicant from elsewhere, logged with it.
    expect((await lookUp('330107001-20261123-000001')).statusCode).toBe(200);
    const logged = await t.db
      .selectFrom('data_reads')
      .select('case_ref')
      .where('subject_number', '=', elsewhere)
      .execute();
    expect(logged).toEqual([{ case_ref: '330107001-20261123-000001' }]);
    const grants = (await admin.get('/api/registry/grants')).json().items;
    const grant = grants.find(
      (row: { purpose: string; revoked_at: unknown }) => row.purpose === '综合窗口受理' && !row.revoked_at,
    );
    expect((await admin.post(`/api/registry/grants/${grant.id}/revoke`)).statusCode).toBe(204);
    expect((await read(clerk, resident, '综合窗口受理')).json().error.code).toBe('NO_DATA_GRANT');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'data_grant')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['data_grant.create', 'data_grant.revoke']);
  });

  it('names only granted region codes, and only those the region table knows', async () => {
    const person = testIdNumber('330107', 9);
    await saveRecords(t.db, 'person', [
      {
        number: person,
        values: {
          sex: 'female',
          birthDate: '1950-01-01',
          name: '孙小梅',
          householdRegionCode: '330199001001',
          residenceRegionCode: '330107001001',
        },
        sources: {},
      },
    ]);
    const granted = await admin.post('/api/registry/grants', {
      departmentId: dataOfficeId,
      subjectKind: 'person',
      purpose: '区划核对',
      fields: ['name', 'householdRegionCode'],
      roles: ['admin'],
    });
    expect(granted.statusCode, granted.body).toBe(201);
    const profile = (await read(admin, person, '区划核对')).json();
    expect(profile.fields).toEqual([
      expect.objectContaining({ key: 'name', value: '孙小梅' }),
      expect.objectContaining({ key: 'householdRegionCode', value: '330199001001' }),
    ]);
    expect(profile.regionNames).toEqual({});
  });

  it('refuses an ID number that fails its check with the reason, and a grant of unknown fields', async () => {
    const wrong = `${resident.slice(0, 17)}${resident[17] === '1' ? '2' : '1'}`;
    const response = await read(clerk, wrong, '综合窗口受理');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].message).toBe('身份证号码校验位不正确，请核对后重新输入');
    const bad = await admin.post('/api/registry/grants', {
      departmentId: windowDepartment,
      subjectKind: 'person',
      purpose: '测试',
      fields: ['salary'],
      roles: ['window_clerk'],
    });
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'fields' }] });
    expect(
      (
        await clerk.post('/api/registry/grants', {
          departmentId: windowDepartment,
          subjectKind: 'person',
          purpose: '自己授权',
          fields: ['name'],
          roles: ['window_clerk'],
        })
      ).statusCode,
    ).toBe(403);
  });

  it('reads only for a role the grant names: the grid worker of a department holding the window grant reads nothing', async () => {
    const grid = await createStaffUser(t.db, {
      role: 'grid_worker',
      regionCode: '330107',
      departmentId: windowDepartment,
    });
    const gridWorker = await signInStaff(t.app, grid.username, grid.password);
    const granted = await admin.post('/api/registry/grants', {
      departmentId: windowDepartment,
      subjectKind: 'person',
      purpose: '窗口核对',
      fields: ['name', 'phone'],
      roles: ['window_clerk'],
    });
    expect(granted.statusCode, granted.body).toBe(201);
    expect((await read(clerk, resident, '窗口核对')).statusCode).toBe(200);
    const refused = await read(gridWorker, resident, '窗口核对');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('PURPOSE_NOT_FOR_ROLE');
    const purposes = (await gridWorker.get('/api/registry/purposes?kind=person')).json().items;
    expect(purposes).toEqual([]);
    const readsByGrid = await t.db
      .selectFrom('data_reads')
      .select('id')
      .where('staff_id', '=', grid.id)
      .execute();
    expect(readsByGrid).toEqual([]);
    // A role whose work never reads the registry cannot be named.
    const editorGrant = await admin.post('/api/registry/grants', {
      departmentId: windowDepartment,
      subjectKind: 'person',
      purpose: '事项编制',
      fields: ['name'],
      roles: ['catalog_editor'],
    });
    expect(editorGrant.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'roles' }],
    });
  });
});
