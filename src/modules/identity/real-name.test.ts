import { beforeAll, describe, expect, it } from 'vitest';
import { createIntakeWorld, elderlyIntake, type IntakeWorld } from '../../../tests/support/case-world';
import { pngImage } from '../../../tests/support/file-fixtures';
import { RealNameDouble } from '../../../tests/support/real-name-double';
import { testIdNumber } from '../../../tests/support/registry-files';
import { type Client, setUpTestApp, signInResident } from '../../../tests/support/test-app';
import { SYSTEM_ACTOR } from '../auth/actor';
import { issueCertificate } from '../certificates/issue-certificate';

const realName = new RealNameDouble();
const t = setUpTestApp({}, realName);
let world: IntakeWorld;
let windowCaseId: string;
let impostor: Client;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330189');
  // What the platform holds for 张秀英 (world.residents.local, registry phone 13800000001):
  // a window case (whose intake read her registry record), a certificate and a scan.
  const started = await world.clerk.post('/api/cases', elderlyIntake(world));
  expect(started.statusCode, started.body).toBe(201);
  windowCaseId = started.json().id;
  await t.db.transaction().execute((tx) =>
    issueCertificate(tx, SYSTEM_ACTOR, {
      type: 'elderly_card',
      origin: 'manual',
      holderName: '张秀英',
      holderNumber: world.residents.local,
      issuerDepartmentId: world.civil,
      data: { sex: '女', birthDate: '1950-01-01', address: '测试区小天竺路12号' },
    }),
  );
  const scan = await world.clerk.uploadForm(
    '/api/materials',
    { ownerIdType: '111', ownerNumber: world.residents.local, name: '户口簿' },
    { name: 'scan.png', bytes: pngImage(20, 20), type: 'image/png' },
  );
  expect(scan.statusCode, scan.body).toBe(201);
});

/** What a resident's app shows of personal data: certificates, materials, cases and the read log. */
async function seenBy(resident: Client) {
  const items = async (url: string) => (await resident.get(url)).json().items as { id: string }[];
  return {
    certificates: (await items('/api/resident/certificates')).length,
    materials: (await items('/api/resident/materials')).length,
    cases: (await items('/api/resident/cases')).map((item) => item.id),
    reads: (await items('/api/me/data-reads')).length,
  };
}

const smsTo = async (phone: string) =>
  await t.db
    .selectFrom('notifications')
    .select('body')
    .where('recipient', '=', phone)
    .where('purpose', '=', 'identity_linked')
    .orderBy('id')
    .execute();

const identityOf = async (resident: Client) => (await resident.get('/api/auth/me')).json().user.identity;

describe('real-name linking that verifies', () => {
  it('gives an impostor an unverified link: nothing of the owner is shown or pre-filled, the owner is told, the case is marked for the window', async () => {
    impostor = await signInResident(t.app, t.db, '13911110001');
    const linked = await impostor.put('/api/resident/identity', {
      name: '张秀英',
      idNumber: world.residents.local,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().user.identity).toBe('unverified');
    expect(await seenBy(impostor)).toEqual({ certificates: 0, materials: 0, cases: [], reads: 0 });
    // Its own uploads are its own, but it cannot make them reusable under the owner's number.
    const upload = await impostor.uploadForm(
      '/api/resident/materials',
      { name: '户口簿' },
      { name: 'fake.png', bytes: pngImage(21, 21), type: 'image/png' },
    );
    expect(upload.statusCode, upload.body).toBe(201);
    expect((await seenBy(impostor)).materials).toBe(1);
    const consent = await impostor.post(`/api/materials/${upload.json().id}/consent`, {
      decision: 'confirmed',
    });
    expect(consent.json().error.code).toBe('IDENTITY_UNVERIFIED');
    const [told] = await smsTo('13800000001');
    expect(told?.body).toContain('139****0001');
    expect(told?.body).toContain('窗口');

    // Nothing pre-filled: the form must be typed in, and the region stated.
    const bare = await impostor.post('/api/resident/cases', { itemId: world.items.elderly, materials: [] });
    expect(bare.statusCode).toBe(400);
    const typed = {
      applicant_name: '张秀英',
      applicant_id_number: world.residents.local,
      phone: '13911110001',
      household_address: '随便写的地址',
    };
    const applied = await impostor.post('/api/resident/cases', {
      itemId: world.items.elderly,
      regionCode: `${world.street}001`,
      formData: typed,
      materials: [],
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json()).toMatchObject({ formData: typed, applicantUnverified: true });
    const caseId = applied.json().id;
    const queued = (await world.clerk.get('/api/cases/intake-queue')).json().items;
    expect(queued.find((entry: { id: string }) => entry.id === caseId)?.applicantUnverified).toBe(true);

    // The window checks the ID card before accepting.
    const refused = await world.clerk.post(`/api/cases/${caseId}/accept`, { version: 1 });
    expect(refused.json().error.code).toBe('APPLICANT_IDENTITY_UNCHECKED');
    const noWindow = await world.clerk.post(`/api/cases/${caseId}/identity-check`, {
      version: 1,
      idCardChecked: true,
    });
    expect(noWindow.json().error.code).toBe('WINDOW_REQUIRED');
    const checked = await world.clerk.post(`/api/cases/${caseId}/identity-check`, {
      version: 1,
      windowId: world.hall.windowId,
      idCardChecked: true,
    });
    expect(checked.statusCode, checked.body).toBe(200);
    const detail = (await world.clerk.get(`/api/cases/${caseId}`)).json();
    expect(detail.applicantUnverified).toBe(false);
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'identity_checked' });
  });

  it('verifies the owner whose name and phone the registry holds, takes the number from the unverified link, and refuses a second phone', async () => {
    const owner = await signInResident(t.app, t.db, '13800000001');
    const linked = await owner.put('/api/resident/identity', {
      name: '张秀英',
      idNumber: world.residents.local,
    });
    expect(linked.json().user.identity, linked.body).toBe('verified');
    const seen = await seenBy(owner);
    // The clerk's scan, and the impostor's upload filed under her number.
    expect(seen).toMatchObject({ certificates: 1, materials: 2 });
    expect(seen.cases).toContain(windowCaseId);
    expect(seen.reads).toBeGreaterThan(0);
    // The impostor's account lost the number and was told.
    expect(await identityOf(impostor)).toBe('none');
    expect((await smsTo('13911110001')).at(-1)?.body).toContain('138****0001');

    const third = await signInResident(t.app, t.db, '13911110002');
    const taken = await third.put('/api/resident/identity', {
      name: '张秀英',
      idNumber: world.residents.local,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'ID_NUMBER_TAKEN' });
    expect(taken.json().error.message).toContain('窗口');

    // The registry's phone with another name vouches for nothing.
    const neighbour = await signInResident(t.app, t.db, '13800000002');
    const wrongName = await neighbour.put('/api/resident/identity', {
      name: '王小海',
      idNumber: world.residents.fromOtherStreet,
    });
    expect(wrongName.json().user.identity).toBe('unverified');
  });

  it('verifies at a window after the ID card is checked, recording who, where and when, and moves a link to a new phone', async () => {
    const number = testIdNumber('330189', 4);
    const first = await signInResident(t.app, t.db, '13922220001');
    expect(
      (await first.put('/api/resident/identity', { name: '赵小兰', idNumber: number })).json().user.identity,
    ).toBe('unverified');
    const found = await world.clerk.post('/api/resident-identities/lookup', { phone: '13922220001' });
    expect(found.json()).toMatchObject({
      phoneMasked: '139****0001',
      claim: { nameMasked: '赵*兰', verified: false },
    });
    const unticked = await world.clerk.post('/api/resident-identities/verify', {
      phone: '13922220001',
      name: '赵小兰',
      idNumber: number,
      windowId: world.hall.windowId,
    });
    expect(unticked.statusCode).toBe(400);
    const verified = await world.clerk.post('/api/resident-identities/verify', {
      phone: '13922220001',
      name: '赵小兰',
      idNumber: number,
      idCardChecked: true,
      windowId: world.hall.windowId,
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().claim).toMatchObject({ verified: true, verifiedBy: 'window' });
    expect(await identityOf(first)).toBe('verified');
    const clerkId = (await world.clerk.get('/api/auth/me')).json().user.id;
    const record = await t.db
      .selectFrom('identity_verifications')
      .selectAll()
      .where('id_number', '=', number)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({ method: 'window', staff_id: clerkId, window_id: world.hall.windowId });
    expect(record.place).toContain('号窗口');
    expect(record.verified_at).toBeInstanceOf(Date);

    // A new phone is refused; at the window, the clerk moves the link after checking the card.
    const second = await signInResident(t.app, t.db, '13922220002');
    const taken = await second.put('/api/resident/identity', { name: '赵小兰', idNumber: number });
    expect(taken.json().error.code).toBe('ID_NUMBER_TAKEN');
    const move = {
      phone: '13922220002',
      name: '赵小兰',
      idNumber: number,
      idCardChecked: true,
      windowId: world.hall.windowId,
    };
    const unconfirmed = await world.clerk.post('/api/resident-identities/verify', move);
    expect(unconfirmed.json().error).toMatchObject({
      code: 'ID_NUMBER_TAKEN',
      details: { holderPhoneMasked: '139****0001', holderVerified: true },
    });
    const moved = await world.clerk.post('/api/resident-identities/verify', { ...move, moveLink: true });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await identityOf(second)).toBe('verified');
    expect(await identityOf(first)).toBe('none');
    expect((await smsTo('13922220001')).at(-1)?.body).toContain('139****0002');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('action', 'in', ['resident.verify_identity', 'resident.move_identity'])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'resident.verify_identity', actor_id: clerkId },
      { action: 'resident.move_identity', actor_id: clerkId },
    ]);
  });

  it('verifies through the real-name provider, and leaves a claim it does not match unverified', async () => {
    const number = testIdNumber('330189', 5);
    realName.accept({ name: '钱多多', idNumber: number, phone: '13933330001' });
    const matched = await signInResident(t.app, t.db, '13933330001');
    const linked = await matched.put('/api/resident/identity', { name: '钱多多', idNumber: number });
    expect(linked.json().user.identity).toBe('verified');
    const record = await t.db
      .selectFrom('identity_verifications')
      .select(['method', 'provider', 'provider_reference'])
      .where('id_number', '=', number)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({ method: 'provider', provider: 'test-double' });
    expect(record.provider_reference).toMatch(/^double-/);

    const other = await signInResident(t.app, t.db, '13933330002');
    const unmatched = await other.put('/api/resident/identity', {
      name: '孙六',
      idNumber: testIdNumber('330189', 6),
    });
    expect(unmatched.json().user.identity).toBe('unverified');
  });
});
