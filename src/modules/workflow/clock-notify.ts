import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../shared/roles';
import type { CaseRow } from '../cases/case-store';
import type { Notifier } from '../notify/notifier';

/**
 * Messages of a case's clock: the applicant is told when it stops, why, and
 * when it restarts with the new dates (SMS, with the progress link); staff are
 * told of what waits for them (a verification request, an extension to decide,
 * an answer).
 */

export async function tellApplicant(
  tx: Tx,
  notifier: Notifier,
  row: CaseRow,
  itemName: string,
  sentence: string,
): Promise<void> {
  await notifier.send(tx, {
    channel: 'sms',
    recipient: row.applicant_phone,
    purpose: 'case_clock',
    body: `【一次政务服务】您申请的“${itemName}”（办件编号${row.case_number}）${sentence}进度查询：${notifier.link(`/t/${row.public_code}`)}`,
  });
}

/** Roles that handle tasks, so a department's staff who answer its requests. */
export const HANDLING_ROLES: readonly Role[] = ROLES.filter((role) =>
  ROLE_PERMISSIONS[role].includes('case.handle'),
);

/** Work phones of the department's active staff holding one of the roles for it. */
export async function departmentPhones(
  tx: Tx,
  departmentId: string,
  roles: readonly Role[],
): Promise<string[]> {
  const rows = await tx
    .selectFrom('staff_users as u')
    .innerJoin('role_grants as g', 'g.user_id', 'u.id')
    .select('u.phone')
    .distinct()
    .where('u.active', '=', true)
    .where('u.phone', 'is not', null)
    .where('g.role', 'in', roles)
    .where(sql<boolean>`coalesce(g.department_id, u.department_id) = ${departmentId}`)
    .execute();
  return rows.map((row) => row.phone as string);
}

/** The work phone of one staff member, if they have one and are active. */
export async function staffPhones(tx: Tx, userId: string): Promise<string[]> {
  const row = await tx
    .selectFrom('staff_users')
    .select('phone')
    .where('id', '=', userId)
    .where('active', '=', true)
    .executeTakeFirst();
  return row?.phone ? [row.phone] : [];
}
