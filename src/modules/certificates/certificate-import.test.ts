import { beforeAll, describe, expect, it } from 'vitest';
import { citizenId, createCertificateWorld, creditCode } from '../../../tests/support/certificate-factory';
import { countRows, createStaffUser } from '../../../tests/support/factories';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';
import { buildCertificateIdentifier } from '../../shared/certificate-identifier';

const t = setUpTestApp();
let admin: Client;
let policeCode: string;
let marketCode: string;

const count = () => countRows(t.db, 'certificates');

const householdRow = (holder: string, number: string, overrides: Record<string, unknown> = {}) => ({
  type: 'household_register',
  certificateNumber: number,
  holderName: '赵六',
  holderNumber: holder,
  issuerCode: policeCode,
  issuedOn: '2005-06-01',
  validUntil: null,
  data: {
    householdNumber: number,
    householdType: '家庭户',
    relationToHead: '户主',
    sex: '男',
    birthDate: '1960-01-01',
    address: '测试区某路3号',
  },
  ...overrides,
});

beforeAll(async () => {
  const world = await createCertificateWorld(t.db);
  const codes = await t.db.selectFrom('departments').select(['id', 'credit_code']).execute();
  const codeOf = (id: string) => codes.find((row) => row.id === id)?.credit_code ?? '';
  policeCode = codeOf(world.police);
  marketCode = codeOf(world.market);
  const user = await createStaffUser(t.db, { role: 'admin', regionCode: '330106' });
  admin = await signInStaff(t.app, user.username, user.password);
});

describe('importing certificates from a source system', () => {
  it('loads nothing when any row is wrong, and says which rows and why', async () => {
    const before = await count();
    const holder = citizenId('33010619600101008');
    const response = await admin.post('/api/certificates/import', {
      source: '公安人口信息系统',
      items: [
        householdRow(holder, 'H0001'),
        householdRow('330106196001010082', 'H0002'),
        householdRow(holder, 'H0003', { issuerCode: creditCode('91330106MA0000000') }),
        householdRow(holder, 'H0001'),
        householdRow(holder, 'H0004', { type: 'passport' }),
        householdRow(holder, 'H0005', { issuerCode: marketCode }),
      ],
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error).toMatchObject({
      code: 'IMPORT_REJECTED',
      message: '共6行，其中5行不符合要求，未导入任何证照',
    });
    const reasons = Object.fromEntries(
      error.details.rejections.map((rejection: { row: number; reasons: string[] }) => [
        rejection.row,
        rejection.reasons.join('|'),
      ]),
    );
    expect(Object.keys(reasons)).toEqual(['2', '3', '4', '5', '6']);
    expect(reasons[2]).toMatch(/^持证主体代码：身份证号码校验位不正确/);
    expect(reasons[3]).toBe('发证机关代码：找不到该统一社会信用代码的发证机关');
    expect(reasons[4]).toBe('该证照已在证照库中或在本批中重复');
    expect(reasons[5]).toMatch(/^类型：/);
    expect(reasons[6]).toBe('发证机关代码：居民户口簿应由公安部门签发');
    expect(await count()).toBe(before);
  });

  it('imports a clean batch, keeps a source identifier as it is, allows run-out certificates and refuses a second load', async () => {
    const holder = citizenId('33010619600101009');
    const sourceIdentifier = buildCertificateIdentifier({
      typeCode: '11100000000013127D002',
      issuerCode: policeCode,
      serial: 'SRC20050601',
      version: 2,
    });
    const batch = [
      householdRow(holder, 'H1001', { identifier: sourceIdentifier }),
      {
        type: 'residence_permit',
        certificateNumber: 'J2019-7',
        holderName: '钱七',
        holderNumber: citizenId('42010619850505001'),
        issuerCode: policeCode,
        issuedOn: '2019-05-05',
        validUntil: '2020-05-05',
        data: {
          sex: '男',
          birthDate: '1985-05-05',
          residenceAddress: '测试区某路4号',
          address: '湖北省武汉市',
        },
      },
    ];
    const imported = await admin.post('/api/certificates/import', {
      source: '公安人口信息系统',
      items: batch,
    });
    expect(imported.json()).toEqual({ imported: 2 });
    const rows = await t.db
      .selectFrom('certificates')
      .select(['identifier', 'origin', 'origin_ref', 'type_code', 'number'])
      .where('number', 'in', ['H1001', 'J2019-7'])
      .orderBy('number')
      .execute();
    expect(rows[0]).toMatchObject({
      identifier: sourceIdentifier,
      type_code: '11100000000013127D002',
      origin: 'import',
    });
    expect(rows[1]).toMatchObject({ origin_ref: '公安人口信息系统' });
    const permit = (await admin.get(`/api/certificates?type=residence_permit&status=expired`)).json();
    expect(permit.total).toBe(1);
    const again = await admin.post('/api/certificates/import', { source: '公安人口信息系统', items: batch });
    expect(again.json().error.details.rejections).toHaveLength(2);
  });

  it('refuses a source identifier whose check character or issuer does not match', async () => {
    const identifier = buildCertificateIdentifier({
      typeCode: '11100000000013127D002',
      issuerCode: marketCode,
      serial: 'X1',
      version: 1,
    });
    const response = await admin.post('/api/certificates/import', {
      source: '公安人口信息系统',
      items: [
        householdRow(citizenId('33010619600101010'), 'H2001', { identifier }),
        householdRow(citizenId('33010619600101010'), 'H2002', { identifier: `${identifier.slice(0, -1)}#` }),
      ],
    });
    const [first, second] = response.json().error.details.rejections;
    expect(first.reasons).toEqual(['证照标识：其中的颁发机构代码与发证机关的统一社会信用代码不一致']);
    expect(second.reasons[0]).toMatch(/^证照标识：/);
  });

  it('lets only certificate managers import, and only for departments in their scope', async () => {
    const clerkUser = await createStaffUser(t.db, { role: 'window_clerk', regionCode: '330106' });
    const clerk = await signInStaff(t.app, clerkUser.username, clerkUser.password);
    const items = [householdRow(citizenId('33010619600101011'), 'H3001')];
    expect(
      (await clerk.post('/api/certificates/import', { source: '公安人口信息系统', items })).statusCode,
    ).toBe(403);
    const streetUser = await createStaffUser(t.db, { role: 'admin', regionCode: '330106001' });
    const street = await signInStaff(t.app, streetUser.username, streetUser.password);
    const response = await street.post('/api/certificates/import', { source: '公安人口信息系统', items });
    expect(response.json().error.details.rejections[0].reasons).toEqual([
      '发证机关代码：您不能导入测试区公安分局颁发的证照',
    ]);
  });
});
