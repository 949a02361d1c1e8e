import { beforeAll, describe, expect, it } from 'vitest';
import { citizenId, createCertificateWorld, idCardRequest } from '../../../tests/support/certificate-factory';
import { createStaffUser, createVerifiedResidents } from '../../../tests/support/factories';
import { type Client, setUpTestApp, signInResident, signInStaff } from '../../../tests/support/test-app';
import { parseCertificateIdentifier } from '../../shared/certificate-identifier';
import { CERTIFICATE_TYPE_SPECS } from '../../shared/certificate-types';
import type { Role } from '../../shared/roles';
import { SYSTEM_ACTOR } from '../auth/actor';
import { REPLACED_REASON, settleHeldCertificate } from './held-duplicate';
import { issueCertificate } from './issue-certificate';

const t = setUpTestApp();
let world: Awaited<ReturnType<typeof createCertificateWorld>>;
let policeApprover: Client;
let stationChief: Client;

async function staff(role: Role, regionCode: string, departmentId: string | null = null) {
  const user = await createStaffUser(t.db, { role, regionCode, departmentId });
  return signInStaff(t.app, user.username, user.password);
}

beforeAll(async () => {
  world = await createCertificateWorld(t.db);
  policeApprover = await staff('approver', '330106', world.police);
  stationChief = await staff('chief_rep', '330106001', world.station);
});

describe('issuing a certificate', () => {
  it('issues one by hand with a GB/T 36904 identifier, an unguessable verify token, an event and a masked audit row', async () => {
    const response = await policeApprover.post('/api/certificates', idCardRequest(world.police));
    expect(response.statusCode).toBe(201);
    const issued = response.json();
    const parsed = parseCertificateIdentifier(issued.identifier);
    expect(parsed).toMatchObject({
      valid: true,
      typeCode: CERTIFICATE_TYPE_SPECS.id_card.typeCode,
      version: 1,
    });
    expect(issued.verifyToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const stored = await t.db
      .selectFrom('certificates')
      .selectAll()
      .where('id', '=', issued.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      status: 'valid',
      origin: 'manual',
      valid_until: null,
      region_code: '330106',
    });
    expect(stored.issuer_code).toBe(parsed.valid && parsed.issuerCode);
    const events = await t.db
      .selectFrom('certificate_events')
      .selectAll()
      .where('certificate_id', '=', issued.id)
      .execute();
    expect(events.map((event) => event.action)).toEqual(['issue']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity_id', '=', issued.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).not.toContain(stored.holder_number);
    expect(audit.after).toMatchObject({ holder: `3301**********${stored.holder_number.slice(-4)}` });
  });

  it('names every field at fault: holder number, data fields and an issuer of the wrong kind', async () => {
    const response = await policeApprover.post(
      '/api/certificates',
      idCardRequest(world.police, {
        holderNumber: '330106195803150021',
        data: { sex: '未知', birthDate: '1958-02-30', colour: '蓝' },
      }),
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'holderNumber',
        'data.colour',
        'data.sex',
        'data.ethnicity',
        'data.birthDate',
        'data.address',
      ]),
    );
    const admin = await staff('admin', '330106');
    const wrongKind = await admin.post('/api/certificates', idCardRequest(world.civil));
    expect(wrongKind.json().error.message).toBe('发证机关：居民身份证应由公安部门签发');
  });

  it('refuses to issue in the name of a department the staff member does not act for', async () => {
    const civilLeader = await staff('dept_leader', '330106', world.civil);
    const response = await civilLeader.post('/api/certificates', idCardRequest(world.police));
    expect(response.statusCode).toBe(403);
    const clerk = await staff('window_clerk', '330106');
    expect((await clerk.post('/api/certificates', idCardRequest(world.police))).statusCode).toBe(403);
  });

  it("issues inside the caller's transaction, so a failed case leaves no certificate behind", async () => {
    const before = await t.db.selectFrom('certificates').select('id').execute();
    await expect(
      t.db.transaction().execute(async (tx) => {
        await issueCertificate(tx, SYSTEM_ACTOR, {
          ...idCardRequest(world.police, { holderNumber: citizenId('33010619900101003') }),
          type: 'id_card',
          origin: 'case',
          originRef: 'case-1',
        });
        throw new Error('the case decision failed afterwards');
      }),
    ).rejects.toThrow('the case decision failed afterwards');
    expect(await t.db.selectFrom('certificates').select('id').execute()).toHaveLength(before.length);
    const issued = await t.db.transaction().execute((tx) =>
      issueCertificate(tx, SYSTEM_ACTOR, {
        ...idCardRequest(world.police, { holderNumber: citizenId('33010619900101003') }),
        type: 'id_card',
        origin: 'case',
        originRef: 'case-2',
      }),
    );
    const stored = await t.db
      .selectFrom('certificates')
      .select(['origin', 'origin_ref', 'valid_until', 'valid_from'])
      .where('id', '=', issued.id)
      .executeTakeFirstOrThrow();
    // Born 1990: 26-45 at issue, so twenty years (居民身份证法 art. 5).
    expect(stored).toMatchObject({ origin: 'case', origin_ref: 'case-2' });
    expect(Number(stored.valid_until?.slice(0, 4)) - Number(stored.valid_from.slice(0, 4))).toBe(20);
  });
});

describe('reading certificates', () => {
  let stationCertificate: string;
  let districtCertificate: string;

  beforeAll(async () => {
    const holderNumber = citizenId('33010619700707004');
    districtCertificate = (
      await policeApprover.post(
        '/api/certificates',
        idCardRequest(world.police, { holderNumber, holderName: '李四海', certificateNumber: holderNumber }),
      )
    ).json().id;
    stationCertificate = (
      await stationChief.post('/api/certificates', {
        type: 'household_register',
        holderName: '李四海',
        holderNumber,
        issuerDepartmentId: world.station,
        data: {
          householdNumber: '000123',
          householdType: '家庭户',
          relationToHead: '户主',
          sex: '男',
          birthDate: '1970-07-07',
          address: '测试街道1号',
        },
      })
    ).json().id;
  });

  it('lists with the holder masked, found by the exact holder number, filtered by type and status', async () => {
    const number = citizenId('33010619700707004');
    const list = (await policeApprover.post('/api/certificates/lookup', { holderNumber: number })).json();
    expect(list.total).toBe(2);
    expect(list.items[0]).toMatchObject({
      holderNameMasked: '李**',
      holderNumberMasked: `3301**********${number.slice(-4)}`,
    });
    // An ID card's number is the holder's number: masked in the list too.
    expect(JSON.stringify(list)).not.toContain(number);
    expect(JSON.stringify(list)).not.toContain('李四海');
    const byType = (
      await policeApprover.post('/api/certificates/lookup', {
        holderNumber: number,
        type: 'household_register',
      })
    ).json();
    expect(byType.items.map((item: { id: string }) => item.id)).toEqual([stationCertificate]);
    const partial = (
      await policeApprover.post('/api/certificates/lookup', { holderNumber: number.slice(0, 10) })
    ).json();
    expect(partial.total).toBe(0);
    const revoked = (await policeApprover.get('/api/certificates?status=revoked')).json();
    expect(revoked.total).toBe(0);
  });

  it("shows the full record to certificate.view in scope: a street clerk sees the district's and their own street's", async () => {
    const clerk1 = await staff('window_clerk', '330106001');
    const clerk2 = await staff('window_clerk', '330106002');
    const detail = (await clerk1.get(`/api/certificates/${stationCertificate}`)).json();
    expect(detail).toMatchObject({
      holderName: '李四海',
      canManage: false,
      data: { householdNumber: '000123' },
    });
    expect(detail.events).toEqual([expect.objectContaining({ action: 'issue', status: 'valid' })]);
    const district = (await clerk2.get(`/api/certificates/${districtCertificate}`)).json();
    expect(district.certificateNumber).toBe(citizenId('33010619700707004'));
    expect((await clerk2.get(`/api/certificates/${stationCertificate}`)).statusCode).toBe(404);
    const clerk2List = (await clerk2.get('/api/certificates?type=household_register')).json();
    expect(clerk2List.items.map((item: { id: string }) => item.id)).not.toContain(stationCertificate);
    const supervisor = await staff('supervisor', '330106');
    expect((await supervisor.get('/api/certificates')).statusCode).toBe(403);
    expect((await policeApprover.get(`/api/certificates/${districtCertificate}`)).json().canManage).toBe(
      true,
    );
  });

  it("gives a resident the certificates held under their linked ID number, and nobody else's", async () => {
    await createVerifiedResidents(t.db, [
      { phone: '13900006666', name: '李四海', idNumber: citizenId('33010619700707004') },
    ]);
    const holder = await signInResident(t.app, t.db, '13900006666');
    const held = (await holder.get('/api/resident/certificates')).json().items;
    expect(held.map((item: { id: string }) => item.id).sort()).toEqual(
      [districtCertificate, stationCertificate].sort(),
    );
    expect(held[0].verifyToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const stranger = await signInResident(t.app, t.db, '13900007777');
    expect((await stranger.get('/api/resident/certificates')).json().items).toEqual([]);
    expect((await policeApprover.get('/api/resident/certificates')).statusCode).toBe(403);
  });
});

describe('a certificate for someone already holding a valid one of its type', () => {
  const heldOf = (holderNumber: string) =>
    t.db
      .selectFrom('certificates')
      .select(['status', 'status_reason'])
      .where('holder_number', '=', holderNumber)
      .orderBy('issued_on')
      .orderBy('created_at')
      .execute();
  const settle = (type: 'id_card' | 'marriage_certificate', holderNumber: string, replaceHeld = false) =>
    t.db
      .transaction()
      .execute((tx) => settleHeldCertificate(tx, SYSTEM_ACTOR, { type, holderNumber }, replaceHeld));

  it('replaces by the type rule: the held one is revoked with reason 换发, with its event', async () => {
    const holderNumber = citizenId('33010619700101004');
    const held = await t.db.transaction().execute((tx) =>
      issueCertificate(tx, SYSTEM_ACTOR, {
        ...idCardRequest(world.police, { holderNumber }),
        type: 'id_card',
        origin: 'manual',
      }),
    );
    await settle('id_card', holderNumber);
    expect(await heldOf(holderNumber)).toEqual([{ status: 'revoked', status_reason: REPLACED_REASON }]);
    const events = await t.db
      .selectFrom('certificate_events')
      .select(['action', 'reason'])
      .where('certificate_id', '=', held.id)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { action: 'issue', reason: null },
      { action: 'revoke', reason: '换发' },
    ]);
  });

  it('refuses by the type rule, whatever the clerk chose, and leaves the held one valid', async () => {
    const holderNumber = citizenId('33010619800101005');
    await t.db.transaction().execute((tx) =>
      issueCertificate(tx, SYSTEM_ACTOR, {
        type: 'marriage_certificate',
        holderName: '王芳',
        holderNumber,
        issuerDepartmentId: world.civil,
        data: {
          registeredOn: '2010-05-01',
          spouseName: '李明',
          spouseIdNumber: citizenId('33010619790101001'),
        },
        origin: 'manual',
      }),
    );
    await expect(settle('marriage_certificate', holderNumber, true)).rejects.toMatchObject({
      code: 'CERTIFICATE_ALREADY_HELD',
      statusCode: 409,
    });
    expect(await heldOf(holderNumber)).toEqual([{ status: 'valid', status_reason: null }]);
  });
});
