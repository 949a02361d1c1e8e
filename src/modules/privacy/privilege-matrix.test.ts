import { beforeAll, describe, expect, it } from 'vitest';
import { demoDesk } from '../../../tests/support/demo-desk';
import { createDepartment, createRegionTree, createStaffUser } from '../../../tests/support/factories';
import { pngImage } from '../../../tests/support/file-fixtures';
import { type Client, setUpTestApp, signInResident, signInStaff } from '../../../tests/support/test-app';
import { DEMO_RESIDENT_ID_NUMBER } from '../../seed/demo-certificates';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_RESIDENT } from '../../seed/demo-district';
import { seedDemo } from '../../seed/seed-demo';
import { ROLES, type Role } from '../../shared/roles';

/**
 * Least privilege on personal data (issue 12 §2), cell by cell: every staff
 * account of the demo district, and one of each role in another district,
 * against a case of 张秀英 (its detail and the list), her registry record,
 * her ID card certificate and a material of hers. Those acting on the case
 * see it whole, those supervising it see it masked, the rest get 404; a
 * registry read needs a purpose whose grant names the reader's role; and
 * every read shows in her own read log.
 */

const t = setUpTestApp();
const NUMBER = DEMO_RESIDENT_ID_NUMBER;
const PHONE = DEMO_RESIDENT.phone;

type CaseView = 'full' | 'masked' | 404;
interface Cell {
  case: CaseView;
  registry: { purpose: string; answer: 200 | string };
  certificate: 200 | 403 | 404;
  material: 200 | 403 | 404;
}

const BACK_OFFICE_CIVIL: Cell = {
  case: 'masked',
  registry: { purpose: '民政业务审批', answer: 200 },
  certificate: 200,
  material: 403,
};
const OTHER_BUREAU: Cell = {
  case: 'masked',
  registry: { purpose: '民政业务审批', answer: 'NO_DATA_GRANT' },
  certificate: 200,
  material: 403,
};
const NO_CASE_WORK: Cell = {
  case: 404,
  registry: { purpose: '数据治理', answer: 'FORBIDDEN' },
  certificate: 403,
  material: 403,
};

/** The demo accounts: the case is handed in at 潮鸣街道's window and its first step is the street centre's approver. */
const IN_SCOPE: Record<string, Cell> = {
  admin: { case: 'masked', registry: { purpose: '数据治理', answer: 200 }, certificate: 200, material: 200 },
  clerk: {
    case: 'full',
    registry: { purpose: '综合窗口受理', answer: 200 },
    certificate: 200,
    material: 200,
  },
  approver: BACK_OFFICE_CIVIL,
  chief: BACK_OFFICE_CIVIL,
  leader: BACK_OFFICE_CIVIL,
  approver2: BACK_OFFICE_CIVIL,
  chief2: BACK_OFFICE_CIVIL,
  street: {
    case: 'full',
    registry: { purpose: '综合窗口受理', answer: 'PURPOSE_NOT_FOR_ROLE' },
    certificate: 200,
    material: 403,
  },
  police: OTHER_BUREAU,
  station: OTHER_BUREAU,
  medical: OTHER_BUREAU,
  supervisor: { ...NO_CASE_WORK, case: 'masked' },
  grid: { ...NO_CASE_WORK, registry: { purpose: '综合窗口受理', answer: 'PURPOSE_NOT_FOR_ROLE' } },
  editor: NO_CASE_WORK,
  reviewer: NO_CASE_WORK,
  reviewer2: NO_CASE_WORK,
};

/** One account of each role in another district: nothing of hers, whatever the role. */
function outOfScope(role: Role): Cell {
  const viewsCertificates = ['admin', 'window_clerk', 'approver', 'chief_rep', 'dept_leader'].includes(role);
  const readsRegistry = viewsCertificates || role === 'grid_worker';
  return {
    case: 404,
    registry: { purpose: '综合窗口受理', answer: readsRegistry ? 'NO_DATA_GRANT' : 'FORBIDDEN' },
    certificate: viewsCertificates ? 404 : 403,
    material: role === 'admin' || role === 'window_clerk' ? 404 : 403,
  };
}

const clients = new Map<string, Client>();
let caseId: string;
let certificateId: string;
let materialId: string;

beforeAll(async () => {
  await seedDemo(t.db);
  for (const account of DEMO_ACCOUNTS) {
    clients.set(account.username, await signInStaff(t.app, account.username, DEMO_PASSWORD));
  }
  await createRegionTree(t.db, '330186', 1, 1);
  const department = await createDepartment(t.db, '330186', '外区测试局');
  for (const role of ROLES) {
    const user = await createStaffUser(t.db, { role, regionCode: '330186', departmentId: department });
    // From another office's address: one address may sign in only so many times a minute.
    clients.set(`out:${role}`, await signInStaff(t.app, user.username, user.password, '10.0.86.1'));
  }
  const clerk = clients.get('clerk') as Client;
  // 老年人福利补贴: handed in at 潮鸣街道, decided by 下城区民政局, surveyed first by the street centre's approver.
  const desk = await demoDesk(t.db, '老年人福利补贴（基本养老服务补贴、百岁老人长寿保健补助）');
  const started = await clerk.post('/api/cases', {
    itemId: desk.itemId,
    windowId: desk.windowId,
    applicant: { kind: 'person', number: NUMBER },
    formData: { subsidy: '基本养老服务补贴' },
    materials: desk.content.materials.map((material) => ({ key: material.key, state: 'provided' })),
  });
  expect(started.statusCode, started.body).toBe(201);
  caseId = started.json().id;
  const accepted = await clerk.post(`/api/cases/${caseId}/accept`, {
    version: started.json().version,
    windowId: desk.windowId,
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  certificateId = (
    await t.db
      .selectFrom('certificates')
      .select('id')
      .where('holder_number', '=', NUMBER)
      .where('type', '=', 'id_card')
      .executeTakeFirstOrThrow()
  ).id;
  const uploaded = await clerk.uploadForm(
    '/api/materials',
    { ownerIdType: '111', ownerNumber: NUMBER, name: '户口簿' },
    { name: 'scan.png', bytes: pngImage() },
  );
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  materialId = uploaded.json().id;
});

const cells = () => [
  ...Object.entries(IN_SCOPE).map(([username, cell]) => ({ who: username, cell })),
  ...ROLES.map((role) => ({ who: `out:${role}`, cell: outOfScope(role) })),
];

const answerOf = (response: { statusCode: number; json: () => { error?: { code: string } } }) =>
  response.statusCode === 200 ? 200 : response.json().error?.code;

describe('who sees what of a resident (every staff role, in and out of scope)', () => {
  it('covers every role of the demo district', () => {
    const roles = new Set(DEMO_ACCOUNTS.map((account) => account.role));
    expect(roles).toEqual(new Set(ROLES));
    expect(Object.keys(IN_SCOPE).sort()).toEqual(DEMO_ACCOUNTS.map((account) => account.username).sort());
  });

  it.each(cells())('$who: case detail and list', async ({ who, cell }) => {
    const client = clients.get(who) as Client;
    const detail = await client.get(`/api/cases/${caseId}`);
    const listed = (await client.get('/api/cases?pageSize=100')).json().items ?? [];
    const inList = listed.some((row: { id: string }) => row.id === caseId);
    if (cell.case === 404) {
      expect(detail.statusCode).toBe(404);
      expect(inList).toBe(false);
      return;
    }
    expect(detail.statusCode, detail.body).toBe(200);
    expect(inList).toBe(true);
    const body = detail.json();
    expect(body.personalData).toBe(cell.case);
    if (cell.case === 'full') {
      expect(body.applicant).toMatchObject({ number: NUMBER, phone: PHONE, name: '张秀英' });
    } else {
      expect(body.applicant).toMatchObject({
        number: `${NUMBER.slice(0, 4)}**********${NUMBER.slice(-4)}`,
        phone: `${PHONE.slice(0, 3)}****${PHONE.slice(-4)}`,
        name: '张*英',
      });
      expect(detail.body).not.toContain(NUMBER);
      expect(detail.body).not.toContain(PHONE);
      expect(detail.body).not.toContain('小天竺路12号');
    }
    // A document's full text names her in full: for those acting on the case only.
    const [notice] = body.documents as { id: string }[];
    const document = await client.get(`/api/cases/${caseId}/documents/${notice?.id}`);
    expect(document.statusCode).toBe(cell.case === 'full' ? 200 : 403);
    // Lists mask the name and carry no number, whoever reads them.
    expect(JSON.stringify(listed)).not.toContain(NUMBER);
  });

  it.each(cells())('$who: registry record', async ({ who, cell }) => {
    const client = clients.get(who) as Client;
    const read = await client.post('/api/registry/persons/lookup', {
      idNumber: NUMBER,
      purpose: cell.registry.purpose,
    });
    expect(answerOf(read), read.body).toBe(cell.registry.answer);
  });

  it.each(cells())('$who: certificate detail and material file', async ({ who, cell }) => {
    const client = clients.get(who) as Client;
    const certificate = await client.get(`/api/certificates/${certificateId}`);
    expect(certificate.statusCode, certificate.body).toBe(cell.certificate);
    const material = await client.get(`/api/materials/${materialId}/file`);
    expect(material.statusCode).toBe(cell.material);
  });

  it('logs every read, and she sees each in her read log: the case (full and masked), the certificate, the material, the registry', async () => {
    const resident = await signInResident(t.app, t.db, PHONE);
    const log = await resident.get('/api/me/data-reads');
    expect(log.statusCode, log.body).toBe(200);
    const items = log.json().items as {
      kind: string;
      departmentName: string;
      purpose: string;
      recordName: string | null;
      masked: boolean;
    }[];
    const caseNumber = (await clients.get('clerk')?.get(`/api/cases/${caseId}`))?.json().caseNumber;
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'case',
          departmentName: '潮鸣街道便民服务中心',
          purpose: '受理办件',
          recordName: caseNumber,
          masked: false,
        }),
        expect.objectContaining({ kind: 'case', purpose: '审批办件', masked: false }),
        expect.objectContaining({
          kind: 'case',
          departmentName: '下城区政务服务管理办公室',
          purpose: '监督查看（已脱敏）',
          masked: true,
        }),
        expect.objectContaining({ kind: 'certificate', recordName: '居民身份证' }),
        expect.objectContaining({ kind: 'material', recordName: '户口簿', purpose: '窗口查验材料' }),
        expect.objectContaining({ kind: 'registry', purpose: '民政业务审批' }),
      ]),
    );
    // Refused reads leave no line: nobody out of scope, nor the catalogue editor, appears.
    const readers = await t.db
      .selectFrom('personal_data_reads')
      .select('staff_name')
      .where('subject_number', '=', NUMBER)
      .execute();
    const names = new Set(readers.map((row) => row.staff_name));
    const editor = DEMO_ACCOUNTS.find((account) => account.username === 'editor');
    expect(names.has(editor?.displayName ?? '')).toBe(false);
    expect(log.body).not.toContain(NUMBER);
  });
});
