import type { Tx } from '../db/database';
import { loadRecords, type RegistryRecord, saveRecords } from '../modules/registry/registry-records';
import type { RegistryValue } from '../modules/registry/rules/parse-row';
import { checkCitizenId, citizenIdCheckChar } from '../shared/citizen-id';
import { creditCodeCheckChar } from '../shared/credit-code';
import { grantableFields, type SubjectKind } from '../shared/registry-fields';
import type { Role } from '../shared/roles';
import { DEMO_ENTERPRISE } from './demo-certificates';
import { DEMO_RESIDENT } from './demo-district';

/**
 * Demo registry: the source systems, field-level grants for the demo
 * departments, and a few residents and businesses of 潮鸣街道 loaded as the
 * public-security and market-regulation systems would have supplied them.
 */
const SOURCES = [
  { name: '公安人口信息系统', subject_kind: 'person' as const, authority: 9 },
  { name: '民政业务系统', subject_kind: 'person' as const, authority: 7 },
  { name: '社区网格采集', subject_kind: 'person' as const, authority: 3 },
  { name: '市场监管登记系统', subject_kind: 'enterprise' as const, authority: 9 },
];

const ALL = (kind: SubjectKind) => grantableFields(kind).map((field) => field.key);
const WINDOW: Role[] = ['window_clerk'];
const BACK_OFFICE: Role[] = ['approver', 'chief_rep', 'dept_leader'];
const DATA_OFFICE: Role[] = ['admin'];
/** Each purpose names the roles whose work it serves: the street centre's grid worker reads nothing under the window's grant. */
const GRANTS: { department: string; kind: SubjectKind; purpose: string; fields: string[]; roles: Role[] }[] =
  [
    {
      department: '潮鸣街道便民服务中心',
      kind: 'person',
      purpose: '综合窗口受理',
      fields: ALL('person'),
      roles: WINDOW,
    },
    {
      department: '潮鸣街道便民服务中心',
      kind: 'enterprise',
      purpose: '综合窗口受理',
      fields: ALL('enterprise'),
      roles: WINDOW,
    },
    {
      department: '潮鸣街道便民服务中心',
      kind: 'person',
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
    },
    {
      department: '下城区民政局',
      kind: 'person',
      purpose: '民政业务审批',
      roles: BACK_OFFICE,
      fields: [
        'name',
        'sex',
        'birthDate',
        'phone',
        'householdAddress',
        'householdRegionCode',
        'residenceAddress',
        'maritalStatus',
        'specialGroups',
      ],
    },
    {
      department: '下城区政务服务管理办公室',
      kind: 'person',
      purpose: '数据治理',
      fields: ALL('person'),
      roles: DATA_OFFICE,
    },
    {
      department: '下城区政务服务管理办公室',
      kind: 'enterprise',
      purpose: '数据治理',
      fields: ALL('enterprise'),
      roles: DATA_OFFICE,
    },
  ];

const CHAOMING = '330103004';
const PERSONS: { first17: string; values: Record<string, RegistryValue> }[] = [
  {
    first17: DEMO_RESIDENT.idNumberFirst17,
    values: {
      name: DEMO_RESIDENT.name,
      ethnicity: '汉族',
      phone: DEMO_RESIDENT.phone,
      householdAddress: '杭州市下城区潮鸣街道小天竺社区小天竺路12号3单元201室',
      householdRegionCode: `${CHAOMING}001`,
      residenceAddress: '杭州市下城区潮鸣街道小天竺社区小天竺路12号3单元201室',
      residenceRegionCode: `${CHAOMING}001`,
      householdRelation: '户主',
      maritalStatus: 'widowed',
      education: 'junior',
      employmentStatus: 'retired',
      specialGroups: ['elderly'],
    },
  },
  ...[
    ['33010319850612003', '李明华', 'married', 'bachelor', 'employed', [], '户主'],
    ['33010319870923004', '陈静', 'married', 'college', 'employed', [], '配偶'],
    ['33010319450101003', '王德福', 'married', 'primary', 'retired', ['elderly', 'disabled'], '户主'],
    ['33010319490307002', '赵桂兰', 'married', 'primary', 'retired', ['elderly'], '配偶'],
    ['33010319760418005', '周建平', 'divorced', 'senior', 'unemployed', ['low_income'], '户主'],
    ['33010319920805006', '吴婷婷', 'unmarried', 'postgraduate', 'employed', [], '女'],
    ['33010319651130007', '孙国强', 'married', 'junior', 'flexible', ['veteran'], '户主'],
  ].map(([first17, name, maritalStatus, education, employmentStatus, specialGroups, relation], index) => ({
    first17: first17 as string,
    values: {
      name: name as string,
      ethnicity: '汉族',
      phone: `1390571${String(1000 + index * 37).padStart(4, '0')}`,
      householdAddress: `杭州市下城区潮鸣街道${['小天竺', '艮山门', '宝善', '长乐'][index % 4]}社区${10 + index}号`,
      householdRegionCode: `${CHAOMING}00${(index % 4) + 1}`,
      residenceAddress: `杭州市下城区潮鸣街道${['小天竺', '艮山门', '宝善', '长乐'][index % 4]}社区${10 + index}号`,
      residenceRegionCode: `${CHAOMING}00${(index % 4) + 1}`,
      householdRelation: relation as string,
      maritalStatus: maritalStatus as string,
      education: education as string,
      employmentStatus: employmentStatus as string,
      specialGroups: specialGroups as string[],
    },
  })),
];

const ENTERPRISES: { first17: string; values: Record<string, RegistryValue> }[] = [
  {
    first17: DEMO_ENTERPRISE.creditCode.slice(0, 17),
    values: {
      name: DEMO_ENTERPRISE.name,
      enterpriseType: 'individual_business',
      legalRepresentative: DEMO_ENTERPRISE.operator,
      phone: '0571-85061234',
      address: '浙江省杭州市下城区潮鸣街道艮山门路(演示地址)18号',
      regionCode: `${CHAOMING}002`,
      businessScope: '餐饮服务（不含凉菜、生食）。',
      status: 'operating',
      establishedOn: '2019-06-18',
    },
  },
  {
    first17: '91330103MA2H0002D',
    values: {
      name: '杭州天竺数字科技有限公司',
      enterpriseType: 'limited_company',
      legalRepresentative: '吴婷婷',
      phone: '0571-85067788',
      address: '杭州市下城区潮鸣街道建国北路256号5层',
      regionCode: `${CHAOMING}001`,
      businessScope: '软件开发；信息技术咨询服务；数据处理服务',
      status: 'operating',
      establishedOn: '2019-09-02',
    },
  },
];

async function seedSubjects(
  tx: Tx,
  kind: SubjectKind,
  rows: { number: string; values: Record<string, RegistryValue> }[],
  source: { id: string; name: string },
) {
  const existing = await loadRecords(
    tx,
    kind,
    rows.map((row) => row.number),
  );
  const stamp = {
    sourceId: source.id,
    source: source.name,
    asOf: '2026-10-31',
    at: new Date().toISOString(),
  };
  const missing: RegistryRecord[] = rows
    .filter((row) => !existing.has(row.number))
    .map((row) => ({
      number: row.number,
      values: row.values,
      sources: Object.fromEntries(Object.keys(row.values).map((key) => [key, stamp])),
    }));
  await saveRecords(tx, kind, missing);
}

export async function seedRegistry(tx: Tx): Promise<void> {
  await tx
    .insertInto('registry_sources')
    .values(SOURCES)
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const sources = await tx.selectFrom('registry_sources').select(['id', 'name']).execute();
  const sourceNamed = (name: string) =>
    sources.find((source) => source.name === name) as { id: string; name: string };
  const admin = await tx
    .selectFrom('staff_users')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const departments = await tx.selectFrom('departments').select(['id', 'name']).execute();
  for (const grant of GRANTS) {
    const department = departments.find((row) => row.name === grant.department);
    if (!department) continue;
    await tx
      .insertInto('data_grants')
      .values({
        department_id: department.id,
        subject_kind: grant.kind,
        purpose: grant.purpose,
        fields: grant.fields,
        roles: grant.roles,
        granted_by: admin.id,
      })
      .onConflict((oc) =>
        oc.columns(['department_id', 'subject_kind', 'purpose']).where('revoked_at', 'is', null).doNothing(),
      )
      .execute();
  }
  const persons = PERSONS.map((person) => {
    const number = person.first17 + citizenIdCheckChar(person.first17);
    const check = checkCitizenId(number);
    const derived: Record<string, RegistryValue> = check.valid
      ? { sex: check.sex, birthDate: check.birthDate }
      : {};
    return { number, values: { ...derived, ...person.values } };
  });
  await seedSubjects(tx, 'person', persons, sourceNamed('公安人口信息系统'));
  const enterprises = ENTERPRISES.map((row) => ({
    number: row.first17 + creditCodeCheckChar(row.first17),
    values: row.values,
  }));
  await seedSubjects(tx, 'enterprise', enterprises, sourceNamed('市场监管登记系统'));
}
