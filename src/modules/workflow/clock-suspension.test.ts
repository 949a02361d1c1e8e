import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  acceptedEarlier,
  actorOf,
  type ClockWorld,
  caseOf,
  clockAct,
  createClockWorld,
  DAY,
  openTask,
} from '../../../tests/support/clock-world';
import { setUpTestApp } from '../../../tests/support/test-app';
import { acceptedCase } from '../../../tests/support/workflow-world';
import { auditActorOf } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import { lostWorkingDays } from '../calendar/rules/deadlines';
import { workingDaysBetween } from '../calendar/rules/working-days';
import { resumeCase } from './resume-case';
import { suspendCase } from './suspend-case';

const t = setUpTestApp();
let world: ClockWorld;

beforeAll(async () => {
  world = await createClockWorld(t.db, t.app, '330188');
});

const at = (text: string) => new Date(`${text}+08:00`);

const caseRow = (caseId: string) => caseOf(t.db, caseId);

describe('stopping the clock for a special procedure', () => {
  it('moves the case and step deadlines by exactly the working days lost over the National Day holiday', async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const task = await openTask(t.db, caseId);
    // Accepted Mon 21 Sep 2026, the review step open since Thu 24 Sep: deadlines 29 Sep, 26 Oct, 30 Sep.
    await t.db
      .updateTable('cases')
      .set({
        accepted_at: at('2026-09-21T10:00:00'),
        promised_deadline: at('2026-09-29T23:59:59'),
        legal_deadline: at('2026-10-26T23:59:59'),
      })
      .where('id', '=', caseId)
      .execute();
    await sql`UPDATE case_tasks SET opened_at = ${at('2026-09-24T10:00:00')}, due_at = ${at('2026-09-30T23:59:59')}
      WHERE id = ${task.id}`.execute(t.db);
    const actor = await actorOf(t.db, world.officers.civilA);
    const audit = auditActorOf(actor, null);
    const deps = { db: t.db, notifier: t.app.ctx.notifier };
    const input = { version: task.row_version, kind: 'expert_review' as const, note: '组织专家评审' };
    await suspendCase(deps, actor, audit, task.id, input, at('2026-09-28T09:00:00'));
    const stopped = await openTask(t.db, caseId);
    await resumeCase(
      deps,
      actor,
      audit,
      task.id,
      { version: stopped.row_version, note: '专家评审意见已出具' },
      at('2026-10-12T09:00:00'),
    );

    // Lost: 28, 29, 30 Sep and 8, 9, 10 Oct (the make-up Saturday works); 1-7 Oct rest anyway.
    const row = await caseRow(caseId);
    expect(row.promised_deadline).toEqual(at('2026-10-13T23:59:59'));
    expect(row.legal_deadline).toEqual(at('2026-11-03T23:59:59'));
    expect((await openTask(t.db, caseId)).due_at).toEqual(at('2026-10-14T23:59:59'));
    const resumed = await t.db
      .selectFrom('case_events')
      .select('details')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'resumed')
      .executeTakeFirstOrThrow();
    expect(resumed.details).toMatchObject({ kind: 'expert_review', lostWorkingDays: 6 });
  });

  it('refuses decisions while it stands still, tells the applicant in writing, shows the projected deadlines and never shortens them', async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const now = new Date();
    const acceptedAt = new Date(now.getTime() - 10 * DAY);
    const calendar = await acceptedEarlier(t.db, caseId, acceptedAt);
    const before = await caseRow(caseId);
    const task = await openTask(t.db, caseId);
    const { civilA } = world.officers;

    const stop = await clockAct(civilA, task.id, 'suspend', { kind: 'testing', note: '样品送检验机构检验' });
    expect(stop.statusCode, stop.body).toBe(200);
    // The countdown stands still while the clock does.
    const stopped = (await civilA.client.get(`/api/tasks/${task.id}`)).json();
    expect(stopped).toMatchObject({ clockStopped: true, counting: false });
    // The page offers no decision the server would refuse while it stands still (通过, 退回, 转办).
    expect(stopped).toMatchObject({ actions: [], mayTransfer: false });
    // Stopped the day after acceptance, well inside every limit, and standing still since.
    const startedAt = new Date(acceptedAt.getTime() + DAY);
    await t.db
      .updateTable('case_suspensions')
      .set({ started_at: startedAt })
      .where('case_id', '=', caseId)
      .execute();

    const approve = await clockAct(civilA, task.id, 'approve', { opinion: '同意' });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error).toMatchObject({ code: 'CASE_SUSPENDED' });
    expect(approve.json().error.message).toContain('检验');
    for (const [action, body] of [
      ['suspend', { kind: 'hearing', note: '举行听证' }],
      ['correction', { corrections: ['补交收入证明'] }],
      ['return', { toStep: 'review', opinion: '退回重审' }],
    ] as const) {
      const refused = await clockAct(civilA, task.id, action, body);
      expect(refused.json().error.code, action).toBe('CASE_SUSPENDED');
    }

    const lost = lostWorkingDays(
      calendar,
      { start: startedAt, end: null },
      { startedAt: before.accepted_at as Date, now },
    );
    expect(lost).toBeGreaterThan(0);
    const clock = (await civilA.client.get(`/api/tasks/${task.id}/clock`)).json();
    expect(clock.running).toMatchObject({ kind: 'testing', lostWorkingDays: lost, endedAt: null });
    expect(clock.allowed).toEqual({
      suspend: false,
      resume: true,
      correction: false,
      extension: true,
      verify: true,
    });
    const projected = new Date(clock.deadlines.promised.projected);
    expect(
      workingDaysBetween(calendar, shanghaiDate(before.promised_deadline as Date), shanghaiDate(projected)),
    ).toBe(lost);

    const resumed = await clockAct(civilA, task.id, 'resume', { note: '检验报告已出具，结论合格' });
    expect(resumed.statusCode, resumed.body).toBe(200);
    const after = await caseRow(caseId);
    expect(after.promised_deadline).toEqual(projected);
    expect(after.legal_deadline?.getTime()).toBeGreaterThan(before.legal_deadline?.getTime() as number);
    expect((await openTask(t.db, caseId)).due_at.getTime()).toBeGreaterThan(task.due_at.getTime());

    const document = await t.db
      .selectFrom('case_documents')
      .select(['kind', 'content'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'special_procedure')
      .executeTakeFirstOrThrow();
    expect(document.content).toMatchObject({
      procedure: 'testing',
      basis: '《中华人民共和国行政许可法》第四十五条',
    });
    const messages = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('recipient', '=', before.applicant_phone)
      .where('purpose', '=', 'case_clock')
      .orderBy('id')
      .execute();
    expect(messages.map((message) => message.body).join('\n')).toMatch(/需要进行检验[\s\S]*检验已结束/);
    expect((await clockAct(civilA, task.id, 'approve', { opinion: '同意' })).statusCode).toBe(200);
  });

  it('is refused where the step does not allow it, to whoever may not act, and a correction is not resumed by staff', async () => {
    const joint = await acceptedCase(world, world.jointItem);
    const review = await openTask(t.db, joint);
    const notAllowed = await clockAct(world.officers.civilA, review.id, 'suspend', {
      kind: 'hearing',
      note: '听证',
    });
    expect(notAllowed.json().error.code).toBe('ACTION_NOT_ALLOWED');

    const caseId = await acceptedCase(world, world.clockItem);
    const task = await openTask(t.db, caseId);
    const stranger = await clockAct(world.officers.police, task.id, 'suspend', {
      kind: 'hearing',
      note: '听证',
    });
    expect(stranger.statusCode).toBe(403);
    const nothingToResume = await clockAct(world.officers.civilA, task.id, 'resume', { note: '检验已结束' });
    expect(nothingToResume.json().error.code).toBe('CLOCK_NOT_STOPPED');
    const asked = await clockAct(world.officers.civilA, task.id, 'correction', {
      corrections: ['补交收入证明原件'],
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const resume = await clockAct(world.officers.civilA, task.id, 'resume', { note: '申请人已补正' });
    expect(resume.json().error.code).toBe('CORRECTION_AWAITS_APPLICANT');
  });
});
