import { beforeAll, describe, expect, it } from 'vitest';
import { createIntakeWorld, elderlyIntake, type IntakeWorld } from '../../../tests/support/case-world';
import { countStatements } from '../../../tests/support/statement-count';
import { setUpTestApp } from '../../../tests/support/test-app';

/**
 * Round trips are the budget (decision 16): the statements a request sends,
 * counted at the driver. A new statement in these paths fails here; lower the
 * ceiling when one goes. Warm caches (calendar, registry), as under load.
 */

const t = setUpTestApp();
const { statementsOf } = countStatements();
let world: IntakeWorld;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330191');
});

async function intakeAndAccept() {
  const created = await world.clerk.post('/api/cases', elderlyIntake(world));
  expect(created.statusCode, created.body).toBe(201);
  const { id, version, publicCode } = created.json();
  const accepted = await world.clerk.post(`/api/cases/${id}/accept`, { version });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return { id: id as string, publicCode: publicCode as string, version: accepted.json().version as number };
}

describe('statements per request', () => {
  it('stays within the budget for intake, the progress page and the staff view', async () => {
    await intakeAndAccept();
    let started = { id: '', publicCode: '', version: 0 };
    const intake = await statementsOf(async () => {
      started = await intakeAndAccept();
    });
    const progress = await statementsOf(() =>
      t.app.inject({ method: 'GET', url: `/api/public/progress/${started.publicCode}` }),
    );
    const view = await statementsOf(() => world.clerk.get(`/api/cases/${started.id}`));
    // Intake: session, window with office, item, number, registry read, certificates, materials,
    // the case's transaction, its reply; acceptance: session, kind, calendar, its transaction.
    expect(intake.length, intake.join('\n')).toBeLessThanOrEqual(30);
    // The look-up's count for its address (decision 0026), then the page in one statement.
    expect(progress, progress.join('\n')).toHaveLength(2);
    // The session, the case row (scope), the read's log row, the view.
    expect(view.length, view.join('\n')).toBeLessThanOrEqual(4);

    // Finished on the spot and handed over: its delivery row comes with the same query.
    const completed = await world.clerk.post(`/api/cases/${started.id}/complete`, {
      version: started.version,
      windowId: world.hall.windowId,
      resultNumber: '浙老优330191000001',
    });
    expect(completed.statusCode, completed.body).toBe(200);
    const done = await statementsOf(() =>
      t.app.inject({ method: 'GET', url: `/api/public/progress/${started.publicCode}` }),
    );
    expect(done, done.join('\n')).toHaveLength(2);
  });
});
