import { beforeAll, describe, expect, it } from 'vitest';
import {
  createIntakeWorld,
  elderlyCard,
  elderlyIntake,
  type IntakeWorld,
  visitorIntake,
} from '../../../tests/support/case-world';
import { publishFirstVersion } from '../../../tests/support/catalog-factory';
import { createDepartment, createRegionTree } from '../../../tests/support/factories';
import { testIdNumber } from '../../../tests/support/registry-files';
import { setUpTestApp } from '../../../tests/support/test-app';
import { createItem } from '../catalog/item-drafts';

const t = setUpTestApp();
let world: IntakeWorld;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330184');
});

const accepted = async (body: Record<string, unknown>) => {
  const created = await world.clerk.post('/api/cases', body);
  expect(created.statusCode, created.body).toBe(201);
  const accept = await world.clerk.post(`/api/cases/${created.json().id}/accept`, { version: 1 });
  expect(accept.statusCode, accept.body).toBe(200);
  return { ...created.json(), version: accept.json().version as number };
};

describe('any-window handling (通办)', () => {
  it('takes a resident of another street at this hall and routes the case to the competent office', async () => {
    const created = await accepted(visitorIntake(world));
    expect(created).toMatchObject({
      routing: {
        basis: 'household',
        applicantRegion: `${world.otherStreet}001`,
        intakeRegion: world.street,
        competentRegion: world.district,
        departmentName: `${world.district}民政局`,
        anyWindow: true,
      },
    });
    expect(created.timeline.map((entry: { kind: string }) => entry.kind)).toEqual(['created', 'routed']);
  });

  it('records the paper sent by the intake hall and received by the competent office', async () => {
    const created = await accepted(visitorIntake(world));
    const early = await world.approver.post(`/api/cases/${created.id}/paper/received`, {
      version: created.version,
    });
    expect(early.json().error.code).toBe('PAPER_NOT_SENT');
    const outsider = await world.otherClerk.post(`/api/cases/${created.id}/paper/sent`, {
      version: created.version,
      trackingNumber: 'SF1234567890',
    });
    expect(outsider.statusCode).toBe(404);
    const sent = await world.clerk.post(`/api/cases/${created.id}/paper/sent`, {
      version: created.version,
      trackingNumber: 'SF1234567890',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const twice = await world.clerk.post(`/api/cases/${created.id}/paper/sent`, {
      version: sent.json().version,
      trackingNumber: 'SF1234567890',
    });
    expect(twice.json().error.code).toBe('PAPER_ALREADY_SENT');
    const received = await world.approver.post(`/api/cases/${created.id}/paper/received`, {
      version: sent.json().version,
    });
    expect(received.statusCode, received.body).toBe(200);
    const detail = (await world.approver.get(`/api/cases/${created.id}`)).json();
    expect(detail.paper).toMatchObject({
      trackingNumber: 'SF1234567890',
      sentAt: expect.any(String),
      receivedAt: expect.any(String),
    });
    expect(detail.timeline.map((entry: { kind: string }) => entry.kind)).toEqual([
      'created',
      'routed',
      'accepted',
      'paper_sent',
      'paper_received',
    ]);
  });

  it("does not count a resident of the hall's own street as any-window, and has no paper to post", async () => {
    const created = await accepted(elderlyIntake(world));
    expect(created.routing.anyWindow).toBe(false);
    const sent = await world.clerk.post(`/api/cases/${created.id}/paper/sent`, {
      version: created.version,
      trackingNumber: 'SF1234567890',
    });
    expect(sent.json().error.code).toBe('NOT_ANY_WINDOW');
  });

  it('refuses an item whose any-window scope does not cover the hall', async () => {
    const response = await world.clerk.post(
      '/api/cases',
      visitorIntake(world, { itemId: world.items.localOnly }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('NOT_IN_ANY_WINDOW_SCOPE');
    const local = await world.clerk.post(
      '/api/cases',
      elderlyIntake(world, { itemId: world.items.localOnly }),
    );
    expect(local.statusCode, local.body).toBe(201);
    expect(local.json().routing.competentRegion).toBe(world.street);
  });

  it("routes a resident of another district to that district's own implementation of the same service", async () => {
    const other = '330185';
    await createRegionTree(t.db, other, 1, 1);
    const otherCivil = await createDepartment(t.db, other, `${other}民政局`);
    const mine = await t.db
      .selectFrom('catalog_item_versions')
      .select('basic_code')
      .where('item_id', '=', world.items.elderly)
      .executeTakeFirstOrThrow();
    const editor = await t.db.selectFrom('staff_users').select('id').limit(1).executeTakeFirstOrThrow();
    const content = elderlyCard(otherCivil, {
      name: '老年优待证办理（另一区）',
      basicCode: mine.basic_code,
      anyWindowScope: 'city',
    });
    const { itemId } = await createItem(
      t.db,
      {
        kind: 'staff',
        id: editor.id,
        name: '编制',
        username: 'e',
        regionCode: null,
        departmentId: otherCivil,
        grants: [{ role: 'catalog_editor', regionCode: null, departmentId: otherCivil }],
        mustChangePassword: false,
        sessionId: '',
        csrfToken: '',
      },
      { kind: 'system', id: null, name: '测试' },
      content,
    );
    await publishFirstVersion(t.db, content.name);
    const visitor = testIdNumber(other, 9);
    const applicant = {
      kind: 'person',
      number: visitor,
      name: '赵六',
      phone: '13800000009',
      regionCode: `${other}001001`,
    };
    // The clerk picks the service from our catalogue; the case goes to the other district's version.
    const routed = await world.clerk.post('/api/cases', {
      ...elderlyIntake(world),
      applicant,
      formData: { household_address: '外区路1号' },
    });
    expect(routed.statusCode, routed.body).toBe(201);
    expect(routed.json()).toMatchObject({
      item: { id: itemId, name: '老年优待证办理（另一区）' },
      routing: { competentRegion: other, departmentName: `${other}民政局`, anyWindow: true },
    });
    const nowhere = await world.clerk.post('/api/cases', {
      ...elderlyIntake(world),
      applicant: { ...applicant, number: testIdNumber('330199', 1), regionCode: '330199001001' },
      formData: { household_address: '无此区' },
    });
    expect(nowhere.statusCode).toBe(409);
    expect(nowhere.json().error.code).toBe('NO_COMPETENT_OFFICE');
  });
});
