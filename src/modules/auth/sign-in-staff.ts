import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { AppError } from '../../server/errors';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { createSession, type NewSession } from './sessions';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

const wrongCredentials = () => new AppError(401, 'SIGN_IN_FAILED', '用户名或密码错误');

/**
 * Checks a user name and password. Five wrong passwords in a row lock the
 * account for 15 minutes; the lock is in the database, so it holds across processes.
 */
export async function signInStaff(
  db: Db,
  credentials: { username: string; password: string },
  client: { ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const user = await db
    .selectFrom('staff_users')
    .select(['id', 'password_hash', 'active', 'locked_until'])
    .where(sql`lower(username)`, '=', credentials.username.toLowerCase())
    .executeTakeFirst();
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), credentials.password);
    throw wrongCredentials();
  }
  if (user.locked_until && user.locked_until > new Date()) {
    const minutes = Math.ceil((user.locked_until.getTime() - Date.now()) / 60_000);
    throw new AppError(
      423,
      'ACCOUNT_LOCKED',
      `密码连续错误次数过多，账号已临时锁定，请${minutes}分钟后再试`,
      {
        lockedUntil: user.locked_until.toISOString(),
      },
    );
  }
  if (!(await verifyPassword(user.password_hash, credentials.password))) {
    await recordFailure(db, user.id);
    throw wrongCredentials();
  }
  if (!user.active) throw new AppError(403, 'ACCOUNT_DISABLED', '账号已停用，请联系管理员');
  await db
    .updateTable('staff_users')
    .set({ failed_sign_ins: 0, locked_until: null, last_sign_in_at: new Date() })
    .where('id', '=', user.id)
    .execute();
  return await createSession(db, { kind: 'staff', id: user.id }, client);
}

async function recordFailure(db: Db, userId: string): Promise<void> {
  // One statement, so concurrent failures cannot both read the old count.
  await db
    .updateTable('staff_users')
    .set((eb) => ({
      failed_sign_ins: sql`CASE WHEN ${eb.ref('failed_sign_ins')} + 1 >= ${MAX_FAILED_SIGN_INS} THEN 0 ELSE ${eb.ref('failed_sign_ins')} + 1 END`,
      locked_until: sql`CASE WHEN ${eb.ref('failed_sign_ins')} + 1 >= ${MAX_FAILED_SIGN_INS}
        THEN now() + make_interval(mins => ${LOCK_MINUTES}) ELSE NULL END`,
    }))
    .where('id', '=', userId)
    .execute();
}
