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

/** A catalogue editor of the department (the civil affairs bureau unless named), to write test items. */
async function catalogEditor(db: Db, world: IntakeWorld, departmentId = world.civil): Promise<StaffActor> {
  const user = await createStaffUser(db, {
    role: 'catalog_editor',
    regionCode: null,
    departmentId,
  });
  return {
    kind: 'staff',
    id: user.id,
    name: '编制人员',
    username: user.username,
    regionCode: world.district,
    departmentId,
    grants: [{ role: 'catalog_editor', regionCode: null, departmentId }],
    mustChangePassword: false,
    sessionId: '',
    csrfToken: '',
  };
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
  const editor = await catalogEditor(db, world);
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
        copyLeaders: true,
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

export interface JointBundle {
  bundleId: string;
  /** The police's item (a birth registration), one approver step. */
  policeItem: string;
  /** The insurance office's item (an enrolment), one approver step that may disapprove. */
  insuranceItem: string;
}

/**
 * A "one thing" bundle led by the civil affairs bureau: a police item and an
 * insurance item that both ask for the child's name and the ID card, each with
 * a paper of its own, each decided by its own department's approver.
 */
export async function createJointBundle(db: Db, world: WorkflowWorld): Promise<JointBundle> {
  const item = async (
    departmentId: string,
    name: string,
    paper: { key: string; name: string },
    days: number,
  ) => {
    const content = subsidy(departmentId, {
      name,
      promisedLimitDays: days,
      formFields: [
        { key: 'applicant_name', label: '申请人姓名', type: 'text', required: true, profileSource: 'name' },
        { key: 'phone', label: '联系电话', type: 'phone', required: true, profileSource: 'phone' },
        { key: 'child_name', label: '新生儿姓名', type: 'text', required: true, maxLength: 20 },
      ],
      materials: [
        {
          key: 'id_card',
          name: '居民身份证',
          forms: ['original'],
          required: true,
          certificateTypes: ['id_card'],
        },
        { ...paper, forms: ['original'], required: true },
      ],
      workflow: [
        {
          key: 'check',
          name: `${name}审核`,
          actor: { kind: 'role', role: 'approver', departmentId },
          limitDays: days,
          actions: ['approve', 'return', 'refuse'],
        },
      ],
    });
    const actor = await catalogEditor(db, world, departmentId);
    const created = await createItem(db, actor, { kind: 'system', id: null, name: '测试' }, content);
    await publishFirstVersion(db, name);
    return created.itemId;
  };
  const policeItem = await item(
    world.police,
    '出生登记（联办测试）',
    { key: 'birth_cert', name: '出生医学证明' },
    5,
  );
  const insuranceItem = await item(
    world.insurance,
    '医保参保（联办测试）',
    { key: 'photo', name: '一寸近照' },
    8,
  );
  const bundle = await db
    .insertInto('catalog_bundles')
    .values({
      name: '出生一件事（测试）',
      description: '落户和参保一次申请',
      lead_department_id: world.civil,
      region_code: world.district,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('catalog_bundle_items')
    .values([
      { bundle_id: bundle.id, item_id: policeItem, position: 0 },
      { bundle_id: bundle.id, item_id: insuranceItem, position: 1 },
    ])
    .execute();
  return { bundleId: bundle.id, policeItem, insuranceItem };
}
