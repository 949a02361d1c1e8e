import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createIntakeWorld,
  elderlyIntake,
  type IntakeWorld,
  statusMessages,
} from '../../../tests/support/case-world';
import { heldIdCard } from '../../../tests/support/certificate-factory';
import { type Client, setUpTestApp } from '../../../tests/support/test-app';

const t = setUpTestApp();
let world: IntakeWorld;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330182');
});

/** Starts an elderly-card case at the clerk's window with the given materials. */
async function start(materials: { key: string; state: string; reason?: string; certificateId?: string }[]) {
  const response = await world.clerk.post('/api/cases', elderlyIntake(world, { materials }));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; caseNumber: string; publicCode: string };
}

const heldCertificate = () =>
  heldIdCard(t.db, {
    holder: world.residents.local,
    validUntil: null,
    issuer: world.civil,
    region: world.district,
  });

const act = (client: Client, id: string, path: string, body: Record<string, unknown>) =>
  client.post(`/api/cases/${id}/${path}`, { windowId: world.hall.windowId, ...body });

const recordMaterials = (
  id: string,
  version: number,
  materials: unknown[],
  visit = false,
  newArrival = false,
) =>
  world.clerk.put(`/api/cases/${id}/materials`, {
    version,
    materials,
    visit,
    newArrival,
    windowId: world.hall.windowId,
  });

describe('intake decisions', () => {
  it('accepts a complete on-the-spot case and completes it with the card number', async () => {
    const created = await start([
      { key: 'identity_proof', state: 'provided' },
      { key: 'photo', state: 'provided' },
    ]);
    const accepted = await act(world.clerk, created.id, 'accept', { version: created.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      version: 2,
      document: { kind: 'acceptance', title: '受理通知书', number: `${created.caseNumber}-SL1` },
    });
    const listed = (await world.clerk.get(`/api/cases?q=${created.caseNumber}`)).json().items[0];
    const { promisedDeadline } = (await world.clerk.get(`/api/cases/${created.id}`)).json();
    expect(listed.promisedDeadline).toBe(promisedDeadline);
    expect(listed.workingDaysLeft).toBeGreaterThanOrEqual(0);
    const noNumber = await act(world.clerk, created.id, 'complete', { version: 2 });
    expect(noNumber.json().error).toMatchObject({ code: 'RESULT_NUMBER_REQUIRED' });
    const completed = await act(world.clerk, created.id, 'complete', {
      version: 2,
      resultNumber: 'LN2026000123',
    });
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json()).toMatchObject({ status: 'completed', document: { kind: 'result' } });
    const detail = (await world.clerk.get(`/api/cases/${created.id}`)).json();
    expect(detail).toMatchObject({
      status: 'completed',
      result: { resultName: '老年优待证', number: 'LN2026000123' },
      documents: [{ kind: 'acceptance' }, { kind: 'result' }],
    });
    expect(detail.timeline.map((entry: { kind: string }) => entry.kind)).toEqual([
      'created',
      'accepted',
      'completed',
    ]);
    const resultDocument = (
      await world.clerk.get(`/api/cases/${created.id}/documents/${detail.documents[1].id}`)
    ).json();
    expect(resultDocument.content).toMatchObject({
      number: `${created.caseNumber}-BJ1`,
      resultNumber: 'LN2026000123',
    });
    // An on-the-spot item is due the day it is accepted.
    expect(detail.promisedDeadline).not.toBeNull();
    expect(await statusMessages(t.db, created.caseNumber)).toHaveLength(3);
  });

  it('will not accept while materials are missing and names them', async () => {
    const created = await start([{ key: 'identity_proof', state: 'provided' }]);
    const response = await act(world.clerk, created.id, 'accept', { version: created.version });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'MATERIALS_INCOMPLETE',
      details: { materials: ['photo'] },
    });
    expect(response.json().error.message).toContain('近期一寸彩照');
  });

  it('issues ONE notice listing everything missing or wrong, then accepts what the applicant brings back', async () => {
    const created = await start([
      { key: 'identity_proof', state: 'defective', reason: '复印件模糊，出生日期无法辨认' },
    ]);
    const check = (await world.clerk.get(`/api/cases/${created.id}/material-check`)).json();
    expect(check.problems.map((problem: { key: string }) => problem.key)).toEqual([
      'identity_proof',
      'photo',
    ]);
    expect(check.firstNotice).toBeNull();
    const { acts } = (await world.clerk.get(`/api/cases/${created.id}`)).json();
    expect(acts).toEqual(['record_materials', 'correct_form', 'missing_notice', 'refuse']);
    const notice = await act(world.clerk, created.id, 'missing-notice', { version: created.version });
    expect(notice.statusCode, notice.body).toBe(200);
    expect(notice.json()).toMatchObject({
      status: 'awaiting_materials',
      document: { kind: 'missing_materials' },
    });
    const document = (
      await world.clerk.get(`/api/cases/${created.id}/documents/${notice.json().document.id}`)
    ).json();
    expect(document.content.items).toEqual([
      {
        key: 'identity_proof',
        name: '身份证明有效证件',
        problem: 'defective',
        reason: '复印件模糊，出生日期无法辨认',
      },
      { key: 'photo', name: '近期一寸彩照', problem: 'missing', reason: null },
    ]);
    expect(document.content.basis).toContain('第三十二条');
    const back = await recordMaterials(
      created.id,
      notice.json().version,
      [
        { key: 'identity_proof', state: 'provided', newSubmission: true },
        { key: 'photo', state: 'provided' },
      ],
      true,
      true,
    );
    expect(back.statusCode, back.body).toBe(200);
    const accepted = await act(world.clerk, created.id, 'accept', { version: back.json().version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const detail = (await world.clerk.get(`/api/cases/${created.id}`)).json();
    expect(detail.counts.visits).toBe(2);
    expect(detail.timeline.map((entry: { kind: string }) => entry.kind)).toEqual([
      'created',
      'missing_notice_issued',
      'visit',
      'materials_recorded',
      'accepted',
    ]);
  });

  it('refuses a notice when nothing is missing', async () => {
    const created = await start([
      { key: 'identity_proof', state: 'provided' },
      { key: 'photo', state: 'provided' },
    ]);
    const response = await act(world.clerk, created.id, 'missing-notice', { version: created.version });
    expect(response.json().error.code).toBe('NOTHING_MISSING');
  });
});

describe('a second valid certificate of the same type', () => {
  /** A complete elderly-card case accepted at the window, ready to be completed with a card number. */
  async function accepted() {
    const created = await start([
      { key: 'identity_proof', state: 'provided' },
      { key: 'photo', state: 'provided' },
    ]);
    const response = await act(world.clerk, created.id, 'accept', { version: created.version });
    return { id: created.id, version: response.json().version as number };
  }
  const cards = () =>
    t.db
      .selectFrom('certificates')
      .select(['number', 'status', 'status_reason'])
      .where('type', '=', 'elderly_card')
      .where('holder_number', '=', world.residents.local)
      .where('status', '=', 'valid')
      .execute();

  it('asks before issuing it (老年优待证: ask), then replaces the held one with reason 换发', async () => {
    const first = await accepted();
    const issued = await act(world.clerk, first.id, 'complete', {
      version: first.version,
      resultNumber: '浙老优330191000101',
      replaceHeld: true,
    });
    expect(issued.statusCode, issued.body).toBe(200);

    const second = await accepted();
    const asked = await act(world.clerk, second.id, 'complete', {
      version: second.version,
      resultNumber: '浙老优330191000102',
    });
    expect(asked.statusCode).toBe(409);
    expect(asked.json().error).toMatchObject({
      code: 'CERTIFICATE_HELD',
      details: [{ field: 'replaceHeld' }],
    });
    expect(asked.json().error.message).toContain('浙老优330191000101');
    expect((await world.clerk.get(`/api/cases/${second.id}`)).json().status).toBe('accepted');
    expect(await cards()).toEqual([{ number: '浙老优330191000101', status: 'valid', status_reason: null }]);

    const replaced = await act(world.clerk, second.id, 'complete', {
      version: second.version,
      resultNumber: '浙老优330191000102',
      replaceHeld: true,
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(await cards()).toEqual([{ number: '浙老优330191000102', status: 'valid', status_reason: null }]);
    const old = await t.db
      .selectFrom('certificates')
      .select(['status', 'status_reason'])
      .where('number', '=', '浙老优330191000101')
      .executeTakeFirstOrThrow();
    expect(old).toEqual({ status: 'revoked', status_reason: '换发' });
  });
});

describe('the one-notice rule', () => {
  /** A case with a first notice naming the photo only (the ID proof was accepted as handed over). */
  async function noticed() {
    const created = await start([{ key: 'identity_proof', state: 'provided' }]);
    const notice = await act(world.clerk, created.id, 'missing-notice', { version: created.version });
    return { id: created.id, version: notice.json().version as number };
  }

  it('issues no second numbered notice with the same content, and does not offer one', async () => {
    const { id, version } = await noticed();
    const detail = (await world.clerk.get(`/api/cases/${id}`)).json();
    expect(detail.acts).not.toContain('missing_notice');
    const again = await act(world.clerk, id, 'missing-notice', { version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'NOTICE_ALREADY_ISSUED',
      details: { materials: ['photo'] },
    });
    const notices = await t.db
      .selectFrom('case_documents')
      .select('number')
      .where('case_id', '=', id)
      .where('kind', '=', 'missing_materials')
      .execute();
    expect(notices.map((notice) => notice.number)).toEqual([detail.documents[0].number]);
  });

  it('lets a defect the notice did not list neither block acceptance nor be shown as owed (art. 32)', async () => {
    const { id, version } = await noticed();
    const rejudged = await recordMaterials(id, version, [
      { key: 'identity_proof', state: 'defective', reason: '其实已过期' },
      { key: 'photo', state: 'provided' },
    ]);
    expect(rejudged.statusCode, rejudged.body).toBe(200);
    const detail = (await world.clerk.get(`/api/cases/${id}`)).json();
    expect(detail.acts).toContain('accept');
    expect(detail.acts).not.toContain('missing_notice');
    const owed = detail.materials.filter((material: { owed: boolean }) => material.owed);
    expect(owed).toEqual([]);
    const check = (await world.clerk.get(`/api/cases/${id}/material-check`)).json();
    expect(check.problems).toEqual([]);
    expect(check.materials.find((m: { key: string }) => m.key === 'identity_proof')).toMatchObject({
      state: 'defective',
      problem: false,
      waived: true,
    });
    const accepted = await act(world.clerk, id, 'accept', { version: rejudged.json().version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('accepted');
  });

  it('counts a certificate in use at the notice and re-judged unfit as seen by it: no later notice names it', async () => {
    const created = await start([
      { key: 'identity_proof', state: 'reused_certificate', certificateId: await heldCertificate() },
    ]);
    const notice = await act(world.clerk, created.id, 'missing-notice', { version: created.version });
    expect(notice.statusCode, notice.body).toBe(200);
    const rejudged = await recordMaterials(created.id, notice.json().version, [
      { key: 'identity_proof', state: 'defective', reason: '证照信息与本人不符' },
    ]);
    expect(rejudged.statusCode, rejudged.body).toBe(200);
    const again = await act(world.clerk, created.id, 'missing-notice', { version: rejudged.json().version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'NOTICE_ADDS_REQUIREMENTS',
      details: { materials: ['identity_proof'] },
    });
    // The applicant is shown as owing only what the notice named.
    const mine = (await world.clerk.get(`/api/cases/${created.id}`)).json();
    const owed = mine.materials.filter((material: { owed: boolean }) => material.owed);
    expect(owed.map((material: { key: string }) => material.key)).toEqual(['photo']);
  });

  it('refuses a later notice that re-judges a paper the first notice had already seen', async () => {
    const { id, version } = await noticed();
    const rejudged = await recordMaterials(id, version, [
      { key: 'identity_proof', state: 'defective', reason: '其实已过期' },
    ]);
    const response = await act(world.clerk, id, 'missing-notice', { version: rejudged.json().version });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'NOTICE_ADDS_REQUIREMENTS',
      details: { materials: ['identity_proof'] },
    });
    expect(response.json().error.message).toContain('身份证明有效证件');
  });

  it('refuses a later notice that asks for a conditional material the first could have asked for', async () => {
    const { id, version } = await noticed();
    const applies = await recordMaterials(id, version, [{ key: 'agent_authorisation', state: 'missing' }]);
    const response = await act(world.clerk, id, 'missing-notice', { version: applies.json().version });
    expect(response.json().error).toMatchObject({
      code: 'NOTICE_ADDS_REQUIREMENTS',
      details: { materials: ['agent_authorisation'] },
    });
  });

  it('allows a later notice about a paper handed over after the first notice', async () => {
    const { id, version } = await noticed();
    const replaced = await recordMaterials(id, version, [
      { key: 'identity_proof', state: 'defective', reason: '新交的复印件缺页', newSubmission: true },
      { key: 'photo', state: 'provided' },
    ]);
    const response = await act(world.clerk, id, 'missing-notice', { version: replaced.json().version });
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('refusal, wrong acts and concurrency', () => {
  it('refuses with reasons and the rights to review and litigation, then closes', async () => {
    const created = await start([{ key: 'identity_proof', state: 'provided' }]);
    const refused = await act(world.clerk, created.id, 'refuse', {
      version: created.version,
      reasons: ['申请人未满60周岁，不属于优待对象'],
      legalBasis: '《浙江省优待老年人规定》',
    });
    expect(refused.statusCode, refused.body).toBe(200);
    const document = (
      await world.clerk.get(`/api/cases/${created.id}/documents/${refused.json().document.id}`)
    ).json();
    expect(document.content.reasons).toEqual(['申请人未满60周岁，不属于优待对象']);
    expect(document.content.rights).toContain(`测试区${world.district}人民政府申请行政复议`);
    expect(document.content.rights).toContain('六个月内依法向人民法院提起行政诉讼');
    const again = await act(world.clerk, created.id, 'accept', { version: refused.json().version });
    expect(again.json().error.code).toBe('CASE_STATUS_CONFLICT');
    const empty = await act(world.clerk, created.id, 'refuse', {
      version: refused.json().version,
      reasons: [],
    });
    expect(empty.statusCode).toBe(400);
  });

  it('refuses to complete a promised item at the window', async () => {
    const response = await world.clerk.post('/api/cases', {
      itemId: world.items.subsidy,
      windowId: world.hall.windowId,
      applicant: { kind: 'person', number: world.residents.local },
      formData: { reason: '因病致贫' },
      materials: [{ key: 'id_card', state: 'provided' }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id;
    const accepted = await act(world.clerk, id, 'accept', { version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const detail = (await world.clerk.get(`/api/cases/${id}`)).json();
    expect(detail.currentStep).toEqual({ key: 'review', name: '民政局审核' });
    expect(detail.promisedDeadline).not.toBeNull();
    expect(detail.legalDeadline).not.toBeNull();
    const complete = await act(world.clerk, id, 'complete', { version: 2, resultNumber: 'X1' });
    expect(complete.json().error.code).toBe('NOT_ON_THE_SPOT');
  });

  it('lets one of two clerks acting on the same version win; the other gets a clear 409', async () => {
    const created = await start([
      { key: 'identity_proof', state: 'provided' },
      { key: 'photo', state: 'provided' },
    ]);
    const [a, b] = await Promise.all([
      act(world.clerk, created.id, 'accept', { version: created.version }),
      act(world.clerk2, created.id, 'refuse', { version: created.version, reasons: ['重复申请'] }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error).toMatchObject({
      code: 'CASE_VERSION_CONFLICT',
      details: { currentVersion: 2 },
    });
    const documents = await t.db
      .selectFrom('case_documents')
      .select('kind')
      .where('case_id', '=', created.id)
      .execute();
    expect(documents).toHaveLength(1);
  });

  it('hides a case from clerks of other halls', async () => {
    const created = await start([{ key: 'identity_proof', state: 'provided' }]);
    const response = await world.otherClerk.post(`/api/cases/${created.id}/accept`, { version: 1 });
    expect(response.statusCode).toBe(404);
    expect((await world.otherClerk.get(`/api/cases/${created.id}`)).statusCode).toBe(404);
  });

  it('keeps the history append-only and logs every staff read of a case', async () => {
    const created = await start([{ key: 'identity_proof', state: 'provided' }]);
    await expect(
      sql`UPDATE case_events SET actor_name = 'x' WHERE case_id = ${created.id}`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM case_events WHERE case_id = ${created.id}`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM case_documents`.execute(t.db)).rejects.toThrow();
    const readsBefore = await t.db
      .selectFrom('case_reads')
      .selectAll()
      .where('case_id', '=', created.id)
      .execute();
    await world.approver.get(`/api/cases/${created.id}`);
    const readsAfter = await t.db
      .selectFrom('case_reads')
      .selectAll()
      .where('case_id', '=', created.id)
      .execute();
    expect(readsAfter.length).toBe(readsBefore.length + 1);
  });
});

describe('visits to the window', () => {
  afterEach(() => vi.useRealTimers());
  const visitsOf = async (id: string) => {
    const detail = (await world.clerk.get(`/api/cases/${id}`)).json();
    const kinds = detail.timeline.map((entry: { kind: string }) => entry.kind);
    return {
      visits: detail.counts.visits,
      lastVisitOn: detail.lastVisitOn,
      visitEvents: kinds.filter((kind: string) => kind === 'visit').length,
    };
  };

  it('counts one a Beijing day per case, another only for a recorded new arrival, and again the next day', async () => {
    const created = await start([{ key: 'identity_proof', state: 'provided' }]);
    const notice = await act(world.clerk, created.id, 'missing-notice', { version: created.version });
    const today = (await visitsOf(created.id)).lastVisitOn;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Re-judging a paper seconds later with the box left ticked: she never left.
    const rejudged = await recordMaterials(
      created.id,
      notice.json().version,
      [{ key: 'identity_proof', state: 'defective', reason: '其实已过期' }],
      true,
    );
    expect(rejudged.statusCode, rejudged.body).toBe(200);
    expect(await visitsOf(created.id)).toEqual({ visits: 1, lastVisitOn: today, visitEvents: 0 });

    const orphan = await world.clerk.put(`/api/cases/${created.id}/materials`, {
      version: rejudged.json().version,
      windowId: world.hall.windowId,
      materials: [{ key: 'photo', state: 'provided' }],
      newArrival: true,
    });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().error).toMatchObject({ code: 'NEW_ARRIVAL_NEEDS_VISIT' });
    expect(orphan.json().error.details[0]).toMatchObject({ field: 'newArrival' });

    // She went home for the photo and came back the same afternoon: the clerk records a new arrival.
    const back = await world.clerk.put(`/api/cases/${created.id}/materials`, {
      version: rejudged.json().version,
      windowId: world.hall.windowId,
      materials: [{ key: 'photo', state: 'provided' }],
      visit: true,
      newArrival: true,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(await visitsOf(created.id)).toEqual({ visits: 2, lastVisitOn: today, visitEvents: 1 });

    // The next day counts again without a word (the history is append-only: the clock moves instead,
    // and the clerk's session is kept alive across the night).
    await t.db.updateTable('sessions').set({ expires_at: sql`expires_at + interval '2 days'` }).execute();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 86_400_000);
    const nextDay = await recordMaterials(
      created.id,
      back.json().version,
      [{ key: 'photo', state: 'defective', reason: '不是近期照片' }],
      true,
    );
    vi.useRealTimers();
    expect(nextDay.statusCode, nextDay.body).toBe(200);
    expect(await visitsOf(created.id)).toMatchObject({ visits: 3, visitEvents: 2 });
  });
});
