import { beforeAll, describe, expect, it } from 'vitest';
import { createIntakeWorld, type IntakeWorld } from '../../../tests/support/case-world';
import { createStaffUser } from '../../../tests/support/factories';
import { eventually, runsOf } from '../../../tests/support/job-fixtures';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';
import { addDays, shanghaiDate } from '../calendar/rules/days';

/** The platform's jobs as an administrator sees and starts them (JOBS=1 for this file only). */
const t = setUpTestApp({ jobs: true });
let world: IntakeWorld;
let admin: Client;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330189');
  const user = await createStaffUser(t.db, { role: 'admin', regionCode: null });
  admin = await signInStaff(t.app, user.username, user.password);
});

/** A subsidy accepted tolerantly, its income proof promised for a day that has now passed. */
async function overdueCommitment(): Promise<{ id: string; caseNumber: string }> {
  const created = (
    await world.clerk.post('/api/cases', {
      itemId: world.items.subsidy,
      windowId: world.hall.windowId,
      applicant: { kind: 'person', number: world.residents.local },
      formData: { reason: '因病致贫' },
      materials: [
        { key: 'id_card', state: 'provided' },
        { key: 'income_proof', state: 'missing' },
      ],
    })
  ).json();
  const tomorrow = addDays(shanghaiDate(new Date()), 1);
  const tolerated = await world.clerk.post(`/api/cases/${created.id}/accept-tolerantly`, {
    version: created.version,
    windowId: world.hall.windowId,
    commitments: [{ key: 'income_proof', due: tomorrow }],
    signed: true,
  });
  expect(tolerated.statusCode, tolerated.body).toBe(200);
  // The promised day has passed.
  await t.db
    .updateTable('case_materials')
    .set({ promised_due: addDays(shanghaiDate(new Date()), -1) })
    .where('case_id', '=', created.id)
    .where('material_key', '=', 'income_proof')
    .execute();
  return created;
}

describe('the background jobs view', () => {
  it('lists the platform jobs with their daily times in Asia/Shanghai', async () => {
    const response = await admin.get('/api/system/jobs');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.running).toBe(true);
    expect(body.items.map((job: { name: string; cron: string }) => [job.name, job.cron])).toEqual([
      ['cases.terminate-overdue-commitments', '10 0 * * *'],
      ['cases.deem-overdue-applications-accepted', '20 0 * * *'],
      ['supervision.sweep-warnings', '*/5 * * * *'],
      ['workflow.discard-unused-attachments', '40 0 * * *'],
      ['workflow.correct-provisional-deadlines', '50 0 * * *'],
    ]);
    const [next] = body.items[0].nextRuns;
    expect(new Date(next).toLocaleString('sv', { timeZone: 'Asia/Shanghai' })).toMatch(/ 00:10:00$/);
  });

  it('runs the termination of unmet commitments on request and shows what it did', async () => {
    const overdue = await overdueCommitment();
    const started = await admin.post('/api/system/jobs/cases.terminate-overdue-commitments/runs');
    expect(started.statusCode, started.body).toBe(202);
    const [run] = await eventually(async () => {
      const runs = await runsOf(t.db, 'cases.terminate-overdue-commitments');
      return runs.length > 0 && runs;
    });
    expect(run).toMatchObject({
      trigger: 'manual',
      outcome: 'succeeded',
      summary: { terminated: [overdue.caseNumber] },
    });
    const detail = (await world.clerk.get(`/api/cases/${overdue.id}`)).json();
    expect(detail.status).toBe('terminated');
    const view = (await admin.get('/api/system/jobs')).json();
    expect(view.items[0].runs[0]).toMatchObject({
      trigger: 'manual',
      attempt: 1,
      outcome: 'succeeded',
      summary: { terminated: [overdue.caseNumber] },
      error: null,
    });
  });

  it('queues the correction of provisional deadlines in the transaction of a calendar change', async () => {
    const set = await admin.put('/api/calendar/days/2027-03-01', { kind: 'holiday', name: '测试假日' });
    expect(set.statusCode, set.body).toBe(200);
    const [run] = await eventually(async () => {
      const runs = await runsOf(t.db, 'workflow.correct-provisional-deadlines');
      return runs.length > 0 && runs;
    });
    expect(run).toMatchObject({ trigger: 'send', outcome: 'succeeded', summary: { moved: 0 } });
  });

  it('is for platform administrators only', async () => {
    expect((await world.clerk.get('/api/system/jobs')).statusCode).toBe(403);
    const districtAdmin = await world.staff('admin', world.district);
    expect(
      (await districtAdmin.post('/api/system/jobs/cases.terminate-overdue-commitments/runs')).statusCode,
    ).toBe(403);
    expect((await admin.post('/api/system/jobs/cases.no-such-job/runs')).statusCode).toBe(404);
  });
});
