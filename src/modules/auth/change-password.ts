import type { Db } from '../../db/database';
import { AppError, invalidField } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from './actor';
import { ATTEMPTS_CLEARED, countPasswordAttempt } from './password-attempts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { endSessionsOf } from './sessions';

/**
 * The user replaces their own password; every other session of theirs ends. The current
 * password is a guess like a sign-in's: counted first, with the same limit and lock.
 */
export async function changeOwnPassword(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const problem = passwordProblem(input.newPassword);
  if (problem) throw invalidField('newPassword', problem, 'PASSWORD_TOO_WEAK');
  if (input.newPassword === input.currentPassword)
    throw invalidField('newPassword', '新密码不能与当前密码相同');
  const lockedUntil = await countPasswordAttempt(db, actor, audit.ip ?? null);
  if (lockedUntil) {
    const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 60_000));
    throw new AppError(
      429,
      'PASSWORD_ATTEMPTS_EXCEEDED',
      `当前密码连续输错次数过多，请${minutes}分钟后再试`,
      {
        retryAfterSeconds: minutes * 60,
      },
    );
  }
  const user = await db
    .selectFrom('staff_users')
    .select(['password_hash'])
    .where('id', '=', actor.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError(400, 'CURRENT_PASSWORD_WRONG', '当前密码不正确', [
      { field: 'currentPassword', label: '当前密码', message: '当前密码不正确' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('staff_users')
      .set({
        ...ATTEMPTS_CLEARED,
        password_hash: passwordHash,
        must_change_password: false,
        updated_at: new Date(),
      })
      .where('id', '=', actor.id)
      .execute();
    await recordAudit(tx, audit, {
      action: 'staff.password_change',
      entityType: 'staff_user',
      entityId: actor.id,
      regionCode: actor.regionCode,
    });
  });
  await endSessionsOf(db, 'staff', actor.id, actor.sessionId);
}
