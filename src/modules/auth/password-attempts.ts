import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { recordAudit } from '../audit/record-audit';
import { SYSTEM_ACTOR } from './actor';

export const MAX_PASSWORD_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

/**
 * Counts an attempt at a staff user's password BEFORE the password is checked, in one statement
 * that also sets the lock when the count reaches the limit: parallel attempts count one after
 * another under the row lock, so however many arrive at once, at most five are ever checked per
 * lock period, and nothing an attempt in flight does can clear the lock it did not earn. Sign-in
 * and password change share the count: both guess the same secret. The attempt that sets the
 * lock is audited (`staff.lock`), so the administrators' staff list and the audit log tell the
 * real user; the sign-in answer does not.
 *
 * Returns the end of the lock when the account is locked (the attempt must be refused
 * unchecked), else null.
 */
export async function countPasswordAttempt(
  db: Db,
  user: { id: string; regionCode: string | null },
  ip: string | null,
): Promise<Date | null> {
  return await db.transaction().execute(async (tx) => {
    // A lock that has run out starts a new count at 1.
    const count = sql<number>`CASE WHEN locked_until IS NULL THEN failed_sign_ins + 1 ELSE 1 END`;
    const counted = await tx
      .updateTable('staff_users')
      .set({
        failed_sign_ins: count,
        locked_until: sql`CASE WHEN ${count} >= ${MAX_PASSWORD_ATTEMPTS}
          THEN now() + make_interval(mins => ${LOCK_MINUTES}) END`,
      })
      .where('id', '=', user.id)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`now()`)]))
      .returning(['locked_until'])
      .executeTakeFirst();
    if (counted?.locked_until) {
      await recordAudit(
        tx,
        { ...SYSTEM_ACTOR, ip },
        {
          action: 'staff.lock',
          entityType: 'staff_user',
          entityId: user.id,
          regionCode: user.regionCode,
          after: { lockedUntil: counted.locked_until.toISOString(), attempts: MAX_PASSWORD_ATTEMPTS },
        },
      );
    }
    if (counted) return null;
    const locked = await tx
      .selectFrom('staff_users')
      .select('locked_until')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    return locked.locked_until ?? new Date();
  });
}

/** Set with the right password: the count starts again, and a lock set meanwhile by other counted attempts goes. */
export const ATTEMPTS_CLEARED = { failed_sign_ins: 0, locked_until: null } as const;
