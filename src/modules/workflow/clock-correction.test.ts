import { beforeAll, describe, expect, it } from 'vitest';
import {
  acceptedEarlier,
  applicantPhoto,
  type ClockWorld,
  caseOf,
  clockAct,
  createClockWorld,
  DAY,
  openTask,
} from '../../../tests/support/clock-world';
import { createVerifiedResidents } from '../../../tests/support/factories';
import { pngImage } from '../../../tests/support/file-fixtures';
import { setUpTestApp, signInResident } from '../../../tests/support/test-app';
import { acceptedCase } from '../../../tests/support/workflow-world';
import { shanghaiDate } from '../calendar/rules/days';
import { lostWorkingDays } from '../calendar/rules/deadlines';
import { workingDaysBetween } from '../calendar/rules/working-days';

const t = setUpTestApp();
let world: ClockWorld;

beforeAll(async () => {
  world = await createClockWorld(t.db, t.app, '330189');
});

async function askForCorrection(caseId: string) {
  const task = await openTask(t.db, caseId);
  const asked = await clockAct(world.officers.civilA, task.id, 'correction', {
    corrections: ['补交近三个月的收入证明', '户口簿地址与申请表不一致，请说明'],
    note: '经审查材料需补正',
  });
  expect(asked.statusCode, asked.body).toBe(200);
  const corrections = await world.resident.get(`/api/resident/cases/${caseId}/corrections`);
  expect(corrections.statusCode, corrections.body).toBe(200);
  return { task, correction: corrections.json().items[0] };
}

describe('returning the case to the applicant for correction', () => {
  it('stops the clock until the applicant answers in the app, then restarts it and the task goes on', async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const acceptedAt = new Date(Date.now() - 10 * DAY);
    const calendar = await acceptedEarlier(t.db, caseId, acceptedAt);
    const before = await caseOf(t.db, caseId);
    const { task, correction } = await askForCorrection(caseId);
    expect(correction).toMatchObject({
      corrections: ['补交近三个月的收入证明', '户口簿地址与申请表不一致，请说明'],
      note: '经审查材料需补正',
      officeName: '330189民政局',
      answeredAt: null,
    });
    const startedAt = new Date(acceptedAt.getTime() + DAY);
    await t.db
      .updateTable('case_suspensions')
      .set({ started_at: startedAt })
      .where('id', '=', correction.id)
      .execute();
    const told = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('recipient', '=', before.applicant_phone)
      .where('purpose', '=', 'case_clock')
      .executeTakeFirstOrThrow();
    expect(told.body).toContain('需要您补正2项内容');
    expect((await clockAct(world.officers.civilA, task.id, 'approve', { opinion: '同意' })).statusCode).toBe(
      409,
    );

    const photo = await applicantPhoto(world, '收入证明');
    const answered = await world.resident.post(
      `/api/resident/cases/${caseId}/corrections/${correction.id}/answer`,
      {
        answer: '已上传收入证明；地址以户口簿为准',
        materialIds: [photo],
      },
    );
    expect(answered.statusCode, answered.body).toBe(200);

    const lost = lostWorkingDays(
      calendar,
      { start: startedAt, end: new Date() },
      { startedAt: acceptedAt, now: new Date() },
    );
    expect(lost).toBeGreaterThan(0);
    const after = await caseOf(t.db, caseId);
    const moved = (from: Date | null, to: Date | null) =>
      workingDaysBetween(calendar, shanghaiDate(from as Date), shanghaiDate(to as Date));
    expect(moved(before.promised_deadline, after.promised_deadline)).toBe(lost);
    expect(moved(before.legal_deadline, after.legal_deadline)).toBe(lost);
    expect(answered.json().promisedDeadline).toBe(after.promised_deadline?.toISOString());
    const stop = await t.db
      .selectFrom('case_suspensions')
      .selectAll()
      .where('id', '=', correction.id)
      .executeTakeFirstOrThrow();
    expect(stop).toMatchObject({
      ended_by_kind: 'resident',
      answer_channel: 'online',
      answer_material_ids: [photo],
    });
    const event = await t.db
      .selectFrom('case_events')
      .select(['actor_kind', 'channel'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'correction_answered')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ actor_kind: 'resident', channel: 'online' });

    const file = await world.officers.civilA.client.get(`/api/tasks/${task.id}/files/${photo}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    const holders = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('purpose', '=', 'correction_answered')
      .execute();
    expect(holders.some((message) => message.body.includes(before.case_number))).toBe(true);
    const again = await world.resident.post(
      `/api/resident/cases/${caseId}/corrections/${correction.id}/answer`,
      {
        answer: '再交一次',
      },
    );
    expect(again.json().error.code).toBe('CORRECTION_ALREADY_ANSWERED');
    expect(
      (await clockAct(world.officers.civilA, task.id, 'approve', { opinion: '补正后符合条件' })).statusCode,
    ).toBe(200);
  });

  it("is the applicant's alone, needs an answer or a file, and a clerk records one handed in at a window", async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const { correction } = await askForCorrection(caseId);
    const answerPath = `/api/resident/cases/${caseId}/corrections/${correction.id}/answer`;

    await createVerifiedResidents(t.db, [
      { phone: '13700000002', idNumber: world.residents.fromOtherStreet, name: '王大海' },
    ]);
    const neighbour = await signInResident(t.app, t.db, '13700000002');
    expect((await neighbour.get(`/api/resident/cases/${caseId}/corrections`)).statusCode).toBe(404);
    expect((await neighbour.post(answerPath, { answer: '代为补正' })).statusCode).toBe(404);
    const theirs = await neighbour.uploadForm(
      '/api/resident/materials',
      { name: '他人的收入证明' },
      { name: 'x.png', bytes: pngImage(33, 33), type: 'image/png' },
    );
    const notOwn = await world.resident.post(answerPath, {
      answer: '附上收入证明',
      materialIds: [theirs.json().id],
    });
    expect(notOwn.json().error).toMatchObject({ code: 'MATERIAL_NOT_APPLICANTS' });
    const empty = await world.resident.post(answerPath, { answer: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe('answer');

    const seen = await world.clerk.get(`/api/cases/${caseId}/corrections`);
    expect(seen.json().items[0].id).toBe(correction.id);
    const recorded = await world.clerk.post(`/api/cases/${caseId}/corrections/${correction.id}/answer`, {
      windowId: world.hall.windowId,
      answer: '申请人到窗口补交了收入证明原件，地址以户口簿为准',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const event = await t.db
      .selectFrom('case_events')
      .select(['actor_kind', 'channel', 'place'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'correction_answered')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_kind: 'staff', channel: 'window' });
    expect(event.place).toContain('1号窗口');
  });
});
