import type { Db } from '../db/database';
import { recordAudit } from '../modules/audit/record-audit';
import { SYSTEM_ACTOR } from '../modules/auth/actor';
import { generatePassword, hashPassword } from '../modules/auth/passwords';

/**
 * Makes sure a platform administrator exists. On a fresh production database
 * this creates `admin` with ADMIN_PASSWORD, or a generated password that is
 * returned once for printing; the first sign-in must change it.
 */
export async function ensurePlatformAdmin(
  db: Db,
  adminPassword: string | undefined,
): Promise<{ username: string; password: string | null } | null> {
  const existing = await db
    .selectFrom('role_grants')
    .select('id')
    .where('role', '=', 'admin')
    .executeTakeFirst();
  if (existing) return null;
  const password = adminPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return await db.transaction().execute(async (tx) => {
    const user = await tx
      .insertInto('staff_users')
      .values({
        username: 'admin',
        display_name: '平台管理员',
        password_hash: passwordHash,
        must_change_password: true,
        region_code: null,
        department_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('role_grants')
      .values({ user_id: user.id, role: 'admin', region_code: null })
      .execute();
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'staff.create',
      entityType: 'staff_user',
      entityId: user.id,
      after: { username: 'admin', role: 'admin' },
    });
    return { username: 'admin', password: adminPassword ? null : password };
  });
}
