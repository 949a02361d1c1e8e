import { beforeAll, describe, expect, it } from 'vitest';
import {
  acceptedEarlier,
  type ClockWorld,
  caseOf,
  clockAct,
  createClockWorld,
  DAY,
  openTask,
} from '../../../tests/support/clock-world';
import { setUpTestApp } from '../../../tests/support/test-app';
import { acceptedCase } from '../../../tests/support/workflow-world';
import { shanghaiDate } from '../calendar/rules/days';
import { extendDeadline } from '../calendar/rules/deadlines';
import { workingDaysBetween } from '../calendar/rules/working-days';

const t = setUpTestApp();
let world: ClockWorld;

beforeAll(async () => {
  world = await createClockWorld(t.db, t.app, '330190');
});

const reason = '需要实地核查申请人家庭经济状况，无法在法定期限内作出决定';

async function requested(caseId: string): Promise<string> {
  const task = await openTask(t.db, caseId);
  const response = await clockAct(world.officers.civilA, task.id, 'extension', { reason });
  expect(response.statusCode, response.body).toBe(200);
  const row = await t.db
    .selectFrom('case_extensions')
    .select('id')
    .where('case_id', '=', caseId)
    .where('state', '=', 'requested')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('extending the legal limit (延期)', () => {
  it('after a suspension, moves the legal deadline by exactly 10 working days once a department leader approves, and only once', async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const acceptedAt = new Date(Date.now() - 10 * DAY);
    const calendar = await acceptedEarlier(t.db, caseId, acceptedAt);
    const task = await openTask(t.db, caseId);
    const { civilA, civilB, leader } = world.officers;
    expect(
      (await clockAct(civilA, task.id, 'suspend', { kind: 'appraisal', note: '委托鉴定' })).statusCode,
    ).toBe(200);
    await t.db
      .updateTable('case_suspensions')
      .set({ started_at: new Date(acceptedAt.getTime() + DAY) })
      .where('case_id', '=', caseId)
      .execute();
    expect((await clockAct(civilA, task.id, 'resume', { note: '鉴定意见已出具' })).statusCode).toBe(200);
    const suspended = await caseOf(t.db, caseId);
    const legalBefore = suspended.legal_deadline as Date;

    const id = await requested(caseId);
    expect((await caseOf(t.db, caseId)).legal_deadline).toEqual(legalBefore);
    const pending = await clockAct(civilA, task.id, 'extension', { reason });
    expect(pending.json().error.code).toBe('EXTENSION_PENDING');
    expect((await civilB.client.get('/api/extensions')).statusCode).toBe(403);
    expect((await civilB.client.post(`/api/extensions/${id}/approve`, {})).statusCode).toBe(403);
    const policeLeader = await world.officer('dept_leader', world.police);
    expect((await policeLeader.client.get('/api/extensions')).json().items).toEqual([]);
    expect((await policeLeader.client.post(`/api/extensions/${id}/approve`, {})).statusCode).toBe(403);

    const expected = extendDeadline(calendar, legalBefore, 10);
    const list = (await leader.client.get('/api/extensions')).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        id,
        caseNumber: suspended.case_number,
        workingDays: 10,
        reason,
        legalDeadline: legalBefore.toISOString(),
        legalDeadlineIfApproved: expected.toISOString(),
      }),
    ]);
    const approved = await leader.client.post(`/api/extensions/${id}/approve`, {
      note: '同意延长10个工作日',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toEqual({ id, state: 'approved', legalDeadline: expected.toISOString() });

    const after = await caseOf(t.db, caseId);
    expect(after.legal_deadline).toEqual(expected);
    expect(workingDaysBetween(calendar, shanghaiDate(legalBefore), shanghaiDate(expected))).toBe(10);
    expect(after.promised_deadline).toEqual(suspended.promised_deadline);
    const document = await t.db
      .selectFrom('case_documents')
      .select('content')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'extension')
      .executeTakeFirstOrThrow();
    expect(document.content).toMatchObject({
      reasons: [reason],
      workingDays: 10,
      basis: '《中华人民共和国行政许可法》第四十二条',
    });
    const told = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('recipient', '=', after.applicant_phone)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(told.body).toContain(`法定办结期限为${shanghaiDate(expected)}`);

    expect((await leader.client.post(`/api/extensions/${id}/approve`, {})).json().error.code).toBe(
      'EXTENSION_DECIDED',
    );
    const second = await clockAct(civilA, task.id, 'extension', { reason });
    expect(second.json().error.code).toBe('EXTENSION_ONCE');
    const clock = (await civilA.client.get(`/api/tasks/${task.id}/clock`)).json();
    expect(clock.extensions.map((entry: { state: string }) => entry.state)).toEqual(['approved']);
    expect(clock.allowed.extension).toBe(false);
  });

  it('a rejection moves nothing and may be followed by another request; the step and the law bound it', async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const before = await caseOf(t.db, caseId);
    const id = await requested(caseId);
    const noReason = await world.officers.leader.client.post(`/api/extensions/${id}/reject`, { note: '' });
    expect(noReason.json().error.details[0].field).toBe('note');
    const rejected = await world.officers.leader.client.post(`/api/extensions/${id}/reject`, {
      note: '理由不充分',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((await caseOf(t.db, caseId)).legal_deadline).toEqual(before.legal_deadline);
    const told = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('purpose', '=', 'extension_decided')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(told.body).toContain('未获批准');
    await requested(caseId);

    const task = await openTask(t.db, caseId);
    const tooLong = await clockAct(world.officers.civilA, task.id, 'extension', { reason, workingDays: 11 });
    expect(tooLong.json().error.details[0]).toMatchObject({ field: 'workingDays' });
    const joint = await acceptedCase(world, world.jointItem);
    const review = await openTask(t.db, joint);
    const notAllowed = await clockAct(world.officers.civilA, review.id, 'extension', { reason });
    expect(notAllowed.json().error.code).toBe('ACTION_NOT_ALLOWED');
  });
});
