import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database';
import type { Role } from '../../shared/roles';
import type { Actor } from './actor';
import { type StoredSession, sessionIdOf } from './sessions';

/**
 * The live session behind a cookie's token and the actor it belongs to, in ONE
 * query (every signed-in request pays for it): the session row, the staff user
 * with their role grants or the resident. Undefined when the session has
 * expired or the account is gone or disabled.
 */
export async function loadSessionActor(
  db: Db,
  token: string,
): Promise<{ session: StoredSession; actor: Actor } | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .leftJoin('staff_users as u', (join) =>
      join.onRef('u.id', '=', 's.subject_id').on('s.subject_kind', '=', 'staff'),
    )
    .leftJoin('residents as r', (join) =>
      join.onRef('r.id', '=', 's.subject_id').on('s.subject_kind', '=', 'resident'),
    )
    .select([
      's.id',
      's.subject_kind',
      's.subject_id',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'u.username',
      'u.display_name',
      'u.region_code',
      'u.department_id',
      'u.must_change_password',
      'u.active',
      'r.phone',
      'r.name',
      'r.id_number',
      'r.identity_verification_id',
    ])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('role_grants')
          .select(['role_grants.role', 'role_grants.region_code', 'role_grants.department_id'])
          .whereRef('role_grants.user_id', '=', 'u.id'),
      ).as('grants'),
    ])
    .where('s.id', '=', sessionIdOf(token))
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return undefined;
  const session: StoredSession = {
    id: row.id,
    subject_kind: row.subject_kind,
    subject_id: row.subject_id,
    csrf_token: row.csrf_token,
    last_seen_at: row.last_seen_at,
    expires_at: new Date(row.expires_at),
  };
  if (row.subject_kind === 'resident') {
    if (row.phone === null) return undefined;
    return {
      session,
      actor: {
        kind: 'resident',
        id: row.subject_id,
        phone: row.phone,
        name: row.name,
        claimedIdNumber: row.id_number,
        identityVerified: row.identity_verification_id !== null,
        sessionId: row.id,
        csrfToken: row.csrf_token,
      },
    };
  }
  if (!row.active || row.username === null || row.display_name === null) return undefined;
  return {
    session,
    actor: {
      kind: 'staff',
      id: row.subject_id,
      name: row.display_name,
      username: row.username,
      regionCode: row.region_code,
      departmentId: row.department_id,
      grants: row.grants.map((grant) => ({
        role: grant.role as Role,
        regionCode: grant.region_code,
        departmentId: grant.department_id,
      })),
      mustChangePassword: row.must_change_password ?? false,
      sessionId: row.id,
      csrfToken: row.csrf_token,
    },
  };
}
