import { describe, expect, it } from 'vitest';
import { setUpTestApp, signInStaff } from '../../tests/support/test-app';
import { publishedItem } from '../modules/cases/case-item';
import { routeCase } from '../modules/cases/route-case';
import { parseCertificateIdentifier } from '../shared/certificate-identifier';
import { checkCitizenId } from '../shared/citizen-id';
import { checkCreditCode } from '../shared/credit-code';
import { ROLES } from '../shared/roles';
import { ensurePlatformAdmin } from './bootstrap-admin';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-district';
import { seedDemo } from './seed-demo';

const t = setUpTestApp();

async function counts() {
  const tables = [
    'regions',
    'departments',
    'halls',
    'service_windows',
    'staff_users',
    'role_grants',
    'residents',
    'audit_log',
    'catalog_items',
    'catalog_item_versions',
    'catalog_bundles',
    'catalog_bundle_items',
    'persons',
    'enterprises',
    'registry_sources',
    'data_grants',
    'certificates',
    'certificate_events',
  ] as const;
  const result: Record<string, number> = {};
  for (const table of tables) {
    const row = await t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

describe('demo data', () => {
  it('loads a district with at least 8 streets and 30 communities, halls, windows and one account per role', async () => {
    expect((await seedDemo(t.db)).loaded).toBe(true);
    const regions = await t.db.selectFrom('regions').select('level').execute();
    expect(regions.filter((r) => r.level === 'street').length).toBeGreaterThanOrEqual(8);
    expect(regions.filter((r) => r.level === 'community').length).toBeGreaterThanOrEqual(30);
    const halls = await t.db.selectFrom('halls').select('level').execute();
    expect(new Set(halls.map((h) => h.level))).toEqual(new Set(['district', 'street', 'community']));
    const roles = await t.db.selectFrom('role_grants').select('role').execute();
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(ROLES));
    const departments = await t.db.selectFrom('departments').select('credit_code').execute();
    expect(departments.every((d) => d.credit_code && checkCreditCode(d.credit_code).valid)).toBe(true);
    const resident = await t.db
      .selectFrom('residents as r')
      .innerJoin('identity_verifications as v', 'v.id', 'r.identity_verification_id')
      .innerJoin('persons as p', 'p.id_number', 'r.id_number')
      .select(['r.id_number', 'r.phone', 'p.phone as registry_phone', 'v.method'])
      .executeTakeFirstOrThrow();
    expect(checkCitizenId(resident.id_number ?? '').valid).toBe(true);
    // Verified as the registry vouches for her: it holds the phone she signs in with.
    expect(resident).toMatchObject({
      phone: '13800138000',
      registry_phone: '13800138000',
      method: 'registry',
    });
  });

  it('publishes a realistic catalogue of at least 60 items, the high-frequency ones included', async () => {
    const items = await t.db.selectFrom('catalog_item_versions').select(['name', 'status']).execute();
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(items.every((item) => item.status === 'published')).toBe(true);
    const names = items.map((item) => item.name).join('|');
    for (const term of ['出生登记', '新生儿', '老年优待证', '流动人口', '个体工商户', '食品经营许可'])
      expect(names).toContain(term);
  });

  it('routes every item to a competent office for an applicant of 潮鸣街道', async () => {
    const items = await t.db.selectFrom('catalog_items').select('id').execute();
    const unrouted: string[] = [];
    for (const { id } of items) {
      const item = await publishedItem(t.db, id);
      const kind = item.content.serviceObjects.includes('natural_person') ? 'person' : 'enterprise';
      const facts = { outcome: 'read' as const, profile: {}, regions: {} };
      await routeCase(t.db, item, { kind, facts, statedRegion: '330103004001' }).catch(() =>
        unrouted.push(item.content.name),
      );
    }
    expect(unrouted).toEqual([]);
  });

  it('gives the demo resident her ID card, household register and senior card, and a business its licence', async () => {
    const held = await t.db
      .selectFrom('certificates as c')
      .innerJoin('departments as d', 'd.id', 'c.issuer_department_id')
      .select(['c.type', 'c.holder_name', 'c.identifier', 'd.name as issuer'])
      .orderBy('c.type')
      .execute();
    expect(held.map((row) => [row.type, row.holder_name, row.issuer])).toEqual([
      ['business_licence', '杭州市下城区潮鸣张记面馆', '下城区市场监督管理局'],
      ['elderly_card', '张秀英', '下城区民政局'],
      ['household_register', '张秀英', '潮鸣派出所'],
      ['id_card', '张秀英', '杭州市公安局下城区分局'],
    ]);
    expect(held.every((row) => parseCertificateIdentifier(row.identifier).valid)).toBe(true);
  });

  it('changes nothing when seeded twice', async () => {
    const before = await counts();
    expect((await seedDemo(t.db)).loaded).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('lets every demo account sign in with the printed password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const client = await signInStaff(t.app, account.username, DEMO_PASSWORD);
      const me = (await client.get('/api/auth/me')).json();
      expect(me.user.grants[0].role).toBe(account.role);
    }
  });

  it('creates no extra administrator when one exists', async () => {
    expect(await ensurePlatformAdmin(t.db, undefined)).toBeNull();
  });
});
