import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';
import { DEMO_RESIDENT_ID_NUMBER } from '../../seed/demo-certificates';
import { DEMO_PASSWORD } from '../../seed/demo-district';
import { seedDemo } from '../../seed/seed-demo';

const t = setUpTestApp();
let clerk: Client;
let itemId: string;
let windowId: string;

beforeAll(async () => {
  await seedDemo(t.db);
  clerk = await signInStaff(t.app, 'clerk', DEMO_PASSWORD);
  itemId = (
    await t.db
      .selectFrom('catalog_item_versions')
      .select('item_id')
      .where('name', '=', '老年优待证办理')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow()
  ).item_id;
  windowId = (
    await t.db
      .selectFrom('service_windows as w')
      .innerJoin('halls as h', 'h.id', 'w.hall_id')
      .select('w.id')
      .where('h.name', '=', '潮鸣街道便民服务中心')
      .where('w.number', '=', 1)
      .executeTakeFirstOrThrow()
  ).id;
});

describe('the elderly-card story on the demo district', () => {
  it('calls up 张秀英, flags the missing photo, tells her once, accepts and issues the card on her return', async () => {
    const started = await clerk.post('/api/cases', {
      itemId,
      windowId,
      applicant: { kind: 'person', number: DEMO_RESIDENT_ID_NUMBER },
      materials: [],
    });
    expect(started.statusCode, started.body).toBe(201);
    const created = started.json();
    expect(created.formData).toMatchObject({ applicant_name: '张秀英', sex: '女', birth_date: '1958-03-15' });

    // Her electronic ID card stands in for the copy from the start; only the photo is missing.
    const check = (await clerk.get(`/api/cases/${created.id}/material-check`)).json();
    const identity = check.materials.find((material: { key: string }) => material.key === 'identity_proof');
    const idCard = identity.offers.certificates.find(
      (certificate: { type: string }) => certificate.type === 'id_card',
    );
    expect(identity).toMatchObject({ state: 'reused_certificate', certificateId: idCard.id });
    expect(check.problems.map((problem: { key: string }) => problem.key)).toEqual(['photo']);

    const notice = await clerk.post(`/api/cases/${created.id}/missing-notice`, {
      version: created.version,
      windowId,
    });
    expect(notice.statusCode, notice.body).toBe(200);
    const back = await clerk.put(`/api/cases/${created.id}/materials`, {
      version: notice.json().version,
      windowId,
      // She went for a photo and came back: a new arrival, not the same visit.
      visit: true,
      newArrival: true,
      materials: [{ key: 'photo', state: 'provided' }],
    });
    const accepted = await clerk.post(`/api/cases/${created.id}/accept`, {
      version: back.json().version,
      windowId,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    // She holds the demo's 2018 card: the platform asks before a second, and the clerk replaces it.
    const asked = await clerk.post(`/api/cases/${created.id}/complete`, {
      version: accepted.json().version,
      windowId,
      resultNumber: '浙老优330103000123',
    });
    expect(asked.json().error).toMatchObject({ code: 'CERTIFICATE_HELD' });
    expect(asked.json().error.message).toContain('浙老优330103-2018-004731');
    const completed = await clerk.post(`/api/cases/${created.id}/complete`, {
      version: accepted.json().version,
      windowId,
      resultNumber: '浙老优330103000123',
      replaceHeld: true,
    });
    expect(completed.statusCode, completed.body).toBe(200);

    const progress = (
      await t.app.inject({ method: 'GET', url: `/api/public/progress/${created.publicCode}` })
    ).json();
    expect(progress).toMatchObject({
      itemName: '老年优待证办理',
      status: 'completed',
      departmentName: '下城区民政局',
      applicantNameMasked: '张*英',
    });
    expect(progress.timeline.map((entry: { label: string }) => entry.label)).toEqual([
      '提交申请',
      '一次性告知补正材料',
      '申请人到窗口',
      '收取材料',
      '受理',
      '办结',
    ]);
    const detail = (await clerk.get(`/api/cases/${created.id}`)).json();
    expect(detail.counts).toEqual({ visits: 2, reusedMaterials: 1, tolerant: false });

    // The card goes into the electronic certificate library at once, and its QR page verifies.
    const issued = await t.db
      .selectFrom('certificates')
      .selectAll()
      .where('origin', '=', 'case')
      .where('origin_ref', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(issued).toMatchObject({
      type: 'elderly_card',
      number: '浙老优330103000123',
      holder_number: DEMO_RESIDENT_ID_NUMBER,
      data: { sex: '女', birthDate: '1958-03-15', address: expect.stringContaining('潮鸣街道') },
    });
    const verified = (await clerk.get(`/api/public/certificates/${issued.verify_token}`)).json();
    expect(verified).toMatchObject({ status: 'valid', type: 'elderly_card' });
    expect(JSON.stringify(verified)).not.toContain(DEMO_RESIDENT_ID_NUMBER);
    const replaced = await t.db
      .selectFrom('certificates')
      .select(['status', 'status_reason'])
      .where('number', '=', '浙老优330103-2018-004731')
      .executeTakeFirstOrThrow();
    expect(replaced).toEqual({ status: 'revoked', status_reason: '换发' });
  });
});
