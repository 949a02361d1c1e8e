import { beforeAll, describe, expect, it } from 'vitest';
import {
  createIntakeWorld,
  elderlyIntake,
  type IntakeWorld,
  visitorIntake,
} from '../../../tests/support/case-world';
import { heldIdCard } from '../../../tests/support/certificate-factory';
import { createVerifiedResidents } from '../../../tests/support/factories';
import { pngImage } from '../../../tests/support/file-fixtures';
import { type Client, setUpTestApp, signInResident } from '../../../tests/support/test-app';

const t = setUpTestApp();
let world: IntakeWorld;
let resident: Client;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330186');
  await createVerifiedResidents(t.db, [
    { phone: '13700000001', idNumber: world.residents.local, name: '张秀英' },
  ]);
  resident = await signInResident(t.app, t.db, '13700000001');
});

/** A material of the resident's, uploaded in the app and confirmed for reuse. */
async function confirmedPhoto(client: Client): Promise<string> {
  const upload = await client.uploadForm(
    '/api/resident/materials',
    { name: '近期一寸彩照', catalogItemId: world.items.elderly, materialKey: 'photo' },
    { name: 'photo.png', bytes: pngImage(24, 32), type: 'image/png' },
  );
  expect(upload.statusCode, upload.body).toBe(201);
  await client.post(`/api/materials/${upload.json().id}/consent`, { decision: 'confirmed' });
  return upload.json().id;
}

const certificate = (holder: string, validUntil: string | null) =>
  heldIdCard(t.db, { holder, validUntil, issuer: world.civil, region: world.district });

describe('reuse instead of paper', () => {
  it("starts with the applicant's valid certificate and confirmed material in use, offers them, and records the use", async () => {
    const photo = await confirmedPhoto(resident);
    const valid = await certificate(world.residents.local, null);
    const expired = await certificate(world.residents.local, '2020-01-01');
    const created = (await world.clerk.post('/api/cases', elderlyIntake(world, { materials: [] }))).json();
    expect(created.counts.reusedMaterials).toBe(2);
    expect(
      created.materials.map((material: { key: string; state: string }) => [material.key, material.state]),
    ).toEqual([
      ['identity_proof', 'reused_certificate'],
      ['photo', 'reused_material'],
      ['agent_authorisation', 'not_applicable'],
    ]);
    expect(created.acts).toContain('accept');
    const check = (await world.clerk.get(`/api/cases/${created.id}/material-check`)).json();
    const offers = Object.fromEntries(
      check.materials.map((material: { key: string; offers: unknown }) => [material.key, material.offers]),
    );
    expect(offers.photo.materials.map((material: { id: string }) => material.id)).toEqual([photo]);
    expect(offers.identity_proof.certificates.map((entry: { id: string }) => entry.id)).toEqual([valid]);
    const useExpired = await world.clerk.put(`/api/cases/${created.id}/materials`, {
      version: created.version,
      materials: [{ key: 'identity_proof', state: 'reused_certificate', certificateId: expired }],
    });
    expect(useExpired.statusCode).toBe(400);
    expect(useExpired.json().error.code).toBe('CERTIFICATE_NOT_USABLE');
    const detail = (await world.clerk.get(`/api/cases/${created.id}`)).json();
    expect(detail.materials.find((m: { key: string }) => m.key === 'identity_proof').certificateId).toBe(
      valid,
    );
    expect(detail.materials.find((m: { key: string }) => m.key === 'photo').materialId).toBe(photo);
    const uses = await t.db
      .selectFrom('material_uses')
      .select(['case_ref', 'material_key'])
      .where('material_id', '=', photo)
      .execute();
    expect(uses).toEqual([{ case_ref: created.caseNumber, material_key: 'photo' }]);
    const accepted = await world.clerk.post(`/api/cases/${created.id}/accept`, {
      version: created.version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it("will not reuse someone else's material", async () => {
    const photo = await confirmedPhoto(resident);
    const body = visitorIntake(world, {
      materials: [{ key: 'photo', state: 'reused_material', materialId: photo }],
    });
    const response = await world.clerk.post('/api/cases', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code, response.body).toBe('MATERIAL_NOT_APPLICANTS');
  });
});

describe('public progress by the receipt code', () => {
  it('shows the item, status, office and a dated timeline with no personal data', async () => {
    const created = (await world.clerk.post('/api/cases', elderlyIntake(world))).json();
    await world.clerk.post(`/api/cases/${created.id}/accept`, { version: 1 });
    const response = await t.app.inject({ method: 'GET', url: `/api/public/progress/${created.publicCode}` });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({
      caseNumber: created.caseNumber,
      itemName: '老年优待证办理（测试）',
      status: 'accepted',
      statusLabel: '已受理',
      departmentName: `${world.district}民政局`,
      applicantNameMasked: '张*英',
      workingDaysLeft: 0,
    });
    expect(page.timeline.map((entry: { label: string }) => entry.label)).toEqual(['提交申请', '受理']);
    expect(page.timeline[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    const clerkName = (
      await t.db
        .selectFrom('case_events')
        .select('actor_name')
        .where('case_id', '=', created.id)
        .executeTakeFirstOrThrow()
    ).actor_name;
    for (const secret of [world.residents.local, '张秀英', '13800000001', '测试区', clerkName]) {
      expect(response.body).not.toContain(secret);
    }
    expect(page.handlerNameMasked).not.toBe(clerkName);
  });

  it('counts the days left to a deadline on 31 December, whose countdown ends in the next year', async () => {
    const created = (await world.clerk.post('/api/cases', elderlyIntake(world))).json();
    await world.clerk.post(`/api/cases/${created.id}/accept`, { version: 1 });
    const yearEnd = `${new Date().getFullYear() + 1}-12-31`;
    await t.db
      .updateTable('cases')
      .set({ promised_deadline: new Date(`${yearEnd}T23:59:59+08:00`) })
      .where('id', '=', created.id)
      .execute();
    const response = await t.app.inject({ method: 'GET', url: `/api/public/progress/${created.publicCode}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().workingDaysLeft).toBeGreaterThan(200);
    const list = await world.clerk.get(`/api/cases?q=${created.caseNumber}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items[0].workingDaysLeft).toBe(response.json().workingDaysLeft);
  });

  it('answers an unknown code with 404 and a malformed one with 400', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/public/progress/AAAAAAAAAAAAAAAAAAAAAA' });
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.app.inject({ method: 'GET', url: '/api/public/progress/short' });
    expect(malformed.statusCode).toBe(400);
  });
});

describe('a resident applying online', () => {
  it("applies with reused materials; a clerk of the resident's street decides; the resident follows it", async () => {
    const photo = await confirmedPhoto(resident);
    const idScan = (
      await resident.uploadForm(
        '/api/resident/materials',
        { name: '身份证复印件' },
        { name: 'id.png', bytes: pngImage(40, 30), type: 'image/png' },
      )
    ).json().id;
    const body = {
      itemId: world.items.elderly,
      materials: [
        { key: 'photo', state: 'reused_material', materialId: photo },
        { key: 'identity_proof', state: 'provided', materialId: idScan },
      ],
    };
    const noFile = await resident.post('/api/resident/cases', {
      ...body,
      materials: [{ key: 'identity_proof', state: 'provided' }],
    });
    expect(noFile.json().error.code).toBe('MATERIAL_FILE_MISSING');
    const applied = await resident.request('POST', '/api/resident/cases', body, {
      'idempotency-key': 'app-1',
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json()).toMatchObject({
      channel: 'online',
      status: 'submitted',
      counts: { visits: 0, reusedMaterials: 1 },
      routing: { intakeRegion: world.street },
    });
    const retry = await resident.request('POST', '/api/resident/cases', body, { 'idempotency-key': 'app-1' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(applied.json().id);
    const id = applied.json().id;
    const accepted = await world.clerk.post(`/api/cases/${id}/accept`, { version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const detail = (await resident.get(`/api/resident/cases/${id}`)).json();
    const mine = (await resident.get('/api/resident/cases')).json().items;
    expect(mine.find((entry: { id: string }) => entry.id === id)).toMatchObject({
      status: 'accepted',
      promisedDeadline: detail.promisedDeadline,
      workingDaysLeft: expect.any(Number),
    });
    expect(detail.timeline.map((entry: { actorName: string }) => entry.actorName)[0]).toBe('申请人');
    expect(detail.timeline[1].actorName).toContain('*');
    const document = await resident.get(`/api/resident/cases/${id}/documents/${accepted.json().document.id}`);
    expect(document.json()).toMatchObject({ kind: 'acceptance', content: { applicantName: '张秀英' } });
    const stranger = await signInResident(t.app, t.db, '13700000009');
    expect((await stranger.get(`/api/resident/cases/${id}`)).statusCode).toBe(404);
  });
});
