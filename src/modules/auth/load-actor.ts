import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database';
import type { Actor } from './actor';
import type { StoredSession } from './sessions';

/** The actor behind a live session, or undefined when the account is gone or disabled. */
export async function loadActor(db: Db, session: StoredSession): Promise<Actor | undefined> {
  if (session.subject_kind === 'resident') {
    const resident = await db
      .selectFrom('residents')
      .select(['id', 'phone', 'name', 'id_number'])
      .where('id', '=', session.subject_id)
      .executeTakeFirst();
    if (!resident) return undefined;
    return {
      kind: 'resident',
      id: resident.id,
      phone: resident.phone,
      name: resident.name,
      idNumber: resident.id_number,
      sessionId: session.id,
      csrfToken: session.csrf_token,
    };
  }
  const user = await db
    .selectFrom('staff_users')
    .select([
      'id',
      'username',
      'display_name',
      'region_code',
      'department_id',
      'must_change_password',
      'active',
    ])
    // The grants come with the user in one round trip: every signed-in request pays for this.
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('role_grants')
          .select(['role_grants.role', 'role_grants.region_code', 'role_grants.department_id'])
          .whereRef('role_grants.user_id', '=', 'staff_users.id'),
      ).as('grants'),
    ])
    .where('id', '=', session.subject_id)
    .executeTakeFirst();
  if (!user?.active) return undefined;
  return {
    kind: 'staff',
    id: user.id,
    name: user.display_name,
    username: user.username,
    regionCode: user.region_code,
    departmentId: user.department_id,
    grants: user.grants.map((grant) => ({
      role: grant.role,
      regionCode: grant.region_code,
      departmentId: grant.department_id,
    })),
    mustChangePassword: user.must_change_password,
    sessionId: session.id,
    csrfToken: session.csrf_token,
  };
}
