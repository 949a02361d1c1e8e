import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { citizenId, createCertificateWorld, idCardRequest } from '../../../tests/support/certificate-factory';
import { createStaffUser } from '../../../tests/support/factories';
import { Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';

const t = setUpTestApp();
let world: Awaited<ReturnType<typeof createCertificateWorld>>;
let approver: Client;
let issued: { id: string; verifyToken: string; identifier: string };
const HOLDER = citizenId('33010619580315002');

beforeAll(async () => {
  world = await createCertificateWorld(t.db);
  const user = await createStaffUser(t.db, {
    role: 'approver',
    regionCode: '330106',
    departmentId: world.police,
  });
  approver = await signInStaff(t.app, user.username, user.password);
  issued = (await approver.post('/api/certificates', idCardRequest(world.police))).json();
});

const change = (id: string, body: { change: string; reason: string }) =>
  approver.post(`/api/certificates/${id}/status-changes`, body);
const verify = (token: string) => new Client(t.app).get(`/api/public/certificates/${token}`);

describe('public verification', () => {
  it('says only the status, type, issuer, dates and the masked holder', async () => {
    const response = await verify(issued.verifyToken);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(
      [
        'checkedOn',
        'holderNameMasked',
        'holderNumberMasked',
        'issuedOn',
        'issuerName',
        'status',
        'type',
        'typeName',
        'validFrom',
        'validUntil',
      ].sort(),
    );
    expect(body).toMatchObject({
      status: 'valid',
      typeName: '居民身份证',
      issuerName: '测试区公安分局',
      holderNameMasked: '张**',
      holderNumberMasked: `3301**********${HOLDER.slice(-4)}`,
      validUntil: null,
    });
    for (const secret of [HOLDER, '张秀英', '潮鸣路', issued.identifier, '1958-03-15'])
      expect(response.body).not.toContain(secret);
  });

  it('answers an unknown or malformed token with not found, and says when a certificate has run out', async () => {
    expect((await verify('A'.repeat(32))).statusCode).toBe(404);
    expect((await verify('short')).statusCode).toBe(400);
    const residence = await approver.post('/api/certificates', {
      type: 'residence_permit',
      holderName: '王五',
      holderNumber: citizenId('33010619900101005'),
      issuerDepartmentId: world.police,
      data: { sex: '男', birthDate: '1990-01-01', residenceAddress: '测试区某路2号', address: '外省某地' },
    });
    const { id, verifyToken } = residence.json();
    expect((await verify(verifyToken)).json().status).toBe('valid');
    await t.db
      .updateTable('certificates')
      .set({ valid_from: '2020-01-01', valid_until: '2021-01-01' })
      .where('id', '=', id)
      .execute();
    expect((await verify(verifyToken)).json().status).toBe('expired');
    const suspend = await change(id, { change: 'suspend', reason: '核查中' });
    expect(suspend.statusCode).toBe(409);
    expect(suspend.json().error.message).toBe('证照当前已过期，不能暂停使用');
  });
});

describe('suspension, reinstatement and revocation', () => {
  it('changes the status with a reason each time, seen on the verification page and in the history', async () => {
    expect((await change(issued.id, { change: 'suspend', reason: '' })).json().error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await change(issued.id, { change: 'suspend', reason: '证件挂失' })).json()).toEqual({
      status: 'suspended',
    });
    expect((await verify(issued.verifyToken)).json().status).toBe('suspended');
    expect((await change(issued.id, { change: 'reinstate', reason: '已找回' })).json().status).toBe('valid');
    expect((await change(issued.id, { change: 'revoke', reason: '已换领新证' })).json().status).toBe(
      'revoked',
    );
    expect((await verify(issued.verifyToken)).json().status).toBe('revoked');
    const again = await change(issued.id, { change: 'reinstate', reason: '误操作' });
    expect(again.statusCode).toBe(409);
    const detail = (await approver.get(`/api/certificates/${issued.id}`)).json();
    expect(detail).toMatchObject({ status: 'revoked', statusReason: '已换领新证' });
    expect(
      detail.events.map((event: { action: string; reason: string | null }) => [event.action, event.reason]),
    ).toEqual([
      ['issue', null],
      ['suspend', '证件挂失'],
      ['reinstate', '已找回'],
      ['revoke', '已换领新证'],
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', issued.id)
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'certificate.issue',
      'certificate.suspend',
      'certificate.reinstate',
      'certificate.revoke',
    ]);
  });

  it('keeps the history append-only', async () => {
    await expect(sql`UPDATE certificate_events SET reason = 'x'`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM certificate_events`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('lets only the issuing department change it: others get 403, those out of scope 404', async () => {
    const fresh = (
      await approver.post(
        '/api/certificates',
        idCardRequest(world.police, { holderNumber: citizenId('33010619700101006') }),
      )
    ).json();
    const civilUser = await createStaffUser(t.db, {
      role: 'dept_leader',
      regionCode: '330106',
      departmentId: world.civil,
    });
    const civil = await signInStaff(t.app, civilUser.username, civilUser.password);
    const body = { change: 'revoke', reason: '测试' };
    expect((await civil.post(`/api/certificates/${fresh.id}/status-changes`, body)).statusCode).toBe(403);
    // A street's administrator sees the district's certificates but cannot change them,
    // and does not see another street's at all.
    const streetAdmin = await createStaffUser(t.db, { role: 'admin', regionCode: '330106002' });
    const street2 = await signInStaff(t.app, streetAdmin.username, streetAdmin.password);
    expect((await street2.post(`/api/certificates/${fresh.id}/status-changes`, body)).statusCode).toBe(403);
    const stationUser = await createStaffUser(t.db, { role: 'admin', regionCode: '330106001' });
    const station = await signInStaff(t.app, stationUser.username, stationUser.password);
    const stationCertificate = (
      await station.post(
        '/api/certificates',
        idCardRequest(world.station, { holderNumber: citizenId('33010619700101007') }),
      )
    ).json();
    expect(
      (await street2.post(`/api/certificates/${stationCertificate.id}/status-changes`, body)).statusCode,
    ).toBe(404);
    expect(
      (await station.post(`/api/certificates/${stationCertificate.id}/status-changes`, body)).statusCode,
    ).toBe(200);
  });
});
