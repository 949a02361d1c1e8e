import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { withinRegions } from '../../../db/region-scope';
import { conflict, invalidField, notFound } from '../../../server/errors';
import { grantableFields, type SubjectKind } from '../../../shared/registry-fields';
import { ROLE_LABELS, ROLE_PERMISSIONS, type Role, regionRootsFor } from '../../../shared/roles';
import { recordAudit } from '../../audit/record-audit';
import type { AuditActor, StaffActor } from '../../auth/actor';

/**
 * Field-level grants: which department may read which registry fields for
 * which purpose. Granting and withdrawing are audited; a withdrawn grant is
 * kept, so every read can be traced to the grant it relied on.
 */
export interface GrantInput {
  departmentId: string;
  subjectKind: SubjectKind;
  purpose: string;
  fields: string[];
  /** The roles whose work the purpose serves; each must be one that reads the registry. */
  roles: Role[];
}

/** The actor's roles that read the registry: a grant serves a reader holding one of those it names. */
export const readerRolesOf = (actor: StaffActor): Role[] => [
  ...new Set(
    actor.grants
      .filter((grant) => ROLE_PERMISSIONS[grant.role].includes('registry.view'))
      .map((grant) => grant.role),
  ),
];

export async function listGrants(db: Db, actor: StaffActor) {
  const roots = regionRootsFor(actor.grants, 'registry.manage');
  return db
    .selectFrom('data_grants as g')
    .innerJoin('departments as d', 'd.id', 'g.department_id')
    .innerJoin('staff_users as u', 'u.id', 'g.granted_by')
    .select([
      'g.id',
      'g.department_id',
      'd.name as department_name',
      'g.subject_kind',
      'g.purpose',
      'g.fields',
      'g.roles',
      'u.display_name as granted_by_name',
      'g.granted_at',
      'g.revoked_at',
    ])
    .where((eb) => withinRegions(eb, 'd.region_code', roots))
    .orderBy('g.revoked_at', (ob) => ob.nullsFirst())
    .orderBy('d.name')
    .orderBy('g.purpose')
    .execute();
}

/** A department's grants in force for one kind of subject (withdrawn ones stay in the table). */
export function liveGrants(db: Db, departmentId: string, kind: SubjectKind) {
  return db
    .selectFrom('data_grants')
    .where('department_id', '=', departmentId)
    .where('subject_kind', '=', kind)
    .where('revoked_at', 'is', null);
}

/** Purposes the actor's department holds live grants for that serve one of the actor's roles, so the profile page can offer them. */
export async function purposesOf(db: Db, actor: StaffActor, kind: SubjectKind) {
  const roles = readerRolesOf(actor);
  if (!actor.departmentId || roles.length === 0) return [];
  return liveGrants(db, actor.departmentId, kind)
    .select(['purpose', 'fields'])
    .where('roles', '&&', sql<string[]>`${roles}::text[]`)
    .orderBy('purpose')
    .execute();
}

export async function createGrant(db: Db, actor: StaffActor, audit: AuditActor, input: GrantInput) {
  const known = new Set(grantableFields(input.subjectKind).map((field) => field.key));
  const unknown = input.fields.filter((field) => !known.has(field));
  if (unknown.length > 0) throw invalidField('fields', `没有这些字段：${unknown.join('、')}`);
  const nonReaders = input.roles.filter((role) => !ROLE_PERMISSIONS[role].includes('registry.view'));
  if (nonReaders.length > 0) {
    const names = nonReaders.map((role) => ROLE_LABELS[role]).join('、');
    throw invalidField('roles', `${names}的工作不查阅人员和市场主体信息，不能授权`);
  }
  const roots = regionRootsFor(actor.grants, 'registry.manage');
  return db.transaction().execute(async (tx) => {
    const department = await tx
      .selectFrom('departments')
      .select(['id', 'name', 'region_code'])
      .where('id', '=', input.departmentId)
      .where('active', '=', true)
      .where((eb) => withinRegions(eb, 'region_code', roots))
      .executeTakeFirst();
    if (!department) throw notFound('部门');
    const existing = await liveGrants(tx, input.departmentId, input.subjectKind)
      .select('id')
      .where('purpose', '=', input.purpose)
      .executeTakeFirst();
    if (existing) {
      throw conflict(
        'GRANT_EXISTS',
        `${department.name}已有以“${input.purpose}”为目的的授权，请先撤回再重新授权`,
      );
    }
    const grant = await tx
      .insertInto('data_grants')
      .values({
        department_id: input.departmentId,
        subject_kind: input.subjectKind,
        purpose: input.purpose,
        fields: [...new Set(input.fields)],
        roles: [...new Set(input.roles)],
        granted_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, audit, {
      action: 'data_grant.create',
      entityType: 'data_grant',
      entityId: grant.id,
      regionCode: department.region_code,
      after: {
        department: department.name,
        subjectKind: grant.subject_kind,
        purpose: grant.purpose,
        fields: grant.fields,
        roles: grant.roles,
      },
    });
    return grant;
  });
}

export async function revokeGrant(db: Db, actor: StaffActor, audit: AuditActor, grantId: string) {
  const roots = regionRootsFor(actor.grants, 'registry.manage');
  return db.transaction().execute(async (tx) => {
    const grant = await tx
      .selectFrom('data_grants as g')
      .innerJoin('departments as d', 'd.id', 'g.department_id')
      .select(['g.id', 'g.purpose', 'g.fields', 'g.revoked_at', 'd.name as department_name', 'd.region_code'])
      .where('g.id', '=', grantId)
      .where((eb) => withinRegions(eb, 'd.region_code', roots))
      .forUpdate('g')
      .executeTakeFirst();
    if (!grant) throw notFound('数据授权');
    if (grant.revoked_at) throw conflict('GRANT_REVOKED', '该授权已撤回');
    await tx
      .updateTable('data_grants')
      .set({ revoked_at: new Date(), revoked_by: actor.id })
      .where('id', '=', grantId)
      .execute();
    await recordAudit(tx, audit, {
      action: 'data_grant.revoke',
      entityType: 'data_grant',
      entityId: grantId,
      regionCode: grant.region_code,
      before: { department: grant.department_name, purpose: grant.purpose, fields: grant.fields },
    });
  });
}
