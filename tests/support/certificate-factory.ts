import type { Db } from '../../src/db/database';
import { citizenIdCheckChar } from '../../src/shared/citizen-id';
import { creditCodeCheckChar } from '../../src/shared/credit-code';
import { createDepartment, createRegionTree } from './factories';

/** A citizen ID number with a correct check character; `first17` = area, birth date, sequence. */
export const citizenId = (first17: string) => first17 + citizenIdCheckChar(first17);

/** An enterprise credit code with a correct check character. */
export const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17);

/** The body of POST /api/certificates for an ID card (holder born 1958, so valid long-term). */
export function idCardRequest(issuerDepartmentId: string, overrides: Record<string, unknown> = {}) {
  return {
    type: 'id_card',
    holderName: '张秀英',
    holderNumber: citizenId('33010619580315002'),
    issuerDepartmentId,
    data: { sex: '女', ethnicity: '汉', birthDate: '1958-03-15', address: '浙江省杭州市测试区潮鸣路1号' },
    ...overrides,
  };
}

/** District 330106 with two streets, its police bureau and civil affairs bureau, and street 1's police station. */
export async function createCertificateWorld(db: Db) {
  await createRegionTree(db, '330106', 2, 1);
  return {
    police: await createDepartment(db, '330106', '测试区公安分局', 'public_security'),
    civil: await createDepartment(db, '330106', '测试区民政局', 'civil_affairs'),
    market: await createDepartment(db, '330106', '测试区市场监督管理局', 'market_regulation'),
    station: await createDepartment(db, '330106001', '测试街道1派出所', 'public_security'),
  };
}

/** An electronic ID card the registry holds for `holder` (a case then finds it in use); its id. */
export async function heldIdCard(
  db: Db,
  card: { holder: string; validUntil: string | null; issuer: string; region: string },
): Promise<string> {
  const row = await db
    .insertInto('certificates')
    .values({
      identifier: `1.2.156.3005.2.TEST.${Math.random().toString(36).slice(2, 10)}.001.X`,
      type: 'id_card',
      type_code: '11100000000000000T001'.replace('T', '0'),
      number: card.holder,
      holder_id_type: '111',
      holder_number: card.holder,
      holder_name: '张秀英',
      issuer_department_id: card.issuer,
      issuer_code: '000000000000000000',
      region_code: card.region,
      issued_on: '2010-01-01',
      valid_from: '2010-01-01',
      valid_until: card.validUntil,
      verify_token: `token${Math.random().toString(36).slice(2)}xxxxxxxxxxxxxxxxx`,
      origin: 'manual',
      data: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
