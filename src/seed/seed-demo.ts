import { sql } from 'kysely';
import type { Db, Tx } from '../db/database';
import { recordAudit } from '../modules/audit/record-audit';
import { SYSTEM_ACTOR } from '../modules/auth/actor';
import { hashPassword } from '../modules/auth/passwords';
import { writeLink } from '../modules/identity/link-store';
import { citizenIdCheckChar } from '../shared/citizen-id';
import { creditCodeCheckChar } from '../shared/credit-code';
import { DEPARTMENT_ROLES, type Role } from '../shared/roles';
import {
  COMMUNITY_HOURS,
  communityCode,
  DEMO_ACCOUNTS,
  DEMO_DISTRICT,
  DEMO_DISTRICT_DEPARTMENTS,
  DEMO_PASSWORD,
  DEMO_RESIDENT,
  DEMO_STREETS,
  type DemoDepartment,
  DISTRICT_HALL_HOURS,
  streetDepartments,
  WEEKDAY_HOURS,
} from './demo-district';
import { seedBundles } from './seed-bundles';
import { seedCatalog } from './seed-catalog';
import { seedCertificates } from './seed-certificates';
import { seedRegistry } from './seed-registry';

export const DEMO_SEEDED_KEY = 'demo_seeded_at';

/** A demo credit code for a government body (registration authority 1, class 1 = organ). */
function demoCreditCode(regionCode: string, serial: number): string {
  const first17 = `11${regionCode.slice(0, 6)}MB${String(serial).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

async function seedRegions(tx: Tx): Promise<void> {
  const rows = [
    {
      code: DEMO_DISTRICT.code,
      name: DEMO_DISTRICT.name,
      level: 'district' as const,
      parent_code: null,
      sort_order: 0,
    },
    ...DEMO_STREETS.flatMap((street, streetIndex) => [
      {
        code: street.code,
        name: street.name,
        level: 'street' as const,
        parent_code: DEMO_DISTRICT.code,
        sort_order: streetIndex,
      },
      ...street.communities.map((name, index) => ({
        code: communityCode(street, index),
        name,
        level: 'community' as const,
        parent_code: street.code,
        sort_order: index,
      })),
    ]),
  ];
  await tx
    .insertInto('regions')
    .values(rows)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

async function seedDepartments(tx: Tx): Promise<void> {
  const all: DemoDepartment[] = [...DEMO_DISTRICT_DEPARTMENTS, ...DEMO_STREETS.flatMap(streetDepartments)];
  await tx
    .insertInto('departments')
    .values(
      all.map((department, index) => ({
        name: department.name,
        kind: department.kind,
        level: department.regionCode.length === 6 ? ('district' as const) : ('street' as const),
        region_code: department.regionCode,
        credit_code: demoCreditCode(department.regionCode, 1000 + index),
        phone: department.phone,
      })),
    )
    .onConflict((oc) => oc.columns(['region_code', 'name']).doNothing())
    .execute();
}

async function seedHallsAndWindows(tx: Tx): Promise<void> {
  const halls = [
    {
      name: '下城区行政服务中心',
      level: 'district' as const,
      region_code: DEMO_DISTRICT.code,
      address: '杭州市下城区(演示地址)政务服务大楼1-2层',
      phone: '0571-85150000',
      opening_hours: JSON.stringify(DISTRICT_HALL_HOURS),
    },
    ...DEMO_STREETS.flatMap((street) => [
      {
        name: `${street.name}便民服务中心`,
        level: 'street' as const,
        region_code: street.code,
        address: `杭州市下城区${street.name}(演示地址)便民服务中心一楼`,
        phone: null,
        opening_hours: JSON.stringify(WEEKDAY_HOURS),
      },
      ...street.communities.map((name, index) => ({
        name: `${name}便民服务站`,
        level: 'community' as const,
        region_code: communityCode(street, index),
        address: `杭州市下城区${street.name}${name}(演示地址)党群服务中心`,
        phone: null,
        opening_hours: JSON.stringify(COMMUNITY_HOURS),
      })),
    ]),
  ];
  await tx
    .insertInto('halls')
    .values(halls)
    .onConflict((oc) => oc.columns(['region_code', 'name']).doNothing())
    .execute();
  const stored = await tx.selectFrom('halls').select(['id', 'level']).execute();
  const windows = stored.flatMap((hall) => {
    const layout: { kind: 'comprehensive' | 'enterprise' | 'priority'; name: string }[] =
      hall.level === 'district'
        ? [
            ...Array.from({ length: 6 }, () => ({ kind: 'comprehensive' as const, name: '综合受理' })),
            { kind: 'enterprise', name: '企业开办' },
            { kind: 'enterprise', name: '工程建设项目' },
            { kind: 'priority', name: '老年人、残疾人优先' },
          ]
        : hall.level === 'street'
          ? [
              ...Array.from({ length: 3 }, () => ({ kind: 'comprehensive' as const, name: '综合受理' })),
              { kind: 'priority', name: '绿色通道' },
            ]
          : [{ kind: 'comprehensive', name: '综合受理' }];
    return layout.map((window, index) => ({
      hall_id: hall.id,
      number: index + 1,
      name: window.name,
      kind: window.kind,
    }));
  });
  await tx
    .insertInto('service_windows')
    .values(windows)
    .onConflict((oc) => oc.columns(['hall_id', 'number']).doNothing())
    .execute();
}

/** The demo's A/B posts: each account naming an A-post backs it up (kept if an administrator changed it). */
async function seedBackups(tx: Tx): Promise<void> {
  const users = await tx.selectFrom('staff_users').select(['id', 'username']).execute();
  const idOf = (username: string) => users.find((user) => user.username === username)?.id;
  for (const account of DEMO_ACCOUNTS) {
    const [staffId, backupId] = [account.backupOf && idOf(account.backupOf), idOf(account.username)];
    if (!staffId || !backupId) continue;
    await tx
      .insertInto('staff_backups')
      .values({ staff_id: staffId, backup_id: backupId })
      .onConflict((oc) => oc.column('staff_id').doNothing())
      .execute();
  }
}

async function seedAccounts(tx: Tx): Promise<void> {
  const existing = await tx
    .selectFrom('staff_users')
    .select(sql<string>`lower(username)`.as('name'))
    .execute();
  const taken = new Set(existing.map((row) => row.name));
  const departments = await tx.selectFrom('departments').select(['id', 'name']).execute();
  const departmentId = (name: string | null) => departments.find((d) => d.name === name)?.id ?? null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    if (taken.has(account.username)) continue;
    const user = await tx
      .insertInto('staff_users')
      .values({
        username: account.username,
        display_name: account.displayName,
        password_hash: passwordHash,
        // Demo accounts are for trying the product; production accounts must change their password.
        must_change_password: false,
        region_code: account.homeRegion,
        department_id: departmentId(account.departmentName),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const roleNeedsDepartment = DEPARTMENT_ROLES.has(account.role as Role);
    await tx
      .insertInto('role_grants')
      .values({
        user_id: user.id,
        role: account.role as Role,
        region_code: account.regionCode,
        department_id: roleNeedsDepartment ? departmentId(account.departmentName) : null,
      })
      .execute();
  }
  await seedBackups(tx);
}

/**
 * The demo resident, linked and verified as the registry vouches for her: it
 * holds her name and her phone 13800138000 (seeded after the registry).
 */
async function seedDemoResident(tx: Tx): Promise<void> {
  const idNumber = DEMO_RESIDENT.idNumberFirst17 + citizenIdCheckChar(DEMO_RESIDENT.idNumberFirst17);
  const inserted = await tx
    .insertInto('residents')
    .values({ phone: DEMO_RESIDENT.phone })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) {
    await writeLink(tx, inserted.id, { idNumber, name: DEMO_RESIDENT.name }, { method: 'registry' });
  }
}

/**
 * Loads the demo district, its halls, windows, departments and one account per
 * role. Idempotent: rows that exist are left as they are, so a second run changes nothing.
 */
export async function seedDemo(db: Db): Promise<{ loaded: boolean }> {
  return await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(7100502)`.execute(tx);
    await seedRegions(tx);
    await seedDepartments(tx);
    await seedHallsAndWindows(tx);
    await seedAccounts(tx);
    await seedCatalog(tx);
    await seedBundles(tx);
    await seedRegistry(tx);
    await seedDemoResident(tx);
    await seedCertificates(tx);
    const marker = await tx
      .insertInto('system_state')
      .values({ key: DEMO_SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (marker) {
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'system.seed_demo',
        entityType: 'system',
        entityId: 'demo',
        regionCode: DEMO_DISTRICT.code,
      });
    }
    return { loaded: Boolean(marker) };
  });
}

export async function isDemoSeeded(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('system_state')
    .select('key')
    .where('key', '=', DEMO_SEEDED_KEY)
    .executeTakeFirst();
  return Boolean(row);
}
