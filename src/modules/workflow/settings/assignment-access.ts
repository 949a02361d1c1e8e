import { type RawBuilder, sql } from 'kysely';
import { DEPARTMENT_ROLES, ROLE_PERMISSIONS } from '../../../shared/roles';
import type { StaffActor } from '../../auth/actor';

/**
 * Who manages named handlers (指定办理人, `workflow.assign`): an administrator
 * for the departments within their regions, a department leader for their own
 * department (within their grant's regions). An assignment belongs to the
 * department its person acts for.
 */

interface AssignScope {
  regionCode: string | null;
  /** Set for a department role: only this department. */
  departmentId: string | null;
}

function assignScopes(actor: StaffActor): AssignScope[] {
  return actor.grants.flatMap((grant): AssignScope[] => {
    if (!ROLE_PERMISSIONS[grant.role].includes('workflow.assign')) return [];
    if (!DEPARTMENT_ROLES.has(grant.role)) return [{ regionCode: grant.regionCode, departmentId: null }];
    const departmentId = grant.departmentId ?? actor.departmentId;
    return departmentId ? [{ regionCode: grant.regionCode, departmentId }] : [];
  });
}

export function mayAssignFor(actor: StaffActor, department: { id: string; regionCode: string }): boolean {
  return assignScopes(actor).some(
    (scope) =>
      (scope.regionCode === null || department.regionCode.startsWith(scope.regionCode)) &&
      (scope.departmentId === null || scope.departmentId === department.id),
  );
}

/** SQL: the department (`d.id`, `d.region_code`) is one the actor manages assignments for. */
export function assignableDepartment(actor: StaffActor): RawBuilder<boolean> {
  const conditions = assignScopes(actor).map(
    (scope) =>
      sql`(${scope.regionCode === null ? sql`true` : sql`d.region_code LIKE ${`${scope.regionCode}%`}`} AND ${
        scope.departmentId === null ? sql`true` : sql`d.id = ${scope.departmentId}`
      })`,
  );
  return conditions.length === 0 ? sql<boolean>`false` : sql<boolean>`(${sql.join(conditions, sql` OR `)})`;
}
