import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ClockWorld,
  createClockWorld,
  openTask,
  versionOf,
} from '../../../../tests/support/clock-world';
import { nativeExecutable, pdfDocument, pngImage } from '../../../../tests/support/file-fixtures';
import { setUpTestApp } from '../../../../tests/support/test-app';
import { acceptedCase, type Officer } from '../../../../tests/support/workflow-world';
import { fileStoreIn, sha256Of } from '../../materials/file-store';
import { discardUnusedAttachments } from './discard-unused';

const t = setUpTestApp();
let world: ClockWorld;

beforeAll(async () => {
  world = await createClockWorld(t.db, t.app, '330191');
});

const photo = (seed: number) => ({ name: 'site.png', bytes: pngImage(30 + seed, 20), type: 'image/png' });

async function attach(officer: Officer, taskId: string, name: string, file = photo(name.length)) {
  return await officer.client.uploadForm(`/api/tasks/${taskId}/attachments`, { name }, file);
}

/** Uploads a file for the task and returns the attachment's id. */
async function attached(officer: Officer, taskId: string, name: string): Promise<string> {
  const upload = await attach(officer, taskId, name);
  expect(upload.statusCode, upload.body).toBe(201);
  return upload.json().id;
}

const usedBy = async (id: string) =>
  (
    await t.db
      .selectFrom('case_attachments')
      .select(['event_id', 'used_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).event_id;

describe("officers' attachments (办理附件)", () => {
  it('uploads for whoever may act, with the material checks; refuses others and executables', async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const task = await openTask(t.db, caseId);
    const { civilA, police, leader } = world.officers;

    const uploaded = await attach(civilA, task.id, '现场核查照片');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({ name: '现场核查照片', mimeType: 'image/png' });
    expect(uploaded.json().sizeBytes).toBeGreaterThan(0);

    // Both see the task (case.view in the district; the department's leader) but may not act on it.
    expect((await attach(police, task.id, '无关照片')).statusCode).toBe(403);
    const byLeader = await attach(leader, task.id, '领导照片');
    expect(byLeader.json().error).toMatchObject({
      code: 'FORBIDDEN',
      message: '您不是该待办的办理人，不能上传附件',
    });
    const program = await attach(civilA, task.id, '检验报告', {
      name: 'report.pdf',
      bytes: nativeExecutable(),
      type: 'application/pdf',
    });
    expect(program.statusCode).toBe(415);
    expect(program.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const unnamed = await civilA.client.uploadForm(`/api/tasks/${task.id}/attachments`, {}, photo(1));
    expect(unnamed.json().error.details[0]).toMatchObject({ field: 'name', label: '名称' });
    const noFile = await civilA.client.uploadForm(`/api/tasks/${task.id}/attachments`, { name: '照片' });
    expect(noFile.json().error.details[0]).toMatchObject({ field: 'file' });

    // Not the applicant's: nothing enters the material repository.
    const materials = await t.db.selectFrom('materials').select('id').execute();
    expect(materials).toHaveLength(0);
  });

  it('goes with approve and return into the history and the route, staff only; once, and only on its case', async () => {
    const caseId = await acceptedCase(world, world.jointItem);
    const otherCase = await acceptedCase(world, world.clockItem);
    const review = await openTask(t.db, caseId);
    const { civilA, police } = world.officers;
    const sitePhoto = await attached(civilA, review.id, '现场核查照片');
    const report = await civilA.client.uploadForm(
      `/api/tasks/${review.id}/attachments`,
      { name: '检验报告' },
      { name: 'report.pdf', bytes: pdfDocument('检验报告'), type: 'application/pdf' },
    );
    const elsewhere = await attached(civilA, (await openTask(t.db, otherCase)).id, '另一件的照片');

    const approveBody = { version: review.row_version, opinion: '经现场核查，情况属实。' };
    const notOfCase = await civilA.client.post(`/api/tasks/${review.id}/approve`, {
      ...approveBody,
      attachmentIds: [sitePhoto, elsewhere],
    });
    expect(notOfCase.statusCode).toBe(400);
    expect(notOfCase.json().error).toMatchObject({
      code: 'ATTACHMENT_NOT_OF_CASE',
      details: [{ field: 'attachmentIds', label: '办理附件' }],
    });
    expect(await usedBy(sitePhoto)).toBeNull();

    const tooMany = await civilA.client.post(`/api/tasks/${review.id}/approve`, {
      ...approveBody,
      attachmentIds: Array.from({ length: 11 }, () => sitePhoto),
    });
    expect(tooMany.json().error.details[0]).toMatchObject({
      field: 'attachmentIds',
      message: '每次操作最多附10个附件',
    });

    const approved = await civilA.client.post(`/api/tasks/${review.id}/approve`, {
      ...approveBody,
      attachmentIds: [sitePhoto, report.json().id],
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const event = await t.db
      .selectFrom('case_events')
      .select(['id', 'details'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'step_approved')
      .executeTakeFirstOrThrow();
    expect(event.details.attachments).toEqual([
      { id: sitePhoto, name: '现场核查照片', mimeType: 'image/png', sizeBytes: expect.any(Number) },
      { id: report.json().id, name: '检验报告', mimeType: 'application/pdf', sizeBytes: expect.any(Number) },
    ]);
    expect(await usedBy(sitePhoto)).toBe(event.id);

    const check = await t.db
      .selectFrom('case_tasks')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('step_key', '=', 'police')
      .executeTakeFirstOrThrow();
    const returnBody = {
      version: check.row_version,
      toStep: 'review',
      opinion: '户籍地址与申报不符，请补充核查。',
    };
    const again = await police.client.post(`/api/tasks/${check.id}/return`, {
      ...returnBody,
      attachmentIds: [sitePhoto],
    });
    expect(again.json().error).toMatchObject({
      code: 'ATTACHMENT_ALREADY_USED',
      message: '办理附件：附件“现场核查照片”已随其他操作提交，不能重复使用，请重新上传',
    });
    const record = await attached(police, check.id, '户籍核查记录');
    const returned = await police.client.post(`/api/tasks/${check.id}/return`, {
      ...returnBody,
      attachmentIds: [record],
    });
    expect(returned.statusCode, returned.body).toBe(200);

    const page = (await civilA.client.get(`/api/tasks/${(await openTask(t.db, caseId)).id}`)).json();
    const byStep = Object.fromEntries(
      page.route
        .filter((entry: { attachments: unknown[] }) => entry.attachments.length > 0)
        .map((entry: { stepName: string; attachments: { name: string }[] }) => [
          entry.stepName,
          entry.attachments.map((attachment) => attachment.name),
        ]),
    );
    expect(byStep).toEqual({ 民政初审: ['现场核查照片', '检验报告'], 公安核查: ['户籍核查记录'] });
    const history = (await world.clerk.get(`/api/cases/${caseId}`)).json().timeline;
    const names = (kind: string) =>
      history
        .find((entry: { kind: string }) => entry.kind === kind)
        .attachments.map((attachment: { name: string }) => attachment.name);
    expect(names('step_approved')).toEqual(['现场核查照片', '检验报告']);
    expect(names('step_returned')).toEqual(['户籍核查记录']);

    const ownCase = (await world.resident.get(`/api/resident/cases/${caseId}`)).json();
    expect(JSON.stringify(ownCase)).not.toContain('现场核查照片');
    const code = (
      await t.db.selectFrom('cases').select('public_code').where('id', '=', caseId).executeTakeFirstOrThrow()
    ).public_code;
    const progress = await t.app.inject({ method: 'GET', url: `/api/public/progress/${code}` });
    expect(progress.statusCode).toBe(200);
    expect(progress.body).not.toContain('现场核查照片');
    expect(progress.body).not.toContain('attachments');
  });

  it('opens the file for staff who may see the case, 404 for others', async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const task = await openTask(t.db, caseId);
    const { civilA, police } = world.officers;
    const id = await attached(civilA, task.id, '专家意见');
    const url = `/api/cases/${caseId}/attachments/${id}/file`;

    const byHolder = await civilA.client.get(url);
    expect(byHolder.statusCode).toBe(200);
    expect(byHolder.headers['content-type']).toBe('image/png');
    expect(byHolder.headers['content-disposition']).toContain(encodeURIComponent('专家意见.png'));
    expect((await world.clerk.get(url)).statusCode).toBe(200);
    // The police approver holds case.view across the district.
    expect((await police.client.get(url)).statusCode).toBe(200);

    const outsider = await world.officer('grid_worker', world.police);
    expect((await outsider.client.get(url)).statusCode).toBe(404);
    expect((await world.resident.get(url)).statusCode).toBe(403);
    const otherCase = await acceptedCase(world, world.clockItem);
    expect((await civilA.client.get(`/api/cases/${otherCase}/attachments/${id}/file`)).statusCode).toBe(404);
  });

  it('leaves the attachment unused when the action fails, e.g. on a version conflict', async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const task = await openTask(t.db, caseId);
    const { civilA } = world.officers;
    const id = await attached(civilA, task.id, '检测报告');

    const stale = await civilA.client.post(`/api/tasks/${task.id}/suspend`, {
      version: task.row_version + 5,
      kind: 'testing',
      note: '送检验机构检测',
      attachmentIds: [id],
    });
    expect(stale.json().error.code).toBe('TASK_VERSION_CONFLICT');
    const badTarget = await civilA.client.post(`/api/tasks/${task.id}/return`, {
      version: task.row_version,
      toStep: 'decide',
      opinion: '退回',
      attachmentIds: [id],
    });
    expect(badTarget.json().error.code).toBe('RETURN_TARGET_INVALID');
    expect(await usedBy(id)).toBeNull();

    const suspended = await civilA.client.post(`/api/tasks/${task.id}/suspend`, {
      version: await versionOf(civilA, task.id),
      kind: 'testing',
      note: '送检验机构检测',
      attachmentIds: [id],
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(await usedBy(id)).not.toBeNull();
    const report = await attached(civilA, task.id, '检测结果');
    const resumed = await civilA.client.post(`/api/tasks/${task.id}/resume`, {
      version: await versionOf(civilA, task.id),
      note: '检测合格',
      attachmentIds: [report],
    });
    expect(resumed.statusCode, resumed.body).toBe(200);
    const events = await t.db
      .selectFrom('case_events')
      .select(['kind', 'details'])
      .where('case_id', '=', caseId)
      .where('kind', 'in', ['suspended', 'resumed'])
      .orderBy('id')
      .execute();
    expect(
      events.map((event) => (event.details.attachments as { name: string }[]).map((a) => a.name)),
    ).toEqual([['检测报告'], ['检测结果']]);
  });

  it('drops uploads no action took within a week, and their files unless still held', async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const task = await openTask(t.db, caseId);
    const { civilA } = world.officers;
    const png = (width: number) => ({ name: 'site.png', bytes: pngImage(width, 20), type: 'image/png' });
    const upload = async (name: string, file: ReturnType<typeof png>) => {
      const response = await attach(civilA, task.id, name, file);
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const used = await upload('提交的照片', png(91));
    const stale = await upload('没提交的照片', png(92));
    const twin = await upload('同一张没提交', png(91));
    const fresh = await upload('刚上传的照片', png(93));
    const approved = await civilA.client.post(`/api/tasks/${task.id}/approve`, {
      version: await versionOf(civilA, task.id),
      opinion: '同意',
      attachmentIds: [used],
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const now = new Date(Date.now() + 8 * 86_400_000);
    // Uploaded two days before that moment: not a week old then.
    // Upload times are never edited by the platform; the test moves one the only way it can.
    await sql`UPDATE case_attachments SET uploaded_at = ${new Date(now.getTime() - 2 * 86_400_000)}
      WHERE id = ${fresh}`.execute(t.db);

    const files = fileStoreIn(t.config.dataDir);
    const result = await discardUnusedAttachments({ db: t.db, files }, now);
    expect(result.attachments).toBeGreaterThanOrEqual(2);
    const left = await t.db
      .selectFrom('case_attachments')
      .select('id')
      .where('case_id', '=', caseId)
      .execute();
    expect(left.map((row) => row.id).sort()).toEqual([used, fresh].sort());
    await expect(files.has(sha256Of(pngImage(92, 20)))).resolves.toBe(false);
    // The submitted attachment holds the same bytes as the dropped twin.
    await expect(files.has(sha256Of(pngImage(91, 20)))).resolves.toBe(true);
    await expect(files.has(sha256Of(pngImage(93, 20)))).resolves.toBe(true);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('before')
      .where('action', '=', 'case.discard_unused_attachment')
      .where('entity_id', '=', caseId)
      .execute();
    expect(audited.map((row) => (row.before as { name: string }).name).sort()).toEqual(
      ['同一张没提交', '没提交的照片'].sort(),
    );
    expect(stale).not.toBe(twin);
  });
});

describe('attachments of a verification request and its answer', () => {
  it('the department asked answers with a paper of its own, which goes with that answer only', async () => {
    const caseId = await acceptedCase(world, world.clockItem);
    const task = await openTask(t.db, caseId);
    const { civilA, police } = world.officers;
    const sitePhoto = await attached(civilA, task.id, '现场核查照片');
    const asked = await civilA.client.post(`/api/tasks/${task.id}/verifications`, {
      version: await versionOf(civilA, task.id),
      toDepartmentId: world.police,
      question: '请核实申请人户籍登记的住址是否属实',
      attachmentIds: [sitePhoto],
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const [request] = (await police.client.get('/api/verifications')).json().items;
    expect(request.attachments).toEqual([expect.objectContaining({ id: sitePhoto, name: '现场核查照片' })]);
    const sitePhotoUrl = `/api/verifications/${request.id}/attachments/${sitePhoto}/file`;
    expect((await police.client.get(sitePhotoUrl)).statusCode).toBe(200);

    const forAnswer = (name: string, file = photo(name.length + 40)) =>
      police.client.uploadForm(`/api/verifications/${request.id}/attachments`, { name }, file);
    expect(
      (
        await civilA.client.uploadForm(
          `/api/verifications/${request.id}/attachments`,
          { name: '提问方上传' },
          photo(1),
        )
      ).statusCode,
    ).toBe(403);
    const refused = await forAnswer('改名的程序', {
      name: 'page.png',
      bytes: nativeExecutable(),
      type: 'image/png',
    });
    expect(refused.statusCode).toBe(415);
    const registerPage = await forAnswer('户籍登记页');
    expect(registerPage.statusCode, registerPage.body).toBe(201);
    const registerPageId = registerPage.json().id as string;

    // Each upload goes with the action it was made for.
    const taskTakesIt = await civilA.client.post(`/api/tasks/${task.id}/approve`, {
      version: await versionOf(civilA, task.id),
      opinion: '同意',
      attachmentIds: [registerPageId],
    });
    expect(taskTakesIt.json().error).toMatchObject({
      code: 'ATTACHMENT_NOT_OF_ACTION',
      details: [expect.objectContaining({ field: 'attachmentIds' })],
    });
    const taskUpload = await attached(civilA, task.id, '民政的照片');
    const answerTakesTaskUpload = await police.client.post(`/api/verifications/${request.id}/answer`, {
      result: 'confirmed',
      attachmentIds: [taskUpload],
    });
    expect(answerTakesTaskUpload.json().error.code).toBe('ATTACHMENT_NOT_OF_ACTION');

    const answered = await police.client.post(`/api/verifications/${request.id}/answer`, {
      result: 'confirmed',
      note: '经查户籍系统，住址登记属实',
      attachmentIds: [registerPageId],
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(await usedBy(registerPageId)).not.toBeNull();
    const event = await t.db
      .selectFrom('case_events')
      .select('details')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'verification_answered')
      .executeTakeFirstOrThrow();
    expect((event.details.attachments as { name: string }[]).map((a) => a.name)).toEqual(['户籍登记页']);
    const clock = (await civilA.client.get(`/api/tasks/${task.id}/clock`)).json();
    expect(clock.verifications[0].answerAttachments).toEqual([
      expect.objectContaining({ id: registerPageId, name: '户籍登记页' }),
    ]);
    expect(
      (await civilA.client.get(`/api/cases/${caseId}/attachments/${registerPageId}/file`)).statusCode,
    ).toBe(200);
    expect(
      (await police.client.get(`/api/verifications/${request.id}/attachments/${registerPageId}/file`))
        .statusCode,
    ).toBe(200);
    // Another attachment of the case did not go with the request: not opened through it.
    expect(
      (await police.client.get(`/api/verifications/${request.id}/attachments/${taskUpload}/file`)).statusCode,
    ).toBe(404);
    const outsider = await world.officer('approver', world.insurance, world.otherStreet);
    expect((await outsider.client.get(sitePhotoUrl)).statusCode).toBe(404);
    expect((await forAnswer('回复以后')).json().error.code).toBe('VERIFICATION_ANSWERED');
  });
});
