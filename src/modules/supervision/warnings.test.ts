import { beforeAll, describe, expect, it } from 'vitest';
import { clockAct } from '../../../tests/support/clock-world';
import { setUpTestApp } from '../../../tests/support/test-app';
import { acceptedCase, createWorkflowWorld, type WorkflowWorld } from '../../../tests/support/workflow-world';
import { Notifier } from '../notify/notifier';
import { sweepWarnings } from './sweep-warnings';

const t = setUpTestApp();
let world: WorkflowWorld;

beforeAll(async () => {
  world = await createWorkflowWorld(t.db, t.app, '330188');
});

const HOUR = 3_600_000;

async function openTask(caseId: string) {
  return await t.db
    .selectFrom('case_tasks')
    .select(['id', 'due_at'])
    .where('case_id', '=', caseId)
    .where('state', '=', 'open')
    .executeTakeFirstOrThrow();
}

const warningsOf = (caseId: string) =>
  t.db
    .selectFrom('case_warnings')
    .select(['task_id', 'level', 'reason', 'notified'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();

async function warningSmsCount(): Promise<number> {
  const { n } = await t.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('purpose', '=', 'deadline_warning')
    .executeTakeFirstOrThrow();
  return Number(n);
}

describe('deadline warnings', () => {
  it('raises red on a late step (and yellow on its case) once, telling the holders, the leader and supervision', async () => {
    const caseId = await acceptedCase(world, world.items.subsidy);
    const task = await openTask(caseId);
    const supervisor = await world.officer('supervisor', world.civil);
    const late = new Date(task.due_at.getTime() + 2 * HOUR);
    const first = await sweepWarnings({ db: t.db, notifier: new Notifier() }, late);
    expect(first.red).toBeGreaterThanOrEqual(1);
    const raised = await warningsOf(caseId);
    expect(raised.map(({ task_id, level, reason }) => ({ task: task_id !== null, level, reason }))).toEqual([
      { task: true, level: 'red', reason: 'overdue' },
      { task: false, level: 'yellow', reason: 'step_overdue' },
    ]);
    expect(raised[0]?.notified.length).toBeGreaterThanOrEqual(3);
    expect(await warningSmsCount()).toBeGreaterThan(0);

    const again = await sweepWarnings(
      { db: t.db, notifier: new Notifier() },
      new Date(late.getTime() + HOUR),
    );
    expect(await warningsOf(caseId)).toHaveLength(2);
    expect(again.red).toBe(0);

    const list = (await supervisor.client.get('/api/supervision/warnings?level=red')).json();
    expect(list.items.some((entry: { caseId: string }) => entry.caseId === caseId)).toBe(true);
    const byDepartment = (await supervisor.client.get('/api/supervision/warnings/by-department')).json();
    expect(
      byDepartment.items.find((row: { departmentId: string }) => row.departmentId === world.civil)?.red,
    ).toBeGreaterThanOrEqual(1);
  });

  it('raises yellow only once the working time left is within the share, and nothing for a green task', async () => {
    const caseId = await acceptedCase(world, world.items.subsidy);
    const task = await openTask(caseId);
    const deps = { db: t.db, notifier: new Notifier() };
    await sweepWarnings(deps, new Date());
    expect((await warningsOf(caseId)).filter((warning) => warning.task_id === task.id)).toEqual([]);
    // Three working days' limit, share 0.2: yellow in the last 0.6 working day, i.e. on the due day.
    await sweepWarnings(deps, new Date(task.due_at.getTime() - 2 * HOUR));
    const yellow = (await warningsOf(caseId)).filter((warning) => warning.task_id === task.id);
    expect(yellow.map((warning) => warning.level)).toEqual(['yellow']);
    // Already yellow and not yet due: the next sweep has nothing to raise; once due, red follows.
    await sweepWarnings(deps, new Date(task.due_at.getTime() - HOUR));
    const levels = async () =>
      (await warningsOf(caseId))
        .filter((warning) => warning.task_id === task.id)
        .map((warning) => warning.level);
    expect(await levels()).toEqual(['yellow']);
    await sweepWarnings(deps, new Date(task.due_at.getTime() + 2 * HOUR));
    expect(await levels()).toEqual(['yellow', 'red']);
  });

  it('warns a case on its own promised limit: yellow on its last day, red once it has passed', async () => {
    const caseId = await acceptedCase(world, world.items.subsidy);
    const accepted = await t.db
      .selectFrom('cases')
      .select(['promised_deadline', 'promised_limit_days'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(Number(accepted.promised_limit_days)).toBeGreaterThan(0);
    const promised = accepted.promised_deadline as Date;
    // The step is given all the time in the world, so only the case's own limit can warn.
    await t.db
      .updateTable('case_tasks')
      .set({ due_at: new Date(promised.getTime() + 30 * 24 * HOUR) })
      .where('case_id', '=', caseId)
      .execute();
    const deps = { db: t.db, notifier: new Notifier() };
    const ownLevels = async () =>
      (await warningsOf(caseId)).map((warning) => [warning.task_id, warning.level, warning.reason]);
    await sweepWarnings(deps, new Date(promised.getTime() - 2 * HOUR));
    expect(await ownLevels()).toEqual([[null, 'yellow', 'share_left']]);
    await sweepWarnings(deps, new Date(promised.getTime() + 2 * HOUR));
    expect(await ownLevels()).toEqual([
      [null, 'yellow', 'share_left'],
      [null, 'red', 'overdue'],
    ]);
  });

  it('raises every warning due when the candidates come in batches smaller than the backlog', async () => {
    const caseIds = [
      await acceptedCase(world, world.items.subsidy),
      await acceptedCase(world, world.items.subsidy),
      await acceptedCase(world, world.items.subsidy),
    ];
    const latest = Math.max(
      ...(await Promise.all(caseIds.map(openTask))).map((task) => task.due_at.getTime()),
    );
    await sweepWarnings({ db: t.db, notifier: new Notifier() }, new Date(latest + 2 * HOUR), 1);
    for (const caseId of caseIds) {
      const levels = (await warningsOf(caseId)).filter((w) => w.task_id !== null).map((w) => w.level);
      expect(levels).toEqual(['red']);
    }
  });

  it("raises the case's yellow once when two parallel steps are late in the same batch", async () => {
    const caseId = await acceptedCase(world, world.jointItem);
    const review = await openTask(caseId);
    for (const action of ['claim', 'approve']) {
      const response = await clockAct(world.officers.civilA, review.id, action, { opinion: '同意' });
      expect(response.statusCode, response.body).toBe(200);
    }
    const parallel = await t.db
      .selectFrom('case_tasks')
      .select('due_at')
      .where('case_id', '=', caseId)
      .where('state', '=', 'open')
      .execute();
    expect(parallel).toHaveLength(2);
    const late = Math.max(...parallel.map((task) => task.due_at.getTime())) + 2 * HOUR;
    const smsBefore = await warningSmsCount();
    await sweepWarnings({ db: t.db, notifier: new Notifier() }, new Date(late));

    const raised = await warningsOf(caseId);
    expect(raised.filter((w) => w.task_id !== null).map((w) => w.level)).toEqual(['red', 'red']);
    const caseOwn = raised.filter((w) => w.task_id === null);
    expect(caseOwn.map((w) => [w.level, w.reason])).toEqual([['yellow', 'step_overdue']]);
    // Each warning tells each of its people once: the case's yellow is not told twice.
    const told = raised.reduce((sum, w) => sum + w.notified.length, 0);
    expect((await warningSmsCount()) - smsBefore).toBeLessThanOrEqual(told);
    expect((await warningSmsCount()) - smsBefore).toBeGreaterThan(0);
  });

  it('shows warnings only to supervisors whose scope covers them', async () => {
    const elsewhere = await world.officer('supervisor', world.civil, world.otherStreet);
    const list = (await elsewhere.client.get('/api/supervision/warnings')).json();
    expect(list.total).toBe(0);
    const clerk = await world.clerk.get('/api/supervision/warnings');
    expect(clerk.statusCode).toBe(403);
  });
});
