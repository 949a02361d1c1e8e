import { beforeAll, describe, expect, it } from 'vitest';
import {
  createIntakeWorld,
  elderlyIntake,
  type IntakeWorld,
  statusMessages,
} from '../../../../tests/support/case-world';
import {
  ADDRESS,
  act,
  decidedCase,
  historyOf,
  type StartedCase,
  startCase,
  toHome,
} from '../../../../tests/support/delivery-steps';
import { setUpTestApp } from '../../../../tests/support/test-app';

const t = setUpTestApp();
let world: IntakeWorld;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330184');
});

const messagesOf = (caseNumber: string) => statusMessages(t.db, caseNumber);

const post = (started: StartedCase, path: string, body: Record<string, unknown>) =>
  world.clerk.post(`/api/cases/${started.id}/delivery/${path}`, {
    version: started.version,
    windowId: world.hall.windowId,
    ...body,
  });

const deliveryRow = (caseId: string) =>
  t.db.selectFrom('case_deliveries').selectAll().where('case_id', '=', caseId).executeTakeFirst();

describe('a result collected at the window', () => {
  it('closes an on-the-spot case at once, as before, and records the hand-over', async () => {
    const done = await decidedCase(world, undefined, { itemId: world.items.elderly });
    expect(done.status).toBe('completed');
    const detail = (await world.clerk.get(`/api/cases/${done.id}`)).json();
    expect(detail.closedAt).not.toBeNull();
    expect(detail.delivery).toMatchObject({ method: 'window_pickup', stage: 'delivered', changeable: false });
    expect(detail.delivery.deliveredAt).toBe(detail.closedAt);
    expect(detail.timeline.map((entry: { kind: string }) => entry.kind)).toEqual([
      'created',
      'accepted',
      'completed',
    ]);
    const notice = (
      await world.clerk.get(`/api/cases/${done.id}/documents/${detail.documents[1].id}`)
    ).json();
    expect(notice.content.delivery).toBe('办理结果已当场交付。');
  });

  it('waits for the applicant when the case is decided in her absence, then records who collected it', async () => {
    const ready = await decidedCase(world, undefined, { itemId: world.items.elderly, atWindow: false });
    expect(ready.status).toBe('result_ready');
    const detail = (await world.clerk.get(`/api/cases/${ready.id}`)).json();
    expect(detail).toMatchObject({ closedAt: null, delivery: { stage: 'ready', changeable: true } });
    const notice = (
      await world.clerk.get(`/api/cases/${ready.id}/documents/${detail.documents[1].id}`)
    ).json();
    expect(notice.content.delivery).toContain(`到${world.district}街道便民服务中心`);
    expect((await messagesOf(ready.caseNumber)).at(-1)).toContain('已出结果，待领取或送达。请携带身份证件到');

    const badId = await post(ready, 'handed-over', {
      receivedBy: '李四',
      receivedByIdNumber: '110105194912310021',
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details[0]).toMatchObject({
      field: 'receivedByIdNumber',
      label: '签收人身份证号码',
    });
    const noName = await post(ready, 'handed-over', {});
    expect(noName.json().error.details[0].field).toBe('receivedBy');

    const collected = await act(world.clerk, ready, 'delivery/handed-over', {
      windowId: world.hall.windowId,
      receivedBy: '张小明',
      receivedByIdNumber: '11010519491231002X',
      note: '受托代领，已核对委托书',
    });
    expect(collected.status).toBe('completed');
    const after = (await world.clerk.get(`/api/cases/${ready.id}`)).json();
    expect(after.counts.visits).toBe(2);
    expect(after.closedAt).not.toBeNull();
    expect(after.delivery).toMatchObject({ stage: 'delivered', receivedBy: '张小明' });
    expect((await deliveryRow(ready.id))?.received_by_id_number).toBe('11010519491231002X');
    expect(after.timeline.at(-1)).toMatchObject({ kind: 'result_handed_over', status: 'completed' });
    expect((await messagesOf(ready.caseNumber)).at(-1)).toContain('已由张*明在窗口领取');

    // The same confirmation again: with the old version someone else acted; with the new one it is done already.
    const stale = await post(ready, 'handed-over', { receivedBy: '张小明' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CASE_VERSION_CONFLICT');
    const again = await post(collected, 'handed-over', { receivedBy: '张小明' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DELIVERY_ALREADY_CONFIRMED');
  });

  it('lets only one of two clerks confirming the same collection at once succeed', async () => {
    const ready = await decidedCase(world, undefined, { itemId: world.items.elderly, atWindow: false });
    const [first, second] = await Promise.all([
      post(ready, 'handed-over', { receivedBy: '张秀英' }),
      world.clerk2.post(`/api/cases/${ready.id}/delivery/handed-over`, {
        version: ready.version,
        windowId: world.hall.windowId,
        receivedBy: '张秀英',
      }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const history = await historyOf(world.clerk, ready.id);
    expect(history.filter((kind) => kind === 'result_handed_over')).toHaveLength(1);
  });

  it('refuses a hand-over before the result is ready, or for a result going by post', async () => {
    const started = await startCase(world, { itemId: world.items.courier });
    const early = await post(started, 'handed-over', { receivedBy: '张秀英' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'CASE_STATUS_CONFLICT' });
    expect(early.json().error.message).toContain('已申请，待受理');

    const posted = await decidedCase(world, toHome(world, 'courier'));
    const wrong = await post(posted, 'handed-over', { receivedBy: '张秀英' });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.code).toBe('DELIVERY_METHOD_MISMATCH');
  });
});

describe('a result sent by courier', () => {
  it('waits after the decision, is posted with a tracking number, and closes when signed for', async () => {
    const ready = await decidedCase(world, toHome(world, 'courier'));
    expect(ready.status).toBe('result_ready');
    const detail = (await world.clerk.get(`/api/cases/${ready.id}`)).json();
    expect(detail.delivery).toMatchObject({
      method: 'courier',
      stage: 'ready',
      recipient: {
        name: '张秀英',
        phone: '13800000001',
        regionCode: `${world.street}001`,
        regionName: `测试区${world.district}测试街道1测试社区1-1`,
        address: ADDRESS,
      },
    });
    const notice = (
      await world.clerk.get(`/api/cases/${ready.id}/documents/${detail.documents[1].id}`)
    ).json();
    expect(notice.content.delivery).toContain(
      `免费寄送至：测试区${world.district}测试街道1测试社区1-1${ADDRESS}`,
    );

    const before = await historyOf(world.clerk, ready.id);
    for (const trackingNumber of ['12 34', 'EMS-1234567890', 'A'.repeat(31)]) {
      const bad = await post(ready, 'posted', { trackingNumber });
      expect(bad.statusCode, trackingNumber).toBe(400);
      expect(bad.json().error.details[0]).toMatchObject({ field: 'trackingNumber', label: '快递单号' });
    }
    const signedTooEarly = await post(ready, 'signed-for', {});
    expect(signedTooEarly.json().error.code).toBe('RESULT_NOT_POSTED');
    // Bad input changed nothing: same version, same history.
    expect((await world.clerk.get(`/api/cases/${ready.id}`)).json().version).toBe(ready.version);
    expect(await historyOf(world.clerk, ready.id)).toEqual(before);

    const posted = await act(world.clerk, ready, 'delivery/posted', {
      windowId: world.hall.windowId,
      trackingNumber: ' 1180 2345 6789 0 ',
    });
    expect(posted.status).toBe('result_ready');
    const twice = await post(posted, 'posted', { trackingNumber: '1180234567891' });
    expect(twice.json().error.code).toBe('RESULT_ALREADY_POSTED');
    expect((await messagesOf(ready.caseNumber)).at(-1)).toContain(
      '已交中国邮政EMS免费寄出，快递单号1180234567890',
    );

    const progress = (await t.app.inject({ url: `/api/public/progress/${ready.publicCode}` })).json();
    expect(progress.delivery).toMatchObject({
      method: 'courier',
      methodLabel: '邮政快递送达（免邮费）',
      stage: 'on_the_way',
      carrierLabel: '中国邮政EMS',
      trackingNumber: '1180234567890',
      addressMasked: `测试区${world.district}测试街道1 ****`,
    });
    const page = JSON.stringify(progress);
    for (const secret of [ADDRESS, '张秀英', '13800000001', '测试社区1-1'])
      expect(page).not.toContain(secret);

    const future = await post(posted, 'signed-for', {
      deliveredAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.json().error.code).toBe('SIGNED_AT_OUT_OF_RANGE');
    const signed = await act(world.clerk, posted, 'delivery/signed-for', { receivedBy: '张秀英' });
    expect(signed.status).toBe('completed');
    const closed = (await world.clerk.get(`/api/cases/${ready.id}`)).json();
    expect(closed.closedAt).not.toBeNull();
    expect(closed.delivery).toMatchObject({ stage: 'delivered', trackingNumber: '1180234567890' });
    expect(closed.timeline.slice(-3).map((entry: { kind: string }) => entry.kind)).toEqual([
      'completed',
      'result_posted',
      'result_signed_for',
    ]);
    expect(closed.timeline.at(-3).status).toBe('result_ready');
    expect((await messagesOf(ready.caseNumber)).at(-1)).toContain('已签收，本件办结');
    const signedAgain = await post(signed, 'signed-for', {});
    expect(signedAgain.json().error.code).toBe('DELIVERY_ALREADY_CONFIRMED');
    // Posting it was free for her: no visit counted beyond the one at intake.
    expect(closed.counts.visits).toBe(1);
  });

  it('is offered only for items that post their results', async () => {
    const refused = await world.clerk.post('/api/cases', {
      ...elderlyIntake(world),
      delivery: toHome(world, 'courier'),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'COURIER_NOT_OFFERED' });
  });

  it('keeps per case how and when its result went out, so counts by method are exact', async () => {
    const completed = await t.db
      .selectFrom('cases as c')
      .leftJoin('case_deliveries as d', 'd.case_id', 'c.id')
      .select(['c.delivery_method', 'd.delivered_at'])
      .where('c.status', '=', 'completed')
      .execute();
    expect(completed.every((row) => row.delivered_at !== null)).toBe(true);
    const byMethod: Record<string, number> = {};
    for (const row of completed) byMethod[row.delivery_method] = (byMethod[row.delivery_method] ?? 0) + 1;
    // This file closed three cases at a window and one by post.
    expect(byMethod).toEqual({ window_pickup: 3, courier: 1 });
  });
});
