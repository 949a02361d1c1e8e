import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/database';
import type { StaffActor } from '../../src/modules/auth/actor';
import type { ItemContentInput } from '../../src/modules/catalog/item-content';
import { createItem } from '../../src/modules/catalog/item-drafts';
import { saveRecords } from '../../src/modules/registry/registry-records';
import { grantableFields } from '../../src/shared/registry-fields';
import type { Role } from '../../src/shared/roles';
import { itemContent, publishFirstVersion } from './catalog-factory';
import { createDepartment, createRegionTree, createStaffUser } from './factories';
import { testIdNumber } from './registry-files';
import { type Client, signInStaff } from './test-app';

/**
 * A district for intake tests: two streets with a hall and a window each, a
 * district hall, a civil affairs bureau, the street centre's clerks (with the
 * window's data grant), three published items and residents in the registry.
 *
 *   district D, streets D001 (the clerks' street) and D002; communities D001001 …
 */

const stamp = { sourceId: 'seed', source: '公安人口库', asOf: '2026-01-01', at: '2026-01-01T00:00:00Z' };

async function hallWithWindow(db: Db, regionCode: string, name: string) {
  const hall = await db
    .insertInto('halls')
    .values({
      name,
      level: regionCode.length === 6 ? 'district' : 'street',
      region_code: regionCode,
      opening_hours: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const window = await db
    .insertInto('service_windows')
    .values({ hall_id: hall.id, number: 1, name: '综合受理', kind: 'comprehensive' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { hallId: hall.id, windowId: window.id };
}

/** A catalogue editor of the department, who drafts the items tests publish. */
export async function catalogEditor(db: Db, departmentId: string): Promise<StaffActor> {
  const user = await createStaffUser(db, { role: 'catalog_editor', regionCode: null, departmentId });
  return {
    kind: 'staff',
    id: user.id,
    name: '编制人员',
    username: user.username,
    regionCode: null,
    departmentId,
    grants: [{ role: 'catalog_editor', regionCode: null, departmentId }],
    mustChangePassword: false,
    sessionId: '',
    csrfToken: '',
  };
}

/** Drafts the item and publishes its first version; its id. */
export async function publishItem(db: Db, editor: StaffActor, content: ItemContentInput): Promise<string> {
  const created = await createItem(db, editor, { kind: 'system', id: null, name: '测试' }, content);
  await publishFirstVersion(db, content.name);
  return created.itemId;
}

/** 老年优待证-like: on the spot, ID card (or household register) and a photo; an agent's authorisation when one applies. */
export function elderlyCard(
  departmentId: string,
  overrides: Partial<ItemContentInput> = {},
): ItemContentInput {
  return itemContent(departmentId, {
    name: '老年优待证办理（测试）',
    resultType: 'certificate',
    resultName: '老年优待证',
    formFields: [
      { key: 'applicant_name', label: '申请人姓名', type: 'text', required: true, profileSource: 'name' },
      {
        key: 'applicant_id_number',
        label: '申请人身份证号码',
        type: 'id_number',
        required: true,
        profileSource: 'id_number',
      },
      { key: 'phone', label: '联系电话', type: 'phone', required: true, profileSource: 'phone' },
      {
        key: 'household_address',
        label: '户籍地址',
        type: 'address',
        required: true,
        profileSource: 'household_address',
      },
    ],
    materials: [
      {
        key: 'identity_proof',
        name: '身份证明有效证件',
        forms: ['copy'],
        required: true,
        certificateTypes: ['id_card', 'household_register'],
      },
      { key: 'photo', name: '近期一寸彩照', forms: ['original'], required: true },
      { key: 'agent_authorisation', name: '授权委托书（委托代办时）', forms: ['original'], required: false },
    ],
    ...overrides,
  });
}

/** A promised subsidy with a secondary (conditional) income proof that may be tolerated. */
export function subsidy(departmentId: string, overrides: Partial<ItemContentInput> = {}): ItemContentInput {
  return itemContent(departmentId, {
    name: '困难补助申请（测试）',
    handlingKind: 'promised',
    promisedLimitDays: 5,
    legalLimitDays: 20,
    formFields: [
      { key: 'applicant_name', label: '申请人姓名', type: 'text', required: true, profileSource: 'name' },
      { key: 'phone', label: '联系电话', type: 'phone', required: true, profileSource: 'phone' },
      { key: 'reason', label: '申请理由', type: 'textarea', required: true, maxLength: 200 },
    ],
    materials: [
      {
        key: 'id_card',
        name: '居民身份证',
        forms: ['original'],
        required: true,
        certificateTypes: ['id_card'],
      },
      { key: 'income_proof', name: '收入证明（有收入时）', forms: ['original'], required: false },
    ],
    workflow: [
      {
        key: 'review',
        name: '民政局审核',
        actor: { kind: 'role', role: 'approver', departmentId },
        limitDays: 3,
        actions: ['approve', 'return'],
      },
      {
        key: 'decide',
        name: '民政局审批',
        actor: { kind: 'chief_rep', departmentId },
        limitDays: 2,
        actions: ['approve', 'refuse'],
      },
    ],
    ...overrides,
  });
}

export interface IntakeWorld {
  district: string;
  street: string;
  otherStreet: string;
  civil: string;
  streetCentre: string;
  hall: { hallId: string; windowId: string };
  otherHall: { hallId: string; windowId: string };
  districtHall: { hallId: string; windowId: string };
  /** courier: the elderly card offered by post too (content.courierDelivery). */
  items: { elderly: string; subsidy: string; localOnly: string; courier: string };
  /** Registry persons: one in the clerks' street, one in the other street. */
  residents: { local: string; fromOtherStreet: string; unknown: string };
  clerk: Client;
  clerk2: Client;
  otherClerk: Client;
  grid: Client;
  approver: Client;
  /** A new member of staff holding the role, signed in; a null region is the whole platform. */
  staff: (role: Role, regionCode: string | null, departmentId?: string | null) => Promise<Client>;
}

export async function createIntakeWorld(
  db: Db,
  app: FastifyInstance,
  district: string,
): Promise<IntakeWorld> {
  await createRegionTree(db, district, 2, 2);
  const street = `${district}001`;
  const otherStreet = `${district}002`;
  const civil = await createDepartment(db, district, `${district}民政局`);
  const streetCentre = await createDepartment(db, street, `${district}街道便民服务中心`);
  const editor = await catalogEditor(db, civil);
  const items = {
    elderly: await publishItem(db, editor, elderlyCard(civil)),
    subsidy: await publishItem(db, editor, subsidy(civil)),
    localOnly: await publishItem(
      db,
      editor,
      elderlyCard(civil, { name: '不通办事项（测试）', anyWindowScope: null, level: 5 }),
    ),
    courier: await publishItem(
      db,
      editor,
      elderlyCard(civil, { name: '可邮寄的老年优待证（测试）', courierDelivery: true }),
    ),
  };
  const residents = {
    local: testIdNumber(`${district}`, 1),
    fromOtherStreet: testIdNumber(`${district}`, 2),
    unknown: testIdNumber(`${district}`, 3),
  };
  const person = (name: string, phone: string, region: string) => ({
    name,
    sex: 'female',
    birthDate: '1950-01-01',
    phone,
    householdAddress: `测试区${region}号`,
    householdRegionCode: region,
    residenceRegionCode: region,
  });
  await saveRecords(db, 'person', [
    {
      number: residents.local,
      values: person('张秀英', '13800000001', `${street}001`),
      sources: { name: stamp },
    },
    {
      number: residents.fromOtherStreet,
      values: person('王大海', '13800000002', `${otherStreet}001`),
      sources: { name: stamp },
    },
  ]);
  const admin = await createStaffUser(db, { role: 'admin', regionCode: null });
  await db
    .insertInto('data_grants')
    .values({
      department_id: streetCentre,
      subject_kind: 'person',
      purpose: '综合窗口受理',
      fields: grantableFields('person').map((field) => field.key),
      roles: ['window_clerk'],
      granted_by: admin.id,
    })
    .execute();
  // The grid worker applying for a resident (代办) reads what routing and the form need, under a purpose of their own.
  await db
    .insertInto('data_grants')
    .values({
      department_id: streetCentre,
      subject_kind: 'person',
      purpose: '网格代办申请',
      fields: [
        'name',
        'phone',
        'householdAddress',
        'householdRegionCode',
        'residenceAddress',
        'residenceRegionCode',
      ],
      roles: ['grid_worker'],
      granted_by: admin.id,
    })
    .execute();
  const staff = async (role: Role, regionCode: string | null, departmentId: string | null = null) => {
    const user = await createStaffUser(db, { role, regionCode, departmentId });
    return signInStaff(app, user.username, user.password);
  };
  return {
    district,
    street,
    otherStreet,
    civil,
    streetCentre,
    hall: await hallWithWindow(db, street, `${district}街道便民服务中心`),
    otherHall: await hallWithWindow(db, otherStreet, `${district}另一街道便民服务中心`),
    districtHall: await hallWithWindow(db, district, `${district}区行政服务中心`),
    items,
    residents,
    clerk: await staff('window_clerk', street, streetCentre),
    clerk2: await staff('window_clerk', street, streetCentre),
    otherClerk: await staff('window_clerk', otherStreet, null),
    grid: await staff('grid_worker', `${street}001`, streetCentre),
    approver: await staff('approver', district, civil),
    staff,
  };
}

/** The body of a window intake of the elderly card for a registry resident, both main materials handed over. */
export function elderlyIntake(world: IntakeWorld, overrides: Record<string, unknown> = {}) {
  return {
    itemId: world.items.elderly,
    windowId: world.hall.windowId,
    applicant: { kind: 'person', number: world.residents.local },
    materials: [
      { key: 'identity_proof', state: 'provided' },
      { key: 'photo', state: 'provided' },
    ],
    ...overrides,
  };
}

/**
 * The same for the resident of the other street, whom the clerks' registry scope
 * does not show: the clerk types in the name, telephone, region and address.
 */
export function visitorIntake(world: IntakeWorld, overrides: Record<string, unknown> = {}) {
  return elderlyIntake(world, {
    applicant: {
      kind: 'person',
      number: world.residents.fromOtherStreet,
      name: '王大海',
      phone: '13800000002',
      regionCode: `${world.otherStreet}001`,
    },
    formData: { household_address: '测试路2号' },
    ...overrides,
  });
}

/** The status messages the applicant of the case was sent, oldest first. */
export async function statusMessages(db: Db, caseNumber: string): Promise<string[]> {
  const rows = await db
    .selectFrom('notifications')
    .select('body')
    .where('purpose', '=', 'case_status')
    .where('body', 'like', `%${caseNumber}%`)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.body);
}
