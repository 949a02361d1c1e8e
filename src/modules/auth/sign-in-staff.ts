import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { AppError } from '../../server/errors';
import {
  ATTEMPTS_CLEARED,
  countPasswordAttempt,
  LOCK_MINUTES,
  MAX_PASSWORD_ATTEMPTS,
} from './password-attempts';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { createSession, type NewSession } from './sessions';

/**
 * One answer for an unknown user, a wrong password and a locked account (same status, code and
 * message, after the same hash time), so the answer never tells whether an account exists.
 */
const refused = () =>
  new AppError(
    401,
    'SIGN_IN_FAILED',
    `用户名或密码错误（密码连续输错${MAX_PASSWORD_ATTEMPTS}次将锁定${LOCK_MINUTES}分钟，可请管理员重置密码解锁）`,
  );

/**
 * Checks a user name and password. Every attempt is counted before the password is checked and
 * five wrong ones lock the account for 15 minutes (password-attempts.ts); the count and the lock
 * are in the database, so they hold across processes and under parallel requests.
 */
export async function signInStaff(
  db: Db,
  credentials: { username: string; password: string },
  client: { ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const user = await db
    .selectFrom('staff_users')
    .select(['id', 'password_hash', 'active', 'region_code'])
    .where(sql`lower(username)`, '=', credentials.username.toLowerCase())
    .executeTakeFirst();
  const locked =
    user && (await countPasswordAttempt(db, { id: user.id, regionCode: user.region_code }, client.ip));
  if (!user || locked) {
    await verifyPassword(await decoyPasswordHash(), credentials.password);
    throw refused();
  }
  if (!(await verifyPassword(user.password_hash, credentials.password))) throw refused();
  if (!user.active) throw new AppError(403, 'ACCOUNT_DISABLED', '账号已停用，请联系管理员');
  await db
    .updateTable('staff_users')
    .set({ ...ATTEMPTS_CLEARED, last_sign_in_at: new Date() })
    .where('id', '=', user.id)
    .execute();
  return await createSession(db, { kind: 'staff', id: user.id }, client);
}
