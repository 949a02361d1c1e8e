import { beforeAll, describe, expect, it } from 'vitest';
import { createIntakeWorld, type IntakeWorld } from '../../../../tests/support/case-world';
import {
  act,
  decidedCase,
  historyOf,
  type StartedCase,
  toHome,
} from '../../../../tests/support/delivery-steps';
import { type Client, setUpTestApp } from '../../../../tests/support/test-app';

const t = setUpTestApp();
let world: IntakeWorld;
let gridId: string;
let otherGrid: Client;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330185');
  gridId = (await world.grid.get('/api/auth/me')).json().user.id;
  // A grid worker of the neighbouring community: not the one for this address.
  otherGrid = await world.staff('grid_worker', `${world.street}002`, world.streetCentre);
});

const assign = (started: StartedCase, gridWorkerId: string) =>
  world.clerk.post(`/api/cases/${started.id}/delivery/assign`, {
    version: started.version,
    windowId: world.hall.windowId,
    gridWorkerId,
  });

const confirm = (client: Client, started: StartedCase, body: Record<string, unknown>) =>
  client.post(`/api/cases/${started.id}/delivery/delivered`, { version: started.version, ...body });

const reads = async (caseId: string, staffId: string) =>
  (
    await t.db
      .selectFrom('case_reads')
      .select('id')
      .where('case_id', '=', caseId)
      .where('staff_id', '=', staffId)
      .execute()
  ).length;

describe('a result brought by the grid worker', () => {
  it('is given to the grid worker of the community, who alone sees it and confirms it with a note', async () => {
    const ready = await decidedCase(
      world,
      toHome(world, 'grid_worker', { name: '张小明', phone: '13900000009' }),
      {
        itemId: world.items.elderly,
      },
    );
    expect(ready.status).toBe('result_ready');

    const candidates = (await world.clerk.get(`/api/cases/${ready.id}/delivery/grid-workers`)).json().items;
    expect(candidates).toEqual([{ id: gridId, name: expect.any(String), regionName: '测试社区1-1' }]);
    const otherId = (await otherGrid.get('/api/auth/me')).json().user.id;
    const wrong = await assign(ready, otherId);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'GRID_WORKER_NOT_IN_AREA' });
    expect(wrong.json().error.details[0].label).toBe('网格员');
    // Only the grid worker confirms, and only once assigned.
    const byClerk = await confirm(world.clerk, ready, { note: '本人签收' });
    expect(byClerk.statusCode).toBe(403);
    const unassigned = await confirm(world.grid, ready, { note: '本人签收' });
    expect(unassigned.statusCode).toBe(404);

    const assigned = await act(world.clerk, ready, 'delivery/assign', {
      windowId: world.hall.windowId,
      gridWorkerId: gridId,
    });
    expect(assigned.status).toBe('result_ready');
    const detail = (await world.clerk.get(`/api/cases/${ready.id}`)).json();
    expect(detail.delivery).toMatchObject({
      stage: 'on_the_way',
      changeable: false,
      gridWorker: { id: gridId },
    });
    const progress = (await t.app.inject({ url: `/api/public/progress/${ready.publicCode}` })).json();
    expect(progress.delivery).toMatchObject({ method: 'grid_worker', stage: 'on_the_way' });

    // His list has the recipient and the address to go to; reading it is logged. The neighbour's list is empty.
    const tasks = (await world.grid.get('/api/deliveries')).json().items;
    expect(tasks).toEqual([
      expect.objectContaining({
        caseId: ready.id,
        version: assigned.version,
        recipientName: '张小明',
        recipientPhone: '13900000009',
        regionName: '测试社区1-1',
        address: '幸福路8号3幢201室',
        deliveredAt: null,
      }),
    ]);
    expect(await reads(ready.id, gridId)).toBe(1);
    expect((await otherGrid.get('/api/deliveries')).json().items).toEqual([]);
    expect((await world.clerk.get('/api/deliveries')).statusCode).toBe(403);
    expect((await confirm(otherGrid, assigned, { note: '本人签收' })).statusCode).toBe(404);
    // He cannot open the case itself.
    expect((await world.grid.get(`/api/cases/${ready.id}`)).statusCode).toBe(404);

    const before = await historyOf(world.clerk, ready.id);
    const noNote = await confirm(world.grid, assigned, {});
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.details[0]).toMatchObject({ field: 'note', message: '请写明送达情况' });
    expect(await historyOf(world.clerk, ready.id)).toEqual(before);

    const delivered = await act(world.grid, assigned, 'delivery/delivered', {
      note: '本人签收，已核对身份证',
    });
    expect(delivered.status).toBe('completed');
    const closed = (await world.clerk.get(`/api/cases/${ready.id}`)).json();
    expect(closed.closedAt).not.toBeNull();
    expect(closed.delivery).toMatchObject({
      stage: 'delivered',
      receivedBy: '张小明',
      note: '本人签收，已核对身份证',
    });
    expect(closed.timeline.slice(-2)).toMatchObject([
      { kind: 'delivery_assigned', status: 'result_ready' },
      { kind: 'result_delivered', status: 'completed', channel: 'agent' },
    ]);
    const twice = await confirm(world.grid, delivered, { note: '本人签收' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('DELIVERY_ALREADY_CONFIRMED');
    const stale = await confirm(world.grid, assigned, { note: '本人签收' });
    expect(stale.json().error.code).toBe('CASE_VERSION_CONFLICT');

    // Done deliveries stay in his list without the address.
    const done = (await world.grid.get('/api/deliveries')).json().items[0];
    expect(done).toMatchObject({
      recipientName: '张*明',
      address: null,
      recipientPhone: null,
      receivedBy: '张*明',
    });
  });

  it('may be given to another grid worker before it is delivered', async () => {
    const partner = await world.staff('grid_worker', `${world.street}001`, world.streetCentre);
    const partnerId = (await partner.get('/api/auth/me')).json().user.id;
    const ready = await decidedCase(world, toHome(world, 'grid_worker'), { itemId: world.items.elderly });
    const first = await act(world.clerk, ready, 'delivery/assign', { gridWorkerId: gridId });
    const second = await act(world.clerk, first, 'delivery/assign', { gridWorkerId: partnerId });
    expect((await confirm(world.grid, second, { note: '本人签收' })).statusCode).toBe(404);
    expect((await confirm(partner, second, { note: '家属代收' })).statusCode).toBe(200);
  });

  it('is only for an address in a community that has a grid worker', async () => {
    const toStreet = await world.clerk.post('/api/cases', {
      itemId: world.items.elderly,
      windowId: world.hall.windowId,
      applicant: { kind: 'person', number: world.residents.local },
      delivery: toHome(world, 'grid_worker', { regionCode: world.street }),
    });
    expect(toStreet.statusCode).toBe(400);
    expect(toStreet.json().error).toMatchObject({ code: 'ADDRESS_NOT_IN_COMMUNITY' });
    expect(toStreet.json().error.details[0]).toMatchObject({
      field: 'delivery.recipient.regionCode',
      label: '地址所在区划',
    });
    const noWorker = await world.clerk.post('/api/cases', {
      itemId: world.items.elderly,
      windowId: world.hall.windowId,
      applicant: { kind: 'person', number: world.residents.local },
      delivery: toHome(world, 'grid_worker', { regionCode: `${world.otherStreet}001` }),
    });
    expect(noWorker.statusCode).toBe(409);
    expect(noWorker.json().error.code).toBe('NO_GRID_WORKER');
  });
});
