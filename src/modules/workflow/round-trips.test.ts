import { beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../../../tests/support/statement-count';
import { setUpTestApp } from '../../../tests/support/test-app';
import { acceptedCase, createWorkflowWorld, type WorkflowWorld } from '../../../tests/support/workflow-world';

/**
 * The back office's round trips (decision 16): an approval that opens the next
 * step, and an approver's inbox page. A new statement in these paths fails
 * here; lower the ceiling when one goes. Warm caches, as under load.
 */

const t = setUpTestApp();
const { statementsOf } = countStatements();
let world: WorkflowWorld;

beforeAll(async () => {
  world = await createWorkflowWorld(t.db, t.app, '330186');
});

async function claimedReview() {
  const caseId = await acceptedCase(world, world.items.subsidy);
  const task = await t.db
    .selectFrom('case_tasks')
    .select('id')
    .where('case_id', '=', caseId)
    .where('state', '=', 'open')
    .executeTakeFirstOrThrow();
  const officer = world.officers.civilA.client;
  const claimed = await officer.post(`/api/tasks/${task.id}/claim`, {
    version: (await officer.get(`/api/tasks/${task.id}`)).json().version,
  });
  expect(claimed.statusCode, claimed.body).toBe(200);
  return { id: task.id, version: (await officer.get(`/api/tasks/${task.id}`)).json().version as number };
}

describe('statements per back-office request', () => {
  it('stays within the budget for an approval that opens the next step, and for the inbox', async () => {
    const officer = world.officers.civilA.client;
    const approve = async () => {
      const task = await claimedReview();
      const response = await officer.post(`/api/tasks/${task.id}/approve`, {
        version: task.version,
        opinion: '同意',
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().openTaskIds).toHaveLength(1);
    };
    await approve();
    const first = await claimedReview();
    const approval = await statementsOf(() =>
      officer.post(`/api/tasks/${first.id}/approve`, { version: first.version, opinion: '同意' }),
    );
    const inboxPage = () => officer.get('/api/tasks?box=mine&page=1&pageSize=20');
    await inboxPage();
    const inbox = await statementsOf(inboxPage);
    // Session, calendar revision; BEGIN, case with item (found by the task), task with its holder,
    // the actor's office, running suspension, the task closed with its history and audit rows,
    // the tasks still open, the next step's department, its assigned person, the chief
    // representative's turn taken, the new task with its history,
    // its holder told by SMS, the case's step, the outcome, COMMIT.
    expect(approval.length, approval.join('\n')).toBeLessThanOrEqual(21);
    // Session, page, count, calendar revision.
    expect(inbox.length, inbox.join('\n')).toBeLessThanOrEqual(4);
  });
});
