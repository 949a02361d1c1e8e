import type { z } from 'zod';
import type { Db, Tx } from '../../db/database';
import { AppError, forbidden, invalidField } from '../../server/errors';
import { maskPhone } from '../../shared/phone';
import { DEPARTMENT_ROLES, hasPermission, ROLE_LABELS } from '../../shared/roles';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { hashPassword, passwordProblem } from '../auth/passwords';
import { endSessionsOf } from '../auth/sessions';
import { activeRegion } from '../org/active-region';
import type { CreateStaffBody, GrantRoleBody, UpdateStaffBody } from './schemas';
import { getStaff } from './staff-queries';

async function departmentIn(tx: Tx, departmentId: string, field = 'departmentId') {
  const department = await tx
    .selectFrom('departments')
    .select(['id', 'name', 'region_code', 'active'])
    .where('id', '=', departmentId)
    .executeTakeFirst();
  if (!department?.active) throw invalidField(field, '部门不存在或已停用');
  return department;
}

export async function createStaff(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  input: z.infer<typeof CreateStaffBody>,
) {
  if (!hasPermission(actor.grants, 'staff.manage', input.regionCode)) {
    throw forbidden('您只能在本人管辖的区划内新增工作人员');
  }
  const problem = passwordProblem(input.password);
  if (problem) throw invalidField('password', problem, 'PASSWORD_TOO_WEAK');
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction().execute(async (tx) => {
    await activeRegion(tx, input.regionCode);
    if (input.departmentId) await departmentIn(tx, input.departmentId);
    const taken = await tx
      .selectFrom('staff_users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.toLowerCase()))
      .executeTakeFirst();
    if (taken)
      throw new AppError(409, 'USERNAME_TAKEN', `用户名 ${input.username} 已被使用`, [
        { field: 'username', label: '用户名', message: '用户名已被使用' },
      ]);
    const row = await tx
      .insertInto('staff_users')
      .values({
        username: input.username,
        display_name: input.displayName,
        password_hash: passwordHash,
        must_change_password: true,
        region_code: input.regionCode,
        department_id: input.departmentId ?? null,
        phone: input.phone ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, audit, {
      action: 'staff.create',
      entityType: 'staff_user',
      entityId: row.id,
      regionCode: input.regionCode,
      after: {
        username: input.username,
        displayName: input.displayName,
        regionCode: input.regionCode,
        departmentId: input.departmentId ?? null,
      },
    });
    return row.id;
  });
  return getStaff(db, actor, id);
}

export async function updateStaff(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  id: string,
  input: z.infer<typeof UpdateStaffBody>,
) {
  const before = await getStaff(db, actor, id);
  if (input.active === false && id === actor.id) throw invalidField('active', '不能停用自己的账号');
  await db.transaction().execute(async (tx) => {
    if (input.departmentId) await departmentIn(tx, input.departmentId);
    await tx
      .updateTable('staff_users')
      .set({
        display_name: input.displayName,
        department_id: input.departmentId,
        phone: input.phone,
        active: input.active,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, audit, {
      action: 'staff.update',
      entityType: 'staff_user',
      entityId: id,
      regionCode: before.regionCode,
      before: {
        username: before.username,
        displayName: before.displayName,
        departmentId: before.departmentId,
        phone: before.phoneMasked,
        active: before.active,
      },
      after: { username: before.username, ...input, phone: input.phone && maskPhone(input.phone) },
    });
  });
  if (input.active === false) await endSessionsOf(db, 'staff', id);
  return getStaff(db, actor, id);
}

/** Sets a new initial password, unlocks the account and signs it out everywhere. */
export async function resetStaffPassword(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  id: string,
  password: string,
) {
  if (id === actor.id) throw forbidden('请通过“修改密码”修改本人密码');
  const target = await getStaff(db, actor, id);
  const problem = passwordProblem(password);
  if (problem) throw invalidField('password', problem, 'PASSWORD_TOO_WEAK');
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('staff_users')
      .set({
        password_hash: passwordHash,
        must_change_password: true,
        failed_sign_ins: 0,
        locked_until: null,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, audit, {
      action: 'staff.reset_password',
      entityType: 'staff_user',
      entityId: id,
      regionCode: target.regionCode,
      after: { username: target.username, displayName: target.displayName },
    });
  });
  await endSessionsOf(db, 'staff', id);
  return getStaff(db, actor, id);
}

/**
 * Grants a role within a scope. An administrator can only hand out scopes inside
 * their own; department roles must name a department inside the scope.
 */
export async function grantRole(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  userId: string,
  input: z.infer<typeof GrantRoleBody>,
) {
  const target = await getStaff(db, actor, userId);
  if (!hasPermission(actor.grants, 'staff.manage', input.regionCode ?? '')) {
    throw forbidden('授权范围不能超出您本人的管辖范围');
  }
  if (DEPARTMENT_ROLES.has(input.role) && !input.departmentId) {
    throw invalidField('departmentId', `${ROLE_LABELS[input.role]}须指定所属部门`);
  }
  await db.transaction().execute(async (tx) => {
    if (input.regionCode) await activeRegion(tx, input.regionCode);
    if (input.departmentId) {
      const department = await departmentIn(tx, input.departmentId);
      const related =
        !input.regionCode ||
        department.region_code.startsWith(input.regionCode) ||
        input.regionCode.startsWith(department.region_code);
      if (!related) throw invalidField('departmentId', '部门须位于授权区划内');
    }
    const row = await tx
      .insertInto('role_grants')
      .values({
        user_id: userId,
        role: input.role,
        region_code: input.regionCode,
        department_id: input.departmentId ?? null,
        created_by: actor.id,
      })
      .onConflict((oc) => oc.constraint('role_grants_unique').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new AppError(409, 'GRANT_EXISTS', '该人员已拥有此范围内的该角色');
    await recordAudit(tx, audit, {
      action: 'staff.grant_role',
      entityType: 'staff_user',
      entityId: userId,
      regionCode: target.regionCode,
      after: { username: target.username, displayName: target.displayName, grantId: row.id, ...input },
    });
  });
  return getStaff(db, actor, userId);
}

export async function revokeRole(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  userId: string,
  grantId: string,
) {
  const target = await getStaff(db, actor, userId);
  const grant = target.grants.find((candidate) => candidate.id === grantId);
  if (!grant) throw invalidField('grantId', '该授权不存在');
  if (!hasPermission(actor.grants, 'staff.manage', grant.regionCode ?? '')) {
    throw forbidden('不能撤销超出您管辖范围的授权');
  }
  if (userId === actor.id && grant.role === 'admin') throw forbidden('不能撤销自己的管理员角色');
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('role_grants').where('id', '=', grantId).execute();
    await recordAudit(tx, audit, {
      action: 'staff.revoke_role',
      entityType: 'staff_user',
      entityId: userId,
      regionCode: target.regionCode,
      before: { username: target.username, displayName: target.displayName, ...grant },
    });
  });
  return getStaff(db, actor, userId);
}
