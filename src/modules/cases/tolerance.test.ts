import { beforeAll, describe, expect, it } from 'vitest';
import { createIntakeWorld, elderlyIntake, type IntakeWorld } from '../../../tests/support/case-world';
import { setUpTestApp } from '../../../tests/support/test-app';
import { addDays, shanghaiDate } from '../calendar/rules/days';
import { Notifier } from '../notify/notifier';
import { itemOfCase } from './case-item';
import { overdueCommitments, terminateOverdueCommitments } from './commitments';
import { calendarForAcceptance, deadlinesFor } from './deadlines';

const t = setUpTestApp();
let world: IntakeWorld;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330183');
});

/** A subsidy case whose ID card was handed over and whose (applicable) income proof is missing. */
async function subsidyCase(
  materials = [
    { key: 'id_card', state: 'provided' },
    { key: 'income_proof', state: 'missing' },
  ],
) {
  const response = await world.clerk.post('/api/cases', {
    itemId: world.items.subsidy,
    windowId: world.hall.windowId,
    applicant: { kind: 'person', number: world.residents.local },
    formData: { reason: '因病致贫' },
    materials,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; caseNumber: string };
}

/** The last day of the subsidy's promised limit for an acceptance now, from the same calendar. */
async function lastDayNow(caseId: string): Promise<string> {
  const row = await t.db
    .selectFrom('cases')
    .select(['item_id', 'item_version'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const item = await itemOfCase(t.db, row.item_id, row.item_version);
  const now = new Date();
  return deadlinesFor(await calendarForAcceptance(t.db, now), item, now).promisedLastDay;
}

const tolerate = (id: string, version: number, commitments: { key: string; due: string }[]) =>
  world.clerk.post(`/api/cases/${id}/accept-tolerantly`, {
    version,
    windowId: world.hall.windowId,
    commitments,
    signed: true,
  });

describe('tolerant acceptance (容缺受理)', () => {
  it('offers tolerance only when what is missing is secondary, with the due dates it allows', async () => {
    const created = await subsidyCase();
    const { acts } = (await world.clerk.get(`/api/cases/${created.id}`)).json();
    expect(acts).toContain('accept_tolerantly');
    expect(acts).not.toContain('accept');
    const check = (await world.clerk.get(`/api/cases/${created.id}/material-check`)).json();
    expect(check.toleranceDue).toEqual({
      after: shanghaiDate(new Date()),
      until: await lastDayNow(created.id),
    });
    const mainMissing = await subsidyCase([{ key: 'income_proof', state: 'missing' }]);
    const main = (await world.clerk.get(`/api/cases/${mainMissing.id}`)).json();
    expect(main.acts).not.toContain('accept_tolerantly');
  });

  it('never tolerates a required main material, and changes nothing when refused', async () => {
    const created = await subsidyCase([{ key: 'income_proof', state: 'missing' }]);
    const tomorrow = addDays(shanghaiDate(new Date()), 1);
    const response = await tolerate(created.id, created.version, [
      { key: 'id_card', due: tomorrow },
      { key: 'income_proof', due: tomorrow },
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'MAIN_MATERIAL_NOT_TOLERABLE',
      details: [{ field: 'commitments.0.key', message: expect.stringContaining('居民身份证') }],
    });
    const row = await t.db
      .selectFrom('cases')
      .select(['status', 'row_version', 'tolerant'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'submitted', row_version: 1, tolerant: false });
    const missingMain = await tolerate(created.id, created.version, [{ key: 'income_proof', due: tomorrow }]);
    expect(missingMain.json().error).toMatchObject({ code: 'MATERIALS_INCOMPLETE' });
  });

  it('refuses a due date past the last day of the promised limit, and one not after today', async () => {
    const created = await subsidyCase();
    const lastDay = await lastDayNow(created.id);
    const late = await tolerate(created.id, created.version, [
      { key: 'income_proof', due: addDays(lastDay, 1) },
    ]);
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toMatchObject({
      code: 'DUE_AFTER_PROMISED_LIMIT',
      details: [{ field: 'commitments.0.due', message: expect.stringContaining(lastDay) }],
    });
    const today = await tolerate(created.id, created.version, [
      { key: 'income_proof', due: shanghaiDate(new Date()) },
    ]);
    expect(today.json().error.code).toBe('DUE_DATE_PASSED');
    const unsigned = await world.clerk.post(`/api/cases/${created.id}/accept-tolerantly`, {
      version: created.version,
      commitments: [{ key: 'income_proof', due: lastDay }],
    });
    expect(unsigned.statusCode).toBe(400);
  });

  it('accepts with the commitment on record, due on the last day at the latest', async () => {
    const created = await subsidyCase();
    const lastDay = await lastDayNow(created.id);
    const response = await tolerate(created.id, created.version, [{ key: 'income_proof', due: lastDay }]);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'accepted', document: { kind: 'tolerant_acceptance' } });
    const detail = (await world.clerk.get(`/api/cases/${created.id}`)).json();
    expect(detail).toMatchObject({
      counts: { tolerant: true },
      currentStep: { key: 'review' },
      materials: expect.arrayContaining([
        expect.objectContaining({ key: 'income_proof', state: 'promised', promisedDue: lastDay }),
      ]),
    });
    const document = (
      await world.clerk.get(`/api/cases/${created.id}/documents/${response.json().document.id}`)
    ).json();
    expect(document.content).toMatchObject({
      commitments: [{ key: 'income_proof', name: '收入证明（有收入时）', due: lastDay }],
      promisedDeadline: lastDay,
    });
    expect(document.content.commitmentText).toContain(lastDay);
  });

  it('is not for on-the-spot items', async () => {
    const response = await world.clerk.post(
      '/api/cases',
      elderlyIntake(world, {
        materials: [
          { key: 'identity_proof', state: 'provided' },
          { key: 'photo', state: 'provided' },
          { key: 'agent_authorisation', state: 'missing' },
        ],
      }),
    );
    const tomorrow = addDays(shanghaiDate(new Date()), 1);
    const tolerant = await tolerate(response.json().id, 1, [{ key: 'agent_authorisation', due: tomorrow }]);
    expect(tolerant.json().error.code).toBe('TOLERANCE_NOT_FOR_ON_THE_SPOT');
  });
});

describe('an unmet commitment', () => {
  it('ends the case with a termination notice once its due date has passed; a kept one does not', async () => {
    const unmet = await subsidyCase();
    const kept = await subsidyCase();
    const due = addDays(shanghaiDate(new Date()), 1);
    const unmetAccepted = await tolerate(unmet.id, unmet.version, [{ key: 'income_proof', due }]);
    const keptAccepted = await tolerate(kept.id, kept.version, [{ key: 'income_proof', due }]);
    const supplied = await world.clerk.put(`/api/cases/${kept.id}/materials`, {
      version: keptAccepted.json().version,
      windowId: world.hall.windowId,
      visit: true,
      materials: [{ key: 'income_proof', state: 'provided' }],
    });
    expect(supplied.json()).toMatchObject({ commitmentsFulfilled: true });
    const other = await world.clerk.put(`/api/cases/${kept.id}/materials`, {
      version: supplied.json().version,
      materials: [{ key: 'id_card', state: 'defective', reason: '过期' }],
    });
    expect(other.json().error.code).toBe('CASE_ALREADY_ACCEPTED');

    expect(await overdueCommitments(t.db, due)).toEqual([]);
    const dayAfter = addDays(due, 1);
    const overdue = await overdueCommitments(t.db, dayAfter);
    expect(overdue.map((entry) => entry.caseId)).toEqual([unmet.id]);
    const terminated = await terminateOverdueCommitments({ db: t.db, notifier: new Notifier() }, dayAfter);
    expect(terminated).toEqual([unmet.caseNumber]);
    const detail = (await world.clerk.get(`/api/cases/${unmet.id}`)).json();
    expect(detail).toMatchObject({ status: 'terminated', currentStep: null });
    const tasks = await t.db
      .selectFrom('case_tasks')
      .select('state')
      .where('case_id', '=', unmet.id)
      .execute();
    expect(
      tasks.map((task) => task.state),
      'its back-office task leaves every inbox',
    ).toEqual(['cancelled']);
    expect(detail.documents.map((document: { kind: string }) => document.kind)).toEqual([
      'tolerant_acceptance',
      'termination',
    ]);
    expect(detail.timeline.at(-1)).toMatchObject({
      kind: 'terminated',
      actorName: '系统',
      channel: 'system',
    });
    expect(unmetAccepted.statusCode).toBe(200);
    expect((await world.clerk.get(`/api/cases/${kept.id}`)).json().status).toBe('accepted');
    expect(await overdueCommitments(t.db, dayAfter)).toEqual([]);
  });
});
