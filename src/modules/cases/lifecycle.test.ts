import { beforeAll, describe, expect, it } from 'vitest';
import { createIntakeWorld, elderlyIntake, type IntakeWorld } from '../../../tests/support/case-world';
import { setUpTestApp } from '../../../tests/support/test-app';
import { CASE_ACTS, type CaseAct, isFinal } from '../../shared/case-lifecycle';

/**
 * The lifecycle walked through the HTTP app: one case from submission to its
 * end, through every status the window sees, the hardest way (a defect the
 * notice did not list). In each status that is not final the detail offers an
 * act that leaves it, and taking it succeeds.
 */

const t = setUpTestApp();
let world: IntakeWorld;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330193');
});

const leaves = (act: CaseAct, status: string) =>
  (CASE_ACTS[act].to as readonly string[]).some((to) => to !== status);

describe('the lifecycle, walked', () => {
  it('always offers a way out, and the way out works', async () => {
    const created = await world.clerk.post(
      '/api/cases',
      elderlyIntake(world, { materials: [{ key: 'identity_proof', state: 'provided' }] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const detail = async () => (await world.clerk.get(`/api/cases/${id}`)).json();
    const post = (path: string, body: object) =>
      world.clerk.post(`/api/cases/${id}/${path}`, { windowId: world.hall.windowId, ...body });

    // 已申请，待受理: a notice (the photo is missing) leads on.
    let now = await detail();
    expect(now.status).toBe('submitted');
    expect(now.acts.filter((act: CaseAct) => leaves(act, now.status))).toEqual(
      expect.arrayContaining(['missing_notice', 'refuse']),
    );
    const notice = await post('missing-notice', { version: now.version });
    expect(notice.statusCode, notice.body).toBe(200);

    // 待补正, with the photo brought and the ID proof re-judged: the notice did not list it, so accept.
    const recorded = await world.clerk.put(`/api/cases/${id}/materials`, {
      version: notice.json().version,
      windowId: world.hall.windowId,
      materials: [
        { key: 'photo', state: 'provided' },
        { key: 'identity_proof', state: 'defective', reason: '复印件缺页' },
      ],
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    now = await detail();
    expect(now.status).toBe('awaiting_materials');
    expect(now.acts).toEqual(expect.arrayContaining(['accept', 'refuse']));
    const accepted = await post('accept', { version: now.version });
    expect(accepted.statusCode, accepted.body).toBe(200);

    // 已受理 (on the spot): complete, away from the window, so the result waits to be collected.
    now = await detail();
    expect(now.status).toBe('accepted');
    expect(now.acts).toContain('complete');
    const completed = await world.clerk.post(`/api/cases/${id}/complete`, {
      version: now.version,
      resultNumber: 'LN330193000001',
    });
    expect(completed.statusCode, completed.body).toBe(200);

    // 已出结果，待领取: the result handed over at the window closes the case.
    now = await detail();
    expect(now.status).toBe('result_ready');
    expect(now.delivery.method).toBe('window_pickup');
    const handedOver = await post('delivery/handed-over', { version: now.version, receivedBy: '张秀英' });
    expect(handedOver.statusCode, handedOver.body).toBe(200);
    now = await detail();
    expect(isFinal(now.status)).toBe(true);
    expect(now.acts).toEqual([]);
  });
});
