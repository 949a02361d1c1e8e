import type { z } from 'zod';
import type { Db } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import { notFound } from '../../server/errors';
import { maskPhone } from '../../shared/phone';
import { hasPermission, ROLE_LABELS, type Role, regionRootsFor } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';
import type { StaffView } from './schemas';

type StaffViewT = z.infer<typeof StaffView>;

function selectStaff(db: Db) {
  return db
    .selectFrom('staff_users as u')
    .leftJoin('regions as r', 'r.code', 'u.region_code')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.region_code',
      'r.name as region_name',
      'u.department_id',
      'd.name as department_name',
      'u.phone',
      'u.active',
      'u.must_change_password',
      'u.locked_until',
      'u.last_sign_in_at',
    ]);
}

async function grantsOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('role_grants as g')
    .leftJoin('regions as r', 'r.code', 'g.region_code')
    .leftJoin('departments as d', 'd.id', 'g.department_id')
    .select([
      'g.id',
      'g.user_id',
      'g.role',
      'g.region_code',
      'r.name as region_name',
      'g.department_id',
      'd.name as department_name',
    ])
    .where('g.user_id', 'in', userIds)
    .orderBy('g.created_at')
    .execute();
}

async function withGrants(db: Db, rows: Awaited<ReturnType<ReturnType<typeof selectStaff>['execute']>>) {
  const grants = await grantsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map(
    (row): StaffViewT => ({
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      regionCode: row.region_code,
      regionName: row.region_name,
      departmentId: row.department_id,
      departmentName: row.department_name,
      phoneMasked: row.phone ? maskPhone(row.phone) : null,
      active: row.active,
      mustChangePassword: row.must_change_password,
      lockedUntil: row.locked_until && row.locked_until > new Date() ? row.locked_until.toISOString() : null,
      lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
      grants: grants
        .filter((grant) => grant.user_id === row.id)
        .map((grant) => ({
          id: grant.id,
          role: grant.role,
          roleLabel: ROLE_LABELS[grant.role],
          regionCode: grant.region_code,
          regionName: grant.region_code ? grant.region_name : '全平台',
          departmentId: grant.department_id,
          departmentName: grant.department_name,
        })),
    }),
  );
}

/** Staff accounts belonging to regions the actor administers. */
export async function listStaff(
  db: Db,
  actor: StaffActor,
  filter: { regionCode?: string; keyword?: string; role?: Role },
): Promise<StaffViewT[]> {
  const roots = regionRootsFor(actor.grants, 'staff.manage');
  let query = selectStaff(db).where((eb) =>
    roots === null ? eb.lit(true) : withinRegions(eb, 'u.region_code', roots),
  );
  if (filter.regionCode) query = query.where('u.region_code', 'like', `${filter.regionCode}%`);
  if (filter.keyword) {
    const pattern = `%${filter.keyword.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([eb('u.username', 'ilike', pattern), eb('u.display_name', 'like', pattern)]),
    );
  }
  if (filter.role) {
    const role = filter.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_grants as g')
          .select('g.id')
          .whereRef('g.user_id', '=', 'u.id')
          .where('g.role', '=', role),
      ),
    );
  }
  const rows = await query.orderBy('u.region_code').orderBy('u.username').limit(500).execute();
  return withGrants(db, rows);
}

/** One staff account the actor administers. */
export async function getStaff(db: Db, actor: StaffActor, id: string): Promise<StaffViewT> {
  const rows = await selectStaff(db).where('u.id', '=', id).execute();
  const row = rows[0];
  const manageable = row && hasPermission(actor.grants, 'staff.manage', row.region_code ?? '');
  if (!row || !manageable) throw notFound('工作人员');
  const [view] = await withGrants(db, rows);
  return view as StaffViewT;
}
