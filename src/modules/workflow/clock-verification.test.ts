import { beforeAll, describe, expect, it } from 'vitest';
import {
  applicantPhoto,
  type ClockWorld,
  clockAct,
  createClockWorld,
  openTask,
} from '../../../tests/support/clock-world';
import { setUpTestApp } from '../../../tests/support/test-app';
import { calendarFrom } from '../calendar/calendar-loader';
import { deadlineAfter } from '../calendar/rules/deadlines';

const t = setUpTestApp();
let world: ClockWorld;

beforeAll(async () => {
  world = await createClockWorld(t.db, t.app, '330191');
});

/** A case of the clock item whose ID card is the applicant's photo from the app, accepted at the window. */
async function caseWithPhoto(photo: string): Promise<string> {
  const started = await world.clerk.post('/api/cases', {
    itemId: world.clockItem,
    windowId: world.hall.windowId,
    applicant: { kind: 'person', number: world.residents.local },
    formData: { reason: '因病致贫' },
    materials: [{ key: 'id_card', state: 'provided', materialId: photo }],
  });
  expect(started.statusCode, started.body).toBe(201);
  const accepted = await world.clerk.post(`/api/cases/${started.json().id}/accept`, {
    version: started.json().version,
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return started.json().id;
}

const question = '请核实申请人户籍登记的住址是否为测试区1号';

describe('verification requests (信息核验)', () => {
  it('ask another department with a photo of the case; only it answers; the answer joins the history and the task', async () => {
    const photo = await applicantPhoto(world, '户口簿首页', true);
    const caseId = await caseWithPhoto(photo);
    const task = await openTask(t.db, caseId);
    const { civilA, civilB, police, insurance } = world.officers;

    const elsewhere = await applicantPhoto(world, '与本件无关的照片');
    const notOfCase = await clockAct(civilA, task.id, 'verifications', {
      toDepartmentId: world.police,
      question,
      materialIds: [elsewhere],
    });
    expect(notOfCase.json().error.code).toBe('MATERIAL_NOT_OF_CASE');
    const ownDepartment = await clockAct(civilA, task.id, 'verifications', {
      toDepartmentId: world.civil,
      question,
    });
    expect(ownDepartment.json().error.code).toBe('VERIFICATION_TARGET_INVALID');
    const asked = await clockAct(civilA, task.id, 'verifications', {
      toDepartmentId: world.police,
      question,
      materialIds: [photo],
    });
    expect(asked.statusCode, asked.body).toBe(200);

    const inbox = (await police.client.get('/api/verifications')).json();
    expect(inbox.total).toBe(1);
    const request = inbox.items[0];
    const calendar = await calendarFrom(t.db, new Date(request.askedAt), 1);
    expect(request).toMatchObject({
      question,
      state: 'open',
      workingDays: 3,
      fromDepartmentName: '330191民政局',
      toDepartmentName: '330191公安分局',
      files: [{ id: photo, name: '户口簿首页', mimeType: 'image/png' }],
      mayAnswer: true,
      dueAt: deadlineAfter(calendar, new Date(request.askedAt), 3).toISOString(),
    });
    const told = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('purpose', '=', 'verification_requested')
      .executeTakeFirstOrThrow();
    expect(told.body).toContain('核验请求');
    expect((await police.client.get(`/api/verifications/${request.id}/files/${photo}`)).statusCode).toBe(200);
    const outgoing = (await civilB.client.get('/api/verifications?box=outgoing')).json();
    expect(outgoing.items).toEqual([expect.objectContaining({ id: request.id, mayAnswer: false })]);

    const outsider = await world.officer('approver', world.insurance, world.otherStreet);
    expect((await outsider.client.get(`/api/verifications/${request.id}`)).statusCode).toBe(404);
    expect((await outsider.client.get(`/api/verifications/${request.id}/files/${photo}`)).statusCode).toBe(
      404,
    );
    const answer = { result: 'confirmed', note: '经查户籍系统，住址登记属实' };
    expect((await outsider.client.post(`/api/verifications/${request.id}/answer`, answer)).statusCode).toBe(
      404,
    );
    expect((await insurance.client.post(`/api/verifications/${request.id}/answer`, answer)).statusCode).toBe(
      403,
    );
    expect((await civilA.client.post(`/api/verifications/${request.id}/answer`, answer)).statusCode).toBe(
      403,
    );
    const noNote = await police.client.post(`/api/verifications/${request.id}/answer`, {
      result: 'not_confirmed',
    });
    expect(noNote.json().error.details[0].field).toBe('note');

    const answered = await police.client.post(`/api/verifications/${request.id}/answer`, answer);
    expect(answered.statusCode, answered.body).toBe(200);
    const twice = await police.client.post(`/api/verifications/${request.id}/answer`, answer);
    expect(twice.json().error.code).toBe('VERIFICATION_ANSWERED');
    const event = await t.db
      .selectFrom('case_events')
      .select(['office_name', 'details'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'verification_answered')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ office_name: '330191公安分局', details: { result: 'confirmed' } });
    const reply = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('purpose', '=', 'verification_answered')
      .executeTakeFirstOrThrow();
    expect(reply.body).toContain('属实');
    const clock = (await civilA.client.get(`/api/tasks/${task.id}/clock`)).json();
    expect(clock.verifications).toEqual([
      expect.objectContaining({ state: 'answered', result: 'confirmed', answerNote: answer.note }),
    ]);
    expect((await police.client.get('/api/verifications')).json().items).toEqual([]);
    const done = (await police.client.get('/api/verifications?state=answered')).json();
    expect(done.items.map((entry: { id: string }) => entry.id)).toEqual([request.id]);
  });
});
