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
/** A clerk of the district hall: a second initiating office beside the street's. */
let districtClerk: Client;

beforeAll(async () => {
  world = await createWorkflowWorld(t.db, t.app, '330189');
  admin = await world.staff('admin', null);
  districtClerk = await world.staff('window_clerk', world.district, world.streetCentre);
});

const caseAtDistrictHall = (itemId: string) =>
  acceptedCase(world, itemId, { clerk: districtClerk, windowId: world.districtHall.windowId });

async function reviewTask(caseId: string) {
  return await t.db
    .selectFrom('case_tasks')
    .select(['assignee_id', 'actor_kind', 'department_id'])
    .where('case_id', '=', caseId)
    .where('step_key', '=', 'review')
    .executeTakeFirstOrThrow();
}

const assignment = (staffId: string, overrides: Record<string, string> = {}) => ({
  itemId: world.items.subsidy,
  stepKey: 'review',
  intakeRegionCode: world.street,
  staffId,
  ...overrides,
});

describe('指定办理人: a named handler per item step and initiating office', () => {
  it('offers the published steps with the staff who may be named', async () => {
    const steps = await admin.get(`/api/back-office/items/${world.items.subsidy}/steps`);
    expect(steps.statusCode, steps.body).toBe(200);
    const review = steps.json().items.find((step: { key: string }) => step.key === 'review');
    expect(review.departmentName).toBe('330189民政局');
    const ids = review.candidates.map((candidate: { id: string }) => candidate.id);
    expect(ids).toContain(world.officers.civilA.id);
    expect(ids).not.toContain(world.officers.police.id);
    expect(ids).not.toContain(world.officers.chief1.id);
  });

  it('sends the task straight to the person for cases of that office, and not for another office', async () => {
    const officer = await world.officer('approver', world.civil);
    const added = await admin.post('/api/back-office/assignments', assignment(officer.id));
    expect(added.statusCode, added.body).toBe(201);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'step_assignment.create')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ staffId: officer.id, departmentId: world.civil });

    const fromStreet = await reviewTask(await acceptedCase(world, world.items.subsidy));
    expect(fromStreet).toEqual({
      assignee_id: officer.id,
      actor_kind: 'fixed_person',
      department_id: world.civil,
    });
    const mine = (await officer.client.get('/api/tasks?box=mine')).json();
    expect(mine.total).toBe(1);
    const fromDistrict = await reviewTask(await caseAtDistrictHall(world.items.subsidy));
    expect(fromDistrict).toEqual({ assignee_id: null, actor_kind: 'role', department_id: world.civil });

    const list = (await admin.get('/api/back-office/assignments')).json().items;
    expect(list).toEqual([
      expect.objectContaining({
        stepName: '民政局审核',
        intakeRegionCode: world.street,
        staffId: officer.id,
      }),
    ]);
    expect((await admin.delete(`/api/back-office/assignments/${added.json().id}`)).statusCode).toBe(204);
  });

  it('falls back to the catalogue when the person is disabled or no longer holds the role there', async () => {
    const disabled = await world.officer('approver', world.civil);
    const ungranted = await world.officer('approver', world.civil);
    const first = await admin.post('/api/back-office/assignments', assignment(disabled.id));
    expect(first.statusCode, first.body).toBe(201);
    await t.db.updateTable('staff_users').set({ active: false }).where('id', '=', disabled.id).execute();
    expect(await reviewTask(await acceptedCase(world, world.items.subsidy))).toMatchObject({
      assignee_id: null,
      actor_kind: 'role',
    });
    await admin.delete(`/api/back-office/assignments/${first.json().id}`);

    const second = await admin.post('/api/back-office/assignments', assignment(ungranted.id));
    expect(second.statusCode, second.body).toBe(201);
    await t.db.deleteFrom('role_grants').where('user_id', '=', ungranted.id).execute();
    expect(await reviewTask(await acceptedCase(world, world.items.subsidy))).toMatchObject({
      assignee_id: null,
      actor_kind: 'role',
    });
    await admin.delete(`/api/back-office/assignments/${second.json().id}`);
  });

  it('refuses a person who could not act on the step, an unknown step and a second person for the same office', async () => {
    const police = await admin.post('/api/back-office/assignments', assignment(world.officers.police.id));
    expect(police.statusCode).toBe(400);
    expect(police.json().error.details[0]).toMatchObject({ field: 'staffId', label: '办理人' });
    const noStep = await admin.post(
      '/api/back-office/assignments',
      assignment(world.officers.civilA.id, { stepKey: 'nothing' }),
    );
    expect(noStep.json().error.details[0].field).toBe('stepKey');
    const badOffice = await admin.post(
      '/api/back-office/assignments',
      assignment(world.officers.civilA.id, { intakeRegionCode: 'x' }),
    );
    expect(badOffice.json().error.details[0]).toMatchObject({ field: 'intakeRegionCode', label: '受理机构' });

    const added = await admin.post('/api/back-office/assignments', assignment(world.officers.civilA.id));
    expect(added.statusCode, added.body).toBe(201);
    const again = await admin.post('/api/back-office/assignments', assignment(world.officers.civilB.id));
    expect(again.json().error.code).toBe('ASSIGNMENT_EXISTS');
    await admin.delete(`/api/back-office/assignments/${added.json().id}`);
  });

  it('lets a leader manage the steps of their own department only', async () => {
    const { leader } = world.officers;
    const own = await leader.client.post(
      '/api/back-office/assignments',
      assignment(world.officers.civilB.id),
    );
    expect(own.statusCode, own.body).toBe(201);
    expect((await leader.client.get('/api/back-office/assignments')).json().items).toHaveLength(1);

    const policeLeader = await world.officer('dept_leader', world.police);
    expect((await policeLeader.client.get('/api/back-office/assignments')).json().items).toEqual([]);
    const steps = (await policeLeader.client.get(`/api/back-office/items/${world.jointItem}/steps`)).json()
      .items;
    const candidatesOf = (key: string) =>
      steps.find((step: { key: string }) => step.key === key).candidates.map((c: { id: string }) => c.id);
    expect(candidatesOf('police')).toContain(world.officers.police.id);
    expect(candidatesOf('review')).toEqual([]);
    expect(
      (await policeLeader.client.delete(`/api/back-office/assignments/${own.json().id}`)).statusCode,
    ).toBe(404);
    expect((await world.officers.civilA.client.get('/api/back-office/assignments')).statusCode).toBe(403);
    expect((await leader.client.delete(`/api/back-office/assignments/${own.json().id}`)).statusCode).toBe(
      204,
    );
    const removal = await t.db
      .selectFrom('audit_log')
      .select('before')
      .where('action', '=', 'step_assignment.delete')
      .where('entity_id', '=', own.json().id)
      .executeTakeFirstOrThrow();
    expect(removal.before).toMatchObject({ staff_id: world.officers.civilB.id });
  });
});
