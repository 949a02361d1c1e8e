import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createIntakeWorld, elderlyIntake, type IntakeWorld } from '../../../../tests/support/case-world';
import {
  ADDRESS,
  act,
  decidedCase,
  historyOf,
  type StartedCase,
  startCase,
  toHome,
} from '../../../../tests/support/delivery-steps';
import { createVerifiedResidents } from '../../../../tests/support/factories';
import { type Client, setUpTestApp, signInResident } from '../../../../tests/support/test-app';
import type { StaffActor } from '../../auth/actor';
import { Notifier } from '../../notify/notifier';
import { actOnCase } from '../case-act';
import { finishWithResult } from '../finish-with-result';

const t = setUpTestApp();
let world: IntakeWorld;
let resident: Client;
let stranger: Client;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330186');
  await createVerifiedResidents(t.db, [
    { phone: '13700000001', idNumber: world.residents.local, name: '张秀英' },
    { phone: '13700000002', idNumber: world.residents.fromOtherStreet, name: '王大海' },
  ]);
  resident = await signInResident(t.app, t.db, '13700000001');
  stranger = await signInResident(t.app, t.db, '13700000002');
});

const caseCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const change = (client: Client, started: StartedCase, delivery: unknown, resident = false) =>
  client.request('PUT', `/api/${resident ? 'resident/' : ''}cases/${started.id}/delivery`, {
    version: started.version,
    delivery,
  });

describe('choosing how to get the result when the case starts', () => {
  it('offers the regions of an address to anyone, signed in or not', async () => {
    const regions = (await t.app.inject({ url: '/api/public/regions' })).json().items;
    expect(regions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: `${world.street}001`,
          name: '测试社区1-1',
          parentCode: world.street,
        }),
      ]),
    );
  });

  it('records the courier address, defaulting the recipient to the applicant', async () => {
    const started = await startCase(world, {
      itemId: world.items.courier,
      delivery: toHome(world, 'courier'),
    });
    expect(started).toMatchObject({
      delivery: {
        method: 'courier',
        stage: 'not_ready',
        changeable: true,
        recipient: { name: '张秀英', phone: '13800000001', address: ADDRESS },
      },
      item: { courierDelivery: true },
    });
    const progress = (await t.app.inject({ url: `/api/public/progress/${started.publicCode}` })).json();
    expect(progress.delivery).toMatchObject({
      method: 'courier',
      stage: 'not_ready',
      trackingNumber: null,
      addressMasked: `测试区${world.district}测试街道1 ****`,
    });
  });

  it('refuses an incomplete or impossible choice and stores nothing', async () => {
    const before = await caseCount();
    const bad = async (delivery: unknown, itemId = world.items.courier) => {
      const response = await world.clerk.post('/api/cases', elderlyIntake(world, { itemId, delivery }));
      expect(response.statusCode, JSON.stringify(delivery)).toBeGreaterThanOrEqual(400);
      return response.json().error;
    };
    expect(await bad({ method: 'courier' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '收件人和地址：请填写收件人和地址',
    });
    expect(await bad({ method: 'courier', recipient: { address: ADDRESS } })).toMatchObject({
      message: '地址所在区划：请选择地址所在的区划（区、街道、社区）',
    });
    expect(await bad({ method: 'courier', recipient: { regionCode: `${world.street}001` } })).toMatchObject({
      message: '详细地址：请填写详细地址',
    });
    expect(await bad(toHome(world, 'courier', { regionCode: '999999' }))).toMatchObject({
      code: 'ADDRESS_REGION_UNKNOWN',
    });
    expect(await bad(toHome(world, 'courier', { phone: '12345' }))).toMatchObject({
      message: '收件人手机号码：应为11位手机号码',
    });
    expect(await bad({ method: 'drone' })).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await bad(toHome(world, 'courier'), world.items.elderly)).toMatchObject({
      code: 'COURIER_NOT_OFFERED',
    });
    expect(await caseCount()).toBe(before);
  });

  it('lets a resident choose it when applying online, the phone of her account by default', async () => {
    const applied = await resident.post('/api/resident/cases', {
      itemId: world.items.courier,
      delivery: toHome(world, 'courier', { name: '张小明' }),
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json().delivery).toMatchObject({
      method: 'courier',
      recipient: { name: '张小明', phone: '13700000001' },
    });
  });
});

describe('changing it until the result is sent', () => {
  it('lets the clerk and the applicant change it, each change in the history and told to the applicant', async () => {
    const started = await startCase(world, { itemId: world.items.courier });
    expect(started.delivery.method).toBe('window_pickup');
    const toPost = await change(world.clerk, started, toHome(world, 'courier'));
    expect(toPost.statusCode, toPost.body).toBe(200);

    const mine = (await resident.get(`/api/resident/cases/${started.id}`)).json();
    expect(mine.delivery).toMatchObject({
      method: 'courier',
      changeable: true,
      recipient: { address: ADDRESS },
    });
    const toGrid = await change(resident, mine, toHome(world, 'grid_worker'), true);
    expect(toGrid.statusCode, toGrid.body).toBe(200);
    const back = await change(resident, { ...started, ...toGrid.json() }, { method: 'window_pickup' }, true);
    expect(back.statusCode, back.body).toBe(200);

    const detail = (await world.clerk.get(`/api/cases/${started.id}`)).json();
    expect(detail.delivery).toMatchObject({ method: 'window_pickup', recipient: null });
    const changes = detail.timeline.filter((entry: { kind: string }) => entry.kind === 'delivery_changed');
    expect(changes.map((entry: { channel: string }) => entry.channel)).toEqual([
      'window',
      'online',
      'online',
    ]);
    const messages = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('body', 'like', `%${started.caseNumber}%`)
      .orderBy('id', 'desc')
      .execute();
    expect(messages[0]?.body).toContain('结果领取方式已改为“窗口领取”');
    expect(messages[1]?.body).toContain('结果领取方式已改为“网格员送达”');
  });

  it('refuses someone else, a stale version and bad input, changing nothing', async () => {
    const started = await startCase(world, { itemId: world.items.courier });
    expect((await change(stranger, started, { method: 'window_pickup' }, true)).statusCode).toBe(404);
    const first = await change(resident, started, toHome(world, 'courier'), true);
    expect(first.statusCode).toBe(200);
    const stale = await change(resident, started, { method: 'window_pickup' }, true);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CASE_VERSION_CONFLICT');
    const now = { ...started, version: first.json().version };
    expect((await change(world.otherClerk, now, { method: 'window_pickup' })).statusCode).toBe(404);
    expect((await change(world.grid, now, { method: 'window_pickup' })).statusCode).toBe(404);

    const before = await historyOf(world.clerk, started.id);
    const short = await change(resident, now, toHome(world, 'courier', { address: '8号' }), true);
    expect(short.json().error.message).toBe('详细地址：请把详细地址写到门牌号');
    const toStreet = await change(
      resident,
      now,
      toHome(world, 'grid_worker', { regionCode: world.street }),
      true,
    );
    expect(toStreet.json().error.code).toBe('ADDRESS_NOT_IN_COMMUNITY');
    const detail = (await world.clerk.get(`/api/cases/${started.id}`)).json();
    expect(detail.version).toBe(now.version);
    expect(detail.delivery.method).toBe('courier');
    expect(await historyOf(world.clerk, started.id)).toEqual(before);
  });

  it('is refused once the result is posted, and once the case is closed', async () => {
    const ready = await decidedCase(world, toHome(world, 'courier'));
    const posted = await act(world.clerk, ready, 'delivery/posted', { trackingNumber: '1180234567890' });
    const late = await change(resident, posted, { method: 'window_pickup' }, true);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({
      code: 'DELIVERY_UNDER_WAY',
      message: '办理结果已寄出（快递单号 1180234567890），不能再变更领取方式',
    });
    const signed = await act(world.clerk, posted, 'delivery/signed-for', {});
    const closed = await change(world.clerk, signed, { method: 'window_pickup' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('CASE_STATUS_CONFLICT');
  });

  it('sends a result waiting at the window by post when the applicant asks for it', async () => {
    const ready = await decidedCase(world, undefined, { atWindow: false });
    expect(ready.status).toBe('result_ready');
    const changed = await change(resident, ready, toHome(world, 'courier'), true);
    expect(changed.statusCode, changed.body).toBe(200);
    const posted = await act(world.clerk, { ...ready, ...changed.json() }, 'delivery/posted', {
      carrier: 'sf',
      trackingNumber: 'SF1234567890123',
    });
    expect(posted.status).toBe('result_ready');
    const progress = (await t.app.inject({ url: `/api/public/progress/${ready.publicCode}` })).json();
    expect(progress.delivery).toMatchObject({ carrierLabel: '顺丰速运', trackingNumber: 'SF1234567890123' });
  });
});

describe('who records a delivery', () => {
  it('is a clerk of the intake hall or the competent office, never a clerk of another street', async () => {
    const ready = await decidedCase(world, toHome(world, 'courier'));
    const body = { version: ready.version, trackingNumber: '1180234567890' };
    expect((await world.otherClerk.post(`/api/cases/${ready.id}/delivery/posted`, body)).statusCode).toBe(
      404,
    );
    expect((await world.grid.post(`/api/cases/${ready.id}/delivery/posted`, body)).statusCode).toBe(404);
    const byOffice = await world.approver.post(`/api/cases/${ready.id}/delivery/posted`, body);
    expect(byOffice.statusCode, byOffice.body).toBe(200);
  });
});

describe("the back office's decision", () => {
  it('leaves a decided promised case waiting for its result to be collected', async () => {
    const started = await startCase(world, {
      itemId: world.items.subsidy,
      formData: { reason: '因病致贫' },
      materials: [{ key: 'id_card', state: 'provided' }],
    });
    const accepted = await act(world.clerk, started, 'accept', { windowId: world.hall.windowId });
    const approver: StaffActor = {
      kind: 'staff',
      id: randomUUID(),
      name: '陈审批',
      username: 'approver-test',
      regionCode: world.district,
      departmentId: world.civil,
      grants: [{ role: 'chief_rep', regionCode: world.district, departmentId: world.civil }],
      mustChangePassword: false,
      sessionId: '',
      csrfToken: '',
    };
    const deps = {
      db: t.db,
      notifier: new Notifier(),
      audit: { kind: 'system' as const, id: null, name: '测试' },
    };
    // As the back office will: its own access rule, no window, the applicant not there.
    const decided = await actOnCase(
      t.db,
      approver,
      started.id,
      { version: accepted.version },
      (context) => finishWithResult(context, deps, { note: '准予补助' }, null),
      () => true,
    );
    expect(decided.status).toBe('result_ready');
    const detail = (await world.clerk.get(`/api/cases/${started.id}`)).json();
    expect(detail).toMatchObject({
      currentStep: null,
      closedAt: null,
      delivery: { method: 'window_pickup', stage: 'ready' },
    });
    const collected = await act(
      world.clerk,
      { ...started, version: decided.version },
      'delivery/handed-over',
      {
        windowId: world.hall.windowId,
        receivedBy: '张秀英',
      },
    );
    expect(collected.status).toBe('completed');
  });
});
