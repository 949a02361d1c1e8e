import type { Db } from '../../src/db/database';
import type { Database } from '../../src/db/schema';
import { hashPassword } from '../../src/modules/auth/passwords';
import { writeLink } from '../../src/modules/identity/link-store';
import { creditCodeCheckChar } from '../../src/shared/credit-code';
import type { DepartmentKind } from '../../src/shared/org-kinds';
import type { Role } from '../../src/shared/roles';

let counter = 0;
const passwordHashes = new Map<string, Promise<string>>();

/** A staff account with one role grant; hashes are cached because argon2 is slow on purpose. */
export async function createStaffUser(
  db: Db,
  options: {
    role: Role;
    regionCode: string | null;
    departmentId?: string | null;
    username?: string;
    password?: string;
    mustChangePassword?: boolean;
  },
): Promise<{ id: string; username: string; password: string }> {
  counter += 1;
  const username = options.username ?? `user${counter}_${Math.random().toString(36).slice(2, 7)}`;
  const password = options.password ?? 'Passw0rd!';
  if (!passwordHashes.has(password)) passwordHashes.set(password, hashPassword(password));
  const user = await db
    .insertInto('staff_users')
    .values({
      username,
      display_name: `测试${counter}`,
      password_hash: await (passwordHashes.get(password) as Promise<string>),
      must_change_password: options.mustChangePassword ?? false,
      region_code: options.regionCode,
      department_id: options.departmentId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_grants')
    .values({
      user_id: user.id,
      role: options.role,
      region_code: options.regionCode,
      department_id: options.departmentId ?? null,
    })
    .execute();
  return { id: user.id, username, password };
}

/** A district with streets and communities: codes 3301XX, 3301XX001.., 3301XX001001... */
export async function createRegionTree(
  db: Db,
  district: string,
  streets = 2,
  communities = 2,
): Promise<void> {
  const rows: {
    code: string;
    name: string;
    level: 'district' | 'street' | 'community';
    parent_code: string | null;
  }[] = [{ code: district, name: `测试区${district}`, level: 'district', parent_code: null }];
  for (let s = 1; s <= streets; s++) {
    const street = `${district}${String(s).padStart(3, '0')}`;
    rows.push({ code: street, name: `测试街道${s}`, level: 'street', parent_code: district });
    for (let c = 1; c <= communities; c++) {
      rows.push({
        code: `${street}${String(c).padStart(3, '0')}`,
        name: `测试社区${s}-${c}`,
        level: 'community',
        parent_code: street,
      });
    }
  }
  await db
    .insertInto('regions')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function createDepartment(
  db: Db,
  regionCode: string,
  name = `测试部门${++counter}`,
  kind: DepartmentKind = 'civil_affairs',
): Promise<string> {
  counter += 1;
  const first17 = `11${regionCode.slice(0, 6)}MB${String(counter).padStart(7, '0')}`;
  const row = await db
    .insertInto('departments')
    .values({
      name,
      kind,
      level: regionCode.length === 6 ? 'district' : 'street',
      region_code: regionCode,
      credit_code: first17 + creditCodeCheckChar(first17),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** How many rows `table` holds. */
export async function countRows(db: Db, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Resident accounts already linked to their ID numbers and verified (as a clerk
 * would at a window), as the tests of what a verified resident sees need them.
 */
export async function createVerifiedResidents(
  db: Db,
  residents: { phone: string; idNumber: string; name: string }[],
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const resident of residents) {
      const { id } = await tx
        .insertInto('residents')
        .values({ phone: resident.phone })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeLink(tx, id, resident, { method: 'registry' });
    }
  });
}
