import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { catalogEditor, publishItem, subsidy } from '../../../tests/support/case-world';
import { caseOf, openTask } from '../../../tests/support/clock-world';
import { createStaffUser } from '../../../tests/support/factories';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';
import {
  acceptedCase,
  createJointBundle,
  createWorkflowWorld,
  type JointBundle,
  type WorkflowWorld,
} from '../../../tests/support/workflow-world';
import { correctProvisionalDeadlinesJob } from './clock-jobs';

/**
 * Issue 13 §5: the test database's calendar ends with 2026 (chinese-days), so a
 * case accepted on the last day of 2026 counts into a year with no schedule.
 */

const t = setUpTestApp();
let world: WorkflowWorld;
let admin: Client;
let oneDayItem: string;
let bundle: JointBundle;

const at = (text: string) => new Date(`${text}+08:00`);

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('2026-12-31T10:00:00'));
  world = await createWorkflowWorld(t.db, t.app, '330187');
  const content = subsidy(world.civil, {
    name: '一日办结事项（测试）',
    promisedLimitDays: 1,
    legalLimitDays: 20,
    workflow: [
      {
        key: 'review',
        name: '民政审查',
        actor: { kind: 'role', role: 'approver', departmentId: world.civil },
        limitDays: 1,
        actions: ['approve', 'return'],
      },
    ],
  });
  oneDayItem = await publishItem(t.db, await catalogEditor(t.db, world.civil), content);
  bundle = await createJointBundle(t.db, world);
  const account = await createStaffUser(t.db, { role: 'admin', regionCode: null });
  admin = await signInStaff(t.app, account.username, account.password);
});

afterAll(() => {
  vi.useRealTimers();
});

/** The test's own 2027 schedule, which also gives Monday 4 January off, so that dates move. */
const load2027 = async () => {
  const loaded = await admin.post('/api/calendar/years/2027', {
    holidays: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-01-04', name: '元旦' },
    ],
    workdays: [],
  });
  expect(loaded.statusCode, loaded.body).toBe(200);
};

const runJob = () =>
  correctProvisionalDeadlinesJob.run(
    { db: t.db, notifier: t.app.ctx.notifier, files: undefined as never },
    {},
    { trigger: 'send', attempt: 1, startedAt: new Date(), signal: new AbortController().signal },
  );

describe('a deadline into a year with no schedule', () => {
  it('is counted past 元旦 and marked provisional on the case, its notice, its task and the progress page; loading the year corrects it and tells the applicant and the task holder', async () => {
    const caseId = await acceptedCase(world, oneDayItem);

    // 2027-01-01 (元旦, by law) rests, 2-3 January is a weekend: Monday 4 January.
    const accepted = await caseOf(t.db, caseId);
    expect(accepted.promised_deadline).toEqual(at('2027-01-04T23:59:59'));
    expect(accepted.deadlines_provisional).toBe(true);
    const task = await openTask(t.db, caseId);
    expect(task.due_at).toEqual(at('2027-01-04T23:59:59'));
    expect(task.due_provisional).toBe(true);

    const detail = (await world.clerk.get(`/api/cases/${caseId}`)).json();
    expect(detail.deadlinesProvisional).toBe(true);
    const notice = detail.documents.find((document: { kind: string }) => document.kind === 'acceptance');
    const document = (await world.clerk.get(`/api/cases/${caseId}/documents/${notice.id}`)).json();
    expect(document.content).toMatchObject({
      promisedDeadline: '2027-01-04',
      deadlineProvisional: true,
      deadlineNote: '按法定节假日暂估，待国务院公布安排后自动校正',
    });
    const officer = world.officers.civilA.client;
    expect((await officer.get(`/api/tasks/${task.id}`)).json().dueProvisional).toBe(true);
    const pool = (await officer.get('/api/tasks?box=pool')).json().items;
    expect(pool.find((entry: { taskId: string }) => entry.taskId === task.id)).toMatchObject({
      dueProvisional: true,
    });
    const progress = await t.app.inject({
      method: 'GET',
      url: `/api/public/progress/${accepted.public_code}`,
    });
    expect(progress.json()).toMatchObject({ deadlineProvisional: true });

    // A day set by hand in 2027 that the count does not reach: checked, nothing written, still provisional.
    const march = await admin.put('/api/calendar/days/2027-03-01', { kind: 'holiday', name: '测试假日' });
    expect(march.statusCode, march.body).toBe(200);
    expect(await runJob()).toMatchObject({ checked: 1, moved: 0 });
    expect(await caseOf(t.db, caseId)).toMatchObject({
      row_version: accepted.row_version,
      deadlines_provisional: true,
    });

    await load2027();
    const summary = await runJob();
    expect(summary).toMatchObject({ moved: 1, caseNumbers: [accepted.case_number] });

    const corrected = await caseOf(t.db, caseId);
    expect(corrected.promised_deadline).toEqual(at('2027-01-05T23:59:59'));
    expect(corrected.deadlines_provisional).toBe(false);
    const correctedTask = await openTask(t.db, caseId);
    expect(correctedTask.due_at).toEqual(at('2027-01-05T23:59:59'));
    expect(correctedTask.due_provisional).toBe(false);

    const messages = await t.db
      .selectFrom('notifications')
      .select(['recipient', 'purpose', 'body'])
      .where('body', 'like', `%${accepted.case_number}%`)
      .where('purpose', 'in', ['case_clock', 'task_due_corrected'])
      .execute();
    expect(messages).toContainEqual(
      expect.objectContaining({
        recipient: accepted.applicant_phone,
        purpose: 'case_clock',
        body: expect.stringContaining('由2027-01-04校正为2027-01-05'),
      }),
    );
    expect(messages.some((message) => message.purpose === 'task_due_corrected')).toBe(true);
    const events = await t.db
      .selectFrom('case_events')
      .select('details')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'deadlines_corrected')
      .execute();
    expect(events).toHaveLength(1);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', caseId)
      .where('action', '=', 'case.deadlines.correct')
      .execute();
    expect(audit).toHaveLength(1);
    expect((await world.clerk.get(`/api/cases/${caseId}`)).json().deadlinesProvisional).toBe(false);

    // Run again: nothing is provisional any more, nothing moves, nobody is told twice.
    expect(await runJob()).toMatchObject({ checked: 0, moved: 0 });
  });

  it('moves a joint case with its children and tells the applicant once per move, by the bundle’s number', async () => {
    // Back to a calendar without 2027 (the test before loaded it).
    await t.db.deleteFrom('calendar_exceptions').where('day', '>=', '2027-01-01').execute();
    await t.db.deleteFrom('calendar_years').where('year', '=', 2027).execute();
    const applied = await world.clerk.post('/api/joint-cases', {
      bundleId: bundle.bundleId,
      windowId: world.hall.windowId,
      applicant: { kind: 'person', number: world.residents.local },
      formData: { child_name: '张小宝' },
      materials: ['id_card', 'birth_cert', 'photo'].map((key) => ({ key, state: 'provided' })),
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const parentId = applied.json().id as string;
    const accepted = await world.clerk.post(`/api/cases/${parentId}/accept`, {
      version: applied.json().version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const parent = await caseOf(t.db, parentId);
    expect(parent.deadlines_provisional).toBe(true);

    await load2027();
    const summary = await runJob();
    expect(summary.moved).toBe(2);
    const after = await caseOf(t.db, parentId);
    expect(after.deadlines_provisional).toBe(false);
    expect(after.promised_deadline?.getTime()).toBeGreaterThan(parent.promised_deadline?.getTime() ?? 0);
    const told = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('recipient', '=', parent.applicant_phone)
      .where('body', 'like', `%${parent.case_number}%校正%`)
      .execute();
    // The bundle's date is its slower child's: it moved once, whichever child was counted first.
    expect(told).toHaveLength(1);
  });
});
