import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../tests/support/test-app';
import {
  acceptedCase,
  createWorkflowWorld,
  type Officer,
  type WorkflowWorld,
} from '../../../tests/support/workflow-world';

const t = setUpTestApp();
let world: WorkflowWorld;

beforeAll(async () => {
  world = await createWorkflowWorld(t.db, t.app, '330187');
});

async function openTasks(caseId: string) {
  return await t.db
    .selectFrom('case_tasks')
    .select(['id', 'step_key', 'assignee_id', 'department_id', 'row_version', 'due_at', 'opened_at'])
    .where('case_id', '=', caseId)
    .where('state', '=', 'open')
    .orderBy('step_index')
    .execute();
}

async function onlyOpenTask(caseId: string, step: string) {
  const open = await openTasks(caseId);
  expect(open.map((task) => task.step_key)).toEqual([step]);
  return open[0] as (typeof open)[number];
}

async function act(officer: Officer, taskId: string, action: string, body: Record<string, unknown>) {
  const current = (await officer.client.get(`/api/tasks/${taskId}`)).json();
  return await officer.client.post(`/api/tasks/${taskId}/${action}`, { version: current.version, ...body });
}

async function approve(officer: Officer, taskId: string, opinion = '符合条件，同意') {
  const response = await act(officer, taskId, 'approve', { opinion });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('running an item workflow', () => {
  it('runs the steps in order, the parallel ones together, joins them and decides at the chief', async () => {
    const caseId = await acceptedCase(world, world.jointItem);
    const review = await onlyOpenTask(caseId, 'review');
    expect(review.assignee_id).toBeNull();
    const pool = (await world.officers.civilA.client.get('/api/tasks?box=pool')).json();
    expect(pool.items.map((entry: { taskId: string }) => entry.taskId)).toContain(review.id);
    expect((await world.officers.police.client.get('/api/tasks?box=pool')).json().items).toEqual([]);

    const claimed = await act(world.officers.civilA, review.id, 'claim', {});
    expect(claimed.statusCode, claimed.body).toBe(200);
    const mine = (await world.officers.civilA.client.get('/api/tasks?box=mine')).json();
    expect(mine.items[0]).toMatchObject({ taskId: review.id, stepName: '民政初审', overdue: false });
    await approve(world.officers.civilA, review.id);

    const parallel = await openTasks(caseId);
    expect(parallel.map((task) => task.step_key)).toEqual(['police', 'insurance']);
    expect(parallel.map((task) => task.department_id)).toEqual([world.police, world.insurance]);
    const afterPolice = await approve(world.officers.police, parallel[0]?.id as string, '户籍信息核实无误');
    expect(afterPolice.openTaskIds).toEqual([parallel[1]?.id]);

    await approve(world.officers.insurance, parallel[1]?.id as string, '参保信息核实无误');
    const decide = await onlyOpenTask(caseId, 'decide');
    const chief = [world.officers.chief1, world.officers.chief2].find((one) => one.id === decide.assignee_id);
    expect(chief, 'the decision goes straight to a chief representative').toBeDefined();
    const decided = await approve(chief as Officer, decide.id, '准予');
    // Decided: the result waits to be collected or delivered (window pickup by default).
    expect(decided).toMatchObject({ caseStatus: 'result_ready', openTaskIds: [] });

    const history = await t.db
      .selectFrom('case_events')
      .select(['kind', 'channel'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();
    expect(history.map((event) => event.kind)).toEqual([
      'created',
      'accepted',
      'step_started',
      'task_claimed',
      'step_approved',
      'step_started',
      'step_started',
      'step_approved',
      'step_approved',
      'step_started',
      'step_approved',
      'completed',
    ]);
    expect(
      history.filter((event) => event.kind === 'step_approved').every((event) => event.channel === 'office'),
    ).toBe(true);
  });

  it("copies the department's leaders on a step that asks for it: told once, listed under 抄送我的", async () => {
    const { leader, police, insurance, civilA } = world.officers;
    const copiedTo = async () =>
      (await leader.client.get('/api/tasks?box=copied&pageSize=100'))
        .json()
        .items.map((entry: { caseId: string; stepKey: string }) => `${entry.caseId}:${entry.stepKey}`);
    const caseId = await acceptedCase(world, world.jointItem);
    const review = await onlyOpenTask(caseId, 'review');
    await approve(civilA, review.id);
    expect(await copiedTo()).not.toContain(`${caseId}:review`);
    for (const task of await openTasks(caseId)) {
      await approve(task.department_id === world.police ? police : insurance, task.id);
    }
    const decide = await onlyOpenTask(caseId, 'decide');
    expect(await copiedTo()).toContain(`${caseId}:decide`);
    // Only leaders have the box; an approver's is empty whatever they may see.
    expect((await civilA.client.get('/api/tasks?box=copied')).json().total).toBe(0);
    const caseNumber = (
      await t.db.selectFrom('cases').select('case_number').where('id', '=', caseId).executeTakeFirstOrThrow()
    ).case_number;
    const copies = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('purpose', '=', 'task_copied')
      .where('body', 'like', `%${caseNumber}%`)
      .execute();
    expect(copies.map((copy) => copy.body)).toEqual([expect.stringContaining('首席代表审批环节')]);
    const leaderView = await leader.client.get(`/api/tasks/${decide.id}`);
    expect(leaderView.statusCode, leaderView.body).toBe(200);
    expect(leaderView.json().actions).toEqual([]);
  });

  it('counts a step deadline in working days from the day it opened', async () => {
    const caseId = await acceptedCase(world, world.jointItem);
    const review = await onlyOpenTask(caseId, 'review');
    const detail = (await world.officers.civilA.client.get(`/api/tasks/${review.id}`)).json();
    expect(detail.limitDays).toBe(2);
    expect(detail.workingDaysLeft).toBe(2);
    expect(new Date(detail.dueAt).getTime()).toBe(review.due_at.getTime());
  });

  it('gives the decisions to the chief representatives in turn', async () => {
    const holders: string[] = [];
    for (let round = 0; round < 4; round += 1) {
      const caseId = await acceptedCase(world, world.items.subsidy);
      const review = await onlyOpenTask(caseId, 'review');
      await approve(world.officers.civilB, review.id);
      holders.push((await onlyOpenTask(caseId, 'decide')).assignee_id as string);
    }
    expect(new Set(holders).size).toBe(2);
    expect(holders[0]).not.toBe(holders[1]);
    expect(holders[2]).toBe(holders[0]);
    expect(holders[3]).toBe(holders[1]);
  });

  it('gives two decisions opening at the same moment to different chief representatives', async () => {
    const cases = [
      await acceptedCase(world, world.items.subsidy),
      await acceptedCase(world, world.items.subsidy),
    ];
    const reviews = await Promise.all(cases.map((caseId) => onlyOpenTask(caseId, 'review')));
    await Promise.all(reviews.map((review) => approve(world.officers.civilB, review.id)));
    const holders = await Promise.all(
      cases.map(async (caseId) => (await onlyOpenTask(caseId, 'decide')).assignee_id),
    );
    expect(new Set(holders).size).toBe(2);
  });

  it('gives the next decision to a chief representative appointed since, as never given one', async () => {
    const newcomer = await world.officer('chief_rep', world.civil);
    const caseId = await acceptedCase(world, world.items.subsidy);
    await approve(world.officers.civilB, (await onlyOpenTask(caseId, 'review')).id);
    expect((await onlyOpenTask(caseId, 'decide')).assignee_id).toBe(newcomer.id);
  });
});

describe('the rules of acting', () => {
  it('lets exactly one of two approvers acting at the same moment win', async () => {
    const caseId = await acceptedCase(world, world.items.subsidy);
    const review = await onlyOpenTask(caseId, 'review');
    const body = { version: review.row_version, opinion: '同意' };
    const [a, b] = await Promise.all([
      world.officers.civilA.client.post(`/api/tasks/${review.id}/approve`, body),
      world.officers.civilB.client.post(`/api/tasks/${review.id}/approve`, body),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(['TASK_CLOSED', 'TASK_VERSION_CONFLICT']).toContain(loser.json().error.code);
    expect((await openTasks(caseId)).map((task) => task.step_key)).toEqual(['decide']);
  });

  it('refuses an action the step does not allow, or by someone without its role, and changes nothing', async () => {
    const caseId = await acceptedCase(world, world.items.subsidy);
    const review = await onlyOpenTask(caseId, 'review');
    const refused = await act(world.officers.civilA, review.id, 'disapprove', {
      opinion: '不同意',
      reasons: ['不符合条件'],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('ACTION_NOT_ALLOWED');
    const stranger = await act(world.officers.police, review.id, 'approve', { opinion: '同意' });
    expect(stranger.statusCode).toBe(403);
    const noOpinion = await act(world.officers.civilA, review.id, 'approve', { opinion: '' });
    expect(noOpinion.statusCode).toBe(400);
    expect(noOpinion.json().error.details[0].field).toBe('opinion');
    expect(await onlyOpenTask(caseId, 'review')).toMatchObject({ row_version: review.row_version });
    const events = await t.db
      .selectFrom('case_events')
      .select('kind')
      .where('case_id', '=', caseId)
      .execute();
    expect(events.map((event) => event.kind)).not.toContain('step_approved');
  });

  it('lets the B-post act only while the A-post is away (or the task is late), and shows it in the backup box', async () => {
    const caseId = await acceptedCase(world, world.items.subsidy);
    const review = await onlyOpenTask(caseId, 'review');
    const { civilA, civilB } = world.officers;
    expect((await act(civilA, review.id, 'claim', {})).statusCode).toBe(200);
    await t.db.insertInto('staff_backups').values({ staff_id: civilA.id, backup_id: civilB.id }).execute();
    const backupBox = (await civilB.client.get('/api/tasks?box=backup')).json();
    expect(backupBox.items).toEqual([expect.objectContaining({ taskId: review.id, takeover: false })]);
    expect((await act(civilB, review.id, 'approve', { opinion: '同意' })).statusCode).toBe(403);

    await t.db
      .updateTable('staff_users')
      .set({ absent_until: new Date(Date.now() + 86_400_000) })
      .where('id', '=', civilA.id)
      .execute();
    expect((await civilB.client.get('/api/tasks?box=backup')).json().items[0].takeover).toBe(true);
    await approve(civilB, review.id, 'A岗请假，B岗代为审核通过');
    const done = await t.db
      .selectFrom('case_tasks')
      .select(['closed_by', 'assignee_id'])
      .where('id', '=', review.id)
      .executeTakeFirstOrThrow();
    expect(done).toEqual({ closed_by: civilB.id, assignee_id: civilA.id });
    await t.db.updateTable('staff_users').set({ absent_until: null }).where('id', '=', civilA.id).execute();
    await t.db.deleteFrom('staff_backups').where('staff_id', '=', civilA.id).execute();
  });

  it('returns the case to an earlier step with reasons, withdrawing the rest of the stage', async () => {
    const caseId = await acceptedCase(world, world.jointItem);
    await approve(world.officers.civilA, (await onlyOpenTask(caseId, 'review')).id);
    const [police] = await openTasks(caseId);
    const bad = await act(world.officers.police, police?.id as string, 'return', {
      toStep: 'insurance',
      opinion: '退回',
    });
    expect(bad.json().error.code).toBe('RETURN_TARGET_INVALID');
    const returned = await act(world.officers.police, police?.id as string, 'return', {
      toStep: 'review',
      opinion: '户籍地址与申请表不一致，请初审核实',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    await onlyOpenTask(caseId, 'review');
    const states = await t.db
      .selectFrom('case_tasks')
      .select(['step_key', 'state', 'outcome'])
      .where('case_id', '=', caseId)
      .orderBy('opened_at')
      .execute();
    expect(states).toEqual([
      { step_key: 'review', state: 'done', outcome: 'approved' },
      { step_key: 'police', state: 'done', outcome: 'returned' },
      { step_key: 'insurance', state: 'cancelled', outcome: 'withdrawn' },
      { step_key: 'review', state: 'open', outcome: null },
    ]);
  });

  it('decides against the applicant with a written decision and the rights to review and litigation', async () => {
    const caseId = await acceptedCase(world, world.jointItem);
    const review = await onlyOpenTask(caseId, 'review');
    const response = await act(world.officers.civilA, review.id, 'disapprove', {
      opinion: '家庭收入超过标准',
      reasons: ['申请人家庭人均收入高于当地低保标准'],
      legalBasis: '《社会救助暂行办法》第九条',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ caseStatus: 'disapproved', openTaskIds: [] });
    const detail = (await world.clerk.get(`/api/cases/${caseId}`)).json();
    const decision = detail.documents.find((document: { kind: string }) => document.kind === 'disapproval');
    expect(decision.number).toMatch(/-BX1$/);
    const page = (await world.clerk.get(`/api/cases/${caseId}/documents/${decision.id}`)).json();
    expect(page.content.rights).toContain('行政复议');
    expect(page.content.text).toContain('不予许可');
  });

  it('transfers a step to another department of the jurisdiction, and reassigns within one', async () => {
    const caseId = await acceptedCase(world, world.items.subsidy);
    const review = await onlyOpenTask(caseId, 'review');
    const transferred = await act(world.officers.civilA, review.id, 'transfer', {
      departmentId: world.insurance,
      opinion: '属医保部门职责，转医保局办理',
    });
    expect(transferred.statusCode, transferred.body).toBe(200);
    const moved = await onlyOpenTask(caseId, 'review');
    expect(moved.department_id).toBe(world.insurance);
    const claimed = await act(world.officers.insurance, moved.id, 'claim', {});
    expect(claimed.statusCode).toBe(200);
    const colleague = await world.officer('approver', world.insurance);
    const reassigned = await act(world.officers.insurance, moved.id, 'reassign', {
      assigneeId: colleague.id,
    });
    expect(reassigned.statusCode, reassigned.body).toBe(200);
    expect((await colleague.client.get('/api/tasks?box=mine')).json().items[0].taskId).toBe(moved.id);
    const notEligible = await act(colleague, moved.id, 'reassign', { assigneeId: world.officers.civilA.id });
    expect(notEligible.json().error.code).toBe('ASSIGNEE_NOT_ELIGIBLE');
  });
});
