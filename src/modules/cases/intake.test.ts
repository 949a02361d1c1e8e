import { beforeAll, describe, expect, it } from 'vitest';
import {
  createIntakeWorld,
  elderlyIntake,
  type IntakeWorld,
  visitorIntake,
} from '../../../tests/support/case-world';
import { setUpTestApp } from '../../../tests/support/test-app';

const t = setUpTestApp();
let world: IntakeWorld;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330181');
});

const countCases = async () =>
  Number(
    (
      await t.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('starting a case at the window', () => {
  it('numbers the case, pre-fills the form from the registry and logs that read with the case number', async () => {
    const response = await world.clerk.post('/api/cases', elderlyIntake(world));
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created.caseNumber).toMatch(new RegExp(`^${world.street}-\\d{8}-\\d{6}$`));
    expect(created.publicCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created).toMatchObject({
      status: 'submitted',
      version: 1,
      channel: 'window',
      registry: 'read',
      applicant: { kind: 'person', number: world.residents.local, name: '张秀英', phone: '13800000001' },
      routing: { basis: 'household', anyWindow: false, competentRegion: world.district },
      counts: { visits: 1, reusedMaterials: 0, tolerant: false },
    });
    expect(created.formData).toMatchObject({
      applicant_name: '张秀英',
      applicant_id_number: world.residents.local,
      phone: '13800000001',
    });
    expect(created.timeline.map((entry: { kind: string }) => entry.kind)).toEqual(['created']);
    expect(created.timeline[0]).toMatchObject({
      channel: 'window',
      place: expect.stringContaining('1号窗口'),
    });
    const read = await t.db
      .selectFrom('data_reads')
      .select(['purpose', 'case_ref'])
      .where('subject_number', '=', world.residents.local)
      .executeTakeFirstOrThrow();
    expect(read).toEqual({ purpose: '综合窗口受理', case_ref: created.caseNumber });
    const message = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('recipient', '=', '13800000001')
      .where('purpose', '=', 'case_status')
      .executeTakeFirstOrThrow();
    expect(message.body).toContain(created.caseNumber);
    // An absolute link a phone can open: the public base URL (default the printed http://localhost:3000).
    expect(message.body).toContain(`进度查询：http://localhost:3000/t/${created.publicCode}`);
  });

  it('answers a retry with the same Idempotency-Key with the same case, never a second one', async () => {
    const body = elderlyIntake(world);
    const headers = { 'idempotency-key': 'intake-retry-1' };
    const first = await world.clerk.request('POST', '/api/cases', body, headers);
    expect(first.statusCode, first.body).toBe(201);
    const before = await countCases();
    const again = await world.clerk.request('POST', '/api/cases', body, headers);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, replayed: true });
    expect(await countCases()).toBe(before);
    const otherBody = await world.clerk.request(
      'POST',
      '/api/cases',
      { ...body, formData: { phone: '13900000000' } },
      headers,
    );
    expect(otherBody.statusCode).toBe(409);
    expect(otherBody.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('makes one case of two concurrent submissions with the same key', async () => {
    const body = elderlyIntake(world);
    const headers = { 'idempotency-key': 'intake-race-1' };
    const before = await countCases();
    const [a, b] = await Promise.all([
      world.clerk.request('POST', '/api/cases', body, headers),
      world.clerk.request('POST', '/api/cases', body, headers),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
    expect(await countCases()).toBe(before + 1);
  });

  it('refuses an unknown item and an invalid ID number precisely, storing nothing', async () => {
    const before = await countCases();
    const unknown = await world.clerk.post(
      '/api/cases',
      elderlyIntake(world, { itemId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'UNKNOWN_ITEM',
      details: [{ field: 'itemId', label: '事项' }],
    });
    const wrongCheck = `${world.residents.local.slice(0, 17)}${world.residents.local.endsWith('1') ? '2' : '1'}`;
    const badCheck = await world.clerk.post(
      '/api/cases',
      elderlyIntake(world, { applicant: { kind: 'person', number: wrongCheck } }),
    );
    expect(badCheck.statusCode).toBe(400);
    expect(badCheck.json().error.details[0]).toMatchObject({
      field: 'applicant.number',
      label: '申请人证件号码',
      message: '身份证号码校验位不正确，请核对后重新输入',
    });
    const badDate = await world.clerk.post(
      '/api/cases',
      elderlyIntake(world, { applicant: { kind: 'person', number: '330181195002300011' } }),
    );
    expect(badDate.json().error.details[0].message).toBe('身份证号码中的出生日期无效');
    expect(await countCases()).toBe(before);
  });

  it('names every problem of the form and of the recorded materials at once', async () => {
    const form = await world.clerk.post(
      '/api/cases',
      elderlyIntake(world, { formData: { phone: '12345', favourite_colour: '蓝' } }),
    );
    expect(form.statusCode).toBe(400);
    expect(form.json().error.code).toBe('FORM_INVALID');
    expect(
      form
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['formData.favourite_colour', 'formData.phone']);
    const materials = await world.clerk.post(
      '/api/cases',
      elderlyIntake(world, {
        materials: [
          { key: 'photo', state: 'not_applicable' },
          { key: 'identity_proof', state: 'defective' },
          { key: 'no_such_material', state: 'provided' },
        ],
      }),
    );
    expect(materials.statusCode).toBe(400);
    expect(materials.json().error).toMatchObject({ code: 'MATERIALS_INVALID' });
    expect(materials.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'materials.0.state',
      'materials.1.reason',
      'materials.2.key',
    ]);
  });

  it('asks for the region of an applicant the registry does not know, then takes the case', async () => {
    const body = elderlyIntake(world, { applicant: { kind: 'person', number: world.residents.unknown } });
    const withoutRegion = await world.clerk.post('/api/cases', {
      ...body,
      applicant: { ...body.applicant, name: '李四', phone: '13800000003' },
    });
    expect(withoutRegion.statusCode).toBe(400);
    expect(withoutRegion.json().error).toMatchObject({ code: 'APPLICANT_REGION_UNKNOWN' });
    const response = await world.clerk.post('/api/cases', {
      ...body,
      applicant: { ...body.applicant, name: '李四', phone: '13800000003', regionCode: `${world.street}002` },
      formData: { household_address: '测试路1号' },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ registry: 'not_in_registry', applicant: { name: '李四' } });
    expect(response.json().formData).toMatchObject({ applicant_name: '李四', phone: '13800000003' });
  });

  it('lets a clerk take applications only at the windows of their halls', async () => {
    const response = await world.clerk.post(
      '/api/cases',
      elderlyIntake(world, { windowId: world.otherHall.windowId }),
    );
    expect(response.statusCode).toBe(403);
    const grid = await world.grid.post('/api/cases', elderlyIntake(world));
    expect(grid.statusCode).toBe(403);
  });

  it('lets a grid worker apply on behalf of a resident of their grid, recorded as the agent', async () => {
    const response = await world.grid.post('/api/cases', {
      ...elderlyIntake(world),
      channel: 'agent',
      windowId: undefined,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      channel: 'agent',
      agent: { isStaff: true },
      counts: { visits: 0 },
      routing: { intakeRegion: world.street },
    });
    const outside = await world.grid.post(
      '/api/cases',
      visitorIntake(world, { channel: 'agent', windowId: undefined }),
    );
    expect(outside.statusCode).toBe(403);
  });

  it("records a private person applying on the applicant's behalf", async () => {
    const response = await world.clerk.post(
      '/api/cases',
      elderlyIntake(world, { agent: { name: '张小明', idNumber: world.residents.unknown } }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().agent).toEqual({
      name: '张小明',
      number: world.residents.unknown,
      isStaff: false,
    });
  });
});

describe('case lists', () => {
  it("lists the cases of the clerk's regions with masked names, by status and number", async () => {
    const created = (await world.clerk.post('/api/cases', elderlyIntake(world))).json();
    const listed = (
      await world.clerk.get(`/api/cases?status=submitted&q=${created.caseNumber.slice(-6)}`)
    ).json();
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({
      id: created.id,
      applicantNameMasked: '张*英',
      status: 'submitted',
      promisedDeadline: null,
      workingDaysLeft: null,
    });
    expect(JSON.stringify(listed)).not.toContain(world.residents.local);
    const byApplicant = (
      await world.clerk.post('/api/cases/lookup', { applicantNumber: world.residents.local })
    ).json();
    expect(byApplicant.items.map((item: { id: string }) => item.id)).toContain(created.id);
    const byOther = (
      await world.clerk.post('/api/cases/lookup', { applicantNumber: world.residents.unknown })
    ).json();
    expect(byOther.items.map((item: { id: string }) => item.id)).not.toContain(created.id);
    const elsewhere = (await world.otherClerk.get('/api/cases')).json();
    expect(elsewhere.items.map((item: { id: string }) => item.id)).not.toContain(created.id);
    const overdue = await world.clerk.get('/api/cases/commitments/overdue');
    expect(overdue.json()).toEqual({ items: [] });
    expect((await world.grid.get('/api/cases/commitments/overdue')).statusCode).toBe(403);
  });
});
