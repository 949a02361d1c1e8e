import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../src/db/database';
import type { StaffActor } from '../../src/modules/auth/actor';
import { createItem } from '../../src/modules/catalog/item-drafts';
import type { Role } from '../../src/shared/roles';
import { createIntakeWorld, type IntakeWorld, subsidy } from './case-world';
import { publishFirstVersion } from './catalog-factory';
import { createDepartment, createStaffUser } from './factories';
import { type Client, signInStaff } from './test-app';

/**
 * The intake world plus a back office: a police station and a medical
 * insurance office beside the civil affairs bureau, approvers, two chief
 * representatives and a leader of the bureau, and a joint item whose police
 * and insurance steps run in parallel before the bureau's chief decides.
 */

export interface Officer {
  id: string;
  client: Client;
}

export interface WorkflowWorld extends IntakeWorld {
  police: string;
  insurance: string;
  jointItem: string;
  officers: {
    civilA: Officer;
    civilB: Officer;
    police: Officer;
    insurance: Officer;
    chief1: Officer;
    chief2: Officer;
    leader: Officer;
  };
  officer: (role: Role, departmentId: string, regionCode?: string) => Promise<Officer>;
}

export async function createWorkflowWorld(
  db: Db,
  app: FastifyInstance,
  district: string,
): Promise<WorkflowWorld> {
  const world = await createIntakeWorld(db, app, district);
  const police = await createDepartment(db, district, `${district}公安分局`, 'public_security');
  const insurance = await createDepartment(db, district, `${district}医疗保障局`, 'medical_insurance');
  const officer = async (role: Role, departmentId: string, regionCode = district): Promise<Officer> => {
    const user = await createStaffUser(db, { role, regionCode, departmentId });
    await db
      .updateTable('staff_users')
      .set({ department_id: departmentId, phone: '13900000000' })
      .where('id', '=', user.id)
      .execute();
    return { id: user.id, client: await signInStaff(app, user.username, user.password) };
  };
  const editor: StaffActor = {
    kind: 'staff',
    id: (await createStaffUser(db, { role: 'catalog_editor', regionCode: null, departmentId: world.civil }))
      .id,
    name: '编制人员',
    username: 'editor',
    regionCode: district,
    departmentId: world.civil,
    grants: [{ role: 'catalog_editor', regionCode: null, departmentId: world.civil }],
    mustChangePassword: false,
    sessionId: '',
    csrfToken: '',
  };
  const content = subsidy(world.civil, {
    name: '联办事项（测试）',
    promisedLimitDays: 8,
    workflow: [
      {
        key: 'review',
        name: '民政初审',
        actor: { kind: 'role', role: 'approver', departmentId: world.civil },
        limitDays: 2,
        actions: ['approve', 'return', 'refuse'],
      },
      {
        key: 'police',
        name: '公安核查',
        actor: { kind: 'role', role: 'approver', departmentId: police },
        limitDays: 3,
        actions: ['approve', 'return'],
        parallelGroup: 'joint',
      },
      {
        key: 'insurance',
        name: '医保核查',
        actor: { kind: 'role', role: 'approver', departmentId: insurance },
        limitDays: 3,
        actions: ['approve', 'return'],
        parallelGroup: 'joint',
      },
      {
        key: 'decide',
        name: '首席代表审批',
        actor: { kind: 'chief_rep', departmentId: world.civil },
        limitDays: 2,
        actions: ['approve', 'return', 'refuse'],
      },
    ],
  });
  const created = await createItem(db, editor, { kind: 'system', id: null, name: '测试' }, content);
  await publishFirstVersion(db, content.name);
  return {
    ...world,
    police,
    insurance,
    jointItem: created.itemId,
    officers: {
      civilA: await officer('approver', world.civil),
      civilB: await officer('approver', world.civil),
      police: await officer('approver', police),
      insurance: await officer('approver', insurance),
      chief1: await officer('chief_rep', world.civil),
      chief2: await officer('chief_rep', world.civil),
      leader: await officer('dept_leader', world.civil),
    },
    officer,
  };
}

/** A case of the item taken at a window (the street clerks' unless told) with everything handed over, and accepted. */
export async function acceptedCase(
  world: WorkflowWorld,
  itemId: string,
  desk: { clerk: Client; windowId: string } = { clerk: world.clerk, windowId: world.hall.windowId },
): Promise<string> {
  const started = await desk.clerk.post('/api/cases', {
    itemId,
    windowId: desk.windowId,
    applicant: { kind: 'person', number: world.residents.local },
    formData: { reason: '因病致贫' },
    materials: [{ key: 'id_card', state: 'provided' }],
  });
  expect(started.statusCode, started.body).toBe(201);
  const id = started.json().id as string;
  const accepted = await desk.clerk.post(`/api/cases/${id}/accept`, { version: started.json().version });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return id;
}
