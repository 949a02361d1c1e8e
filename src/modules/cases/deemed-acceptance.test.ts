import { beforeAll, describe, expect, it } from 'vitest';
import { createIntakeWorld, elderlyIntake, type IntakeWorld } from '../../../tests/support/case-world';
import { setUpTestApp } from '../../../tests/support/test-app';
import { shanghaiDate } from '../calendar/rules/days';
import { Notifier } from '../notify/notifier';
import { decisionDueOf } from './decision-due';
import { deemOverdueApplicationsAccepted } from './deemed-acceptance';

/** 行政许可法第三十二条: five working days to decide an application not made at a window, else deemed accepted. */
const t = setUpTestApp();
let world: IntakeWorld;
const deps = () => ({ db: t.db, notifier: new Notifier() });

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330185');
});

/** An elderly card applied for by the grid worker (代办) with the photo missing. */
async function agentApplication() {
  const response = await world.grid.post(
    '/api/cases',
    elderlyIntake(world, {
      channel: 'agent',
      windowId: undefined,
      materials: [{ key: 'identity_proof', state: 'provided' }],
    }),
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; caseNumber: string };
}

const row = (id: string) =>
  t.db
    .selectFrom('cases')
    .select(['status', 'submitted_at', 'accepted_at', 'decision_due', 'promised_deadline', 'row_version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('the intake decision date', () => {
  it('is the end of the fifth working day after submission, skipping holidays, for remote channels only', async () => {
    // Thu 2026-09-24: 25-27 September and 1-7 October rest, Sunday 20 September and Saturday 10 October work.
    const submitted = new Date('2026-09-24T16:30:00+08:00');
    expect((await decisionDueOf(t.db, 'online', submitted))?.toISOString()).toBe(
      new Date('2026-10-09T23:59:59+08:00').toISOString(),
    );
    expect(await decisionDueOf(t.db, 'phone', submitted)).toEqual(
      await decisionDueOf(t.db, 'agent', submitted),
    );
    expect(await decisionDueOf(t.db, 'window', submitted)).toBeNull();
  });

  it('is stored with an application and shown in the intake queue of its street, most urgent first', async () => {
    const later = await agentApplication();
    const sooner = await agentApplication();
    // As if the second had come in two weeks earlier.
    await t.db
      .updateTable('cases')
      .set({ decision_due: new Date(Date.now() - 14 * 86_400_000) })
      .where('id', '=', sooner.id)
      .execute();
    const atWindow = await world.clerk.post('/api/cases', elderlyIntake(world));
    expect((await row(later.id)).decision_due).not.toBeNull();
    expect((await row(atWindow.json().id)).decision_due).toBeNull();

    const queue = (await world.clerk.get('/api/cases/intake-queue')).json();
    const ids = queue.items.map((item: { id: string }) => item.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    expect(ids).not.toContain(atWindow.json().id);
    expect(queue.items.find((item: { id: string }) => item.id === sooner.id)).toMatchObject({
      channel: 'agent',
      applicantNameMasked: '张*英',
      workingDaysLeft: expect.any(Number),
    });
    expect(queue.items.find((item: { id: string }) => item.id === sooner.id).workingDaysLeft).toBeLessThan(0);
    // Another street's clerk does not take this street's applications.
    const other = (await world.otherClerk.get('/api/cases/intake-queue')).json();
    expect(other.items.map((item: { id: string }) => item.id)).not.toContain(later.id);
    // A decision takes the application out of the queue.
    await world.clerk.post(`/api/cases/${later.id}/missing-notice`, { version: later.version });
    const after = (await world.clerk.get('/api/cases/intake-queue')).json();
    expect(after.items.map((item: { id: string }) => item.id)).not.toContain(later.id);
  });
});

describe('deemed acceptance (视为受理)', () => {
  it('accepts an undecided application after its date, not before, as of the day it was submitted', async () => {
    const created = await agentApplication();
    const noticed = await agentApplication();
    await world.clerk.post(`/api/cases/${noticed.id}/missing-notice`, { version: noticed.version });
    const before = await row(created.id);
    const due = before.decision_due as Date;

    expect(await deemOverdueApplicationsAccepted(deps(), due)).not.toContain(created.caseNumber);
    expect((await row(created.id)).status).toBe('submitted');

    const accepted = await deemOverdueApplicationsAccepted(deps(), new Date(due.getTime() + 1000));
    expect(accepted).toContain(created.caseNumber);
    expect(accepted).not.toContain(noticed.caseNumber);
    const after = await row(created.id);
    expect(after).toMatchObject({ status: 'accepted', row_version: before.row_version + 1 });
    expect(after.accepted_at?.toISOString()).toBe(before.submitted_at.toISOString());
    expect(after.promised_deadline).not.toBeNull();

    const detail = (await world.clerk.get(`/api/cases/${created.id}`)).json();
    expect(detail.timeline.at(-1)).toMatchObject({
      kind: 'deemed_accepted',
      actorName: '系统',
      channel: 'system',
      status: 'accepted',
    });
    const acceptance = detail.documents.find((document: { kind: string }) => document.kind === 'acceptance');
    const printed = (await world.clerk.get(`/api/cases/${created.id}/documents/${acceptance.id}`)).json();
    const submittedOn = shanghaiDate(before.submitted_at);
    expect(printed.content).toMatchObject({
      acceptedOn: submittedOn,
      text: expect.stringContaining(`自收到申请材料之日（${submittedOn}）起即为受理`),
      basis: expect.stringContaining('第三十二条'),
    });
    const message = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('body', 'like', `%${created.caseNumber}%已受理%`)
      .executeTakeFirstOrThrow();
    expect(message.body).toContain('视为受理');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_kind', 'action'])
      .where('entity_id', '=', created.id)
      .where('action', '=', 'case.deem_accept')
      .executeTakeFirstOrThrow();
    expect(audit.actor_kind).toBe('system');
    // A second run finds nothing more to do.
    expect(await deemOverdueApplicationsAccepted(deps(), new Date(due.getTime() + 1000))).not.toContain(
      created.caseNumber,
    );
  });
});
