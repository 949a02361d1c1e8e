import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, setUpTestApp } from '../../../../tests/support/test-app';
import {
  acceptedCase,
  createWorkflowWorld,
  type WorkflowWorld,
} from '../../../../tests/support/workflow-world';

const t = setUpTestApp();
let world: WorkflowWorld;
let admin: Client;

beforeAll(async () => {
  world = await createWorkflowWorld(t.db, t.app, '330188');
  admin = await world.staff('admin', null);
});

describe('办理设置: the yellow-warning and B-post takeover shares', () => {
  it('shows both shares to staff, with whether the reader may change them', async () => {
    const read = await admin.get('/api/back-office/settings');
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ yellowShare: 0.2, takeoverShare: 0.5, mayEdit: true });
    const asApprover = await world.officers.civilA.client.get('/api/back-office/settings');
    expect(asApprover.json()).toMatchObject({ yellowShare: 0.2, mayEdit: false });
  });

  it('lets a platform administrator change them, audited with before and after', async () => {
    const changed = await admin.put('/api/back-office/settings', { yellowShare: 0.25, takeoverShare: 0.6 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ yellowShare: 0.25, takeoverShare: 0.6 });
    const stored = await t.db.selectFrom('warning_settings').selectAll().executeTakeFirstOrThrow();
    expect([stored.yellow_share, stored.takeover_share]).toEqual(['0.25', '0.60']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'back_office_settings.update')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      before: { yellowShare: 0.2, takeoverShare: 0.5 },
      after: { yellowShare: 0.25, takeoverShare: 0.6 },
    });
  });

  it('refuses shares out of range, naming the field in Chinese', async () => {
    const tooHigh = await admin.put('/api/back-office/settings', { yellowShare: 0.95, takeoverShare: 0.5 });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.details[0]).toMatchObject({ field: 'yellowShare', label: '黄牌预警比例' });
    const whole = await admin.put('/api/back-office/settings', { yellowShare: 0.2, takeoverShare: 1 });
    expect(whole.json().error.details[0]).toMatchObject({ field: 'takeoverShare', label: 'B岗接办比例' });
    const fine = await admin.put('/api/back-office/settings', { yellowShare: 0.2, takeoverShare: 0.333 });
    expect(fine.json().error.message).toBe('B岗接办比例：比例最多精确到百分之一');
  });

  it('keeps the shares to a platform-wide administrator', async () => {
    const districtAdmin = await world.staff('admin', world.district);
    const refused = await districtAdmin.put('/api/back-office/settings', {
      yellowShare: 0.3,
      takeoverShare: 0.5,
    });
    expect(refused.statusCode).toBe(403);
    const leader = await world.officers.leader.client.put('/api/back-office/settings', {
      yellowShare: 0.3,
      takeoverShare: 0.5,
    });
    expect(leader.statusCode).toBe(403);
  });

  it('lets the B-post act once the task has used the stored takeover share, not a fixed half', async () => {
    const caseId = await acceptedCase(world, world.items.subsidy);
    const { civilA, civilB } = world.officers;
    const task = await t.db
      .selectFrom('case_tasks')
      .select(['id', 'row_version'])
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    const claimed = await civilA.client.post(`/api/tasks/${task.id}/claim`, { version: task.row_version });
    expect(claimed.statusCode, claimed.body).toBe(200);
    await t.db.insertInto('staff_backups').values({ staff_id: civilA.id, backup_id: civilB.id }).execute();
    // Backdate the opening so that 40% of the task's limit is used.
    await t.db
      .updateTable('case_tasks')
      .set({ opened_at: sql`now() - (due_at - now()) * (0.4 / 0.6)` })
      .where('id', '=', task.id)
      .execute();
    const mayTakeOver = async () => {
      const view = (await civilB.client.get(`/api/tasks/${task.id}`)).json();
      const box = (await civilB.client.get('/api/tasks?box=backup')).json();
      return { acts: view.actions.length > 0, flagged: box.items[0].takeover };
    };

    await admin.put('/api/back-office/settings', { yellowShare: 0.2, takeoverShare: 0.5 });
    expect(await mayTakeOver()).toEqual({ acts: false, flagged: false });
    const approve = async () => {
      const { version } = (await civilB.client.get(`/api/tasks/${task.id}`)).json();
      return await civilB.client.post(`/api/tasks/${task.id}/approve`, { version, opinion: 'B岗接办，同意' });
    };
    expect((await approve()).statusCode).toBe(403);

    await admin.put('/api/back-office/settings', { yellowShare: 0.2, takeoverShare: 0.3 });
    expect(await mayTakeOver()).toEqual({ acts: true, flagged: true });
    const approved = await approve();
    expect(approved.statusCode, approved.body).toBe(200);
  });
});
