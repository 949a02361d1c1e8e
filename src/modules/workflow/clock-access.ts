import { hasPermission, ROLE_PERMISSIONS } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';

/**
 * Who may see and answer the back office's requests between departments:
 * a department's staff are those holding a role that handles tasks
 * (case.handle) for it; a verification request is answered only by the
 * department asked, and seen by it, by the asking department and by whoever
 * may view the case (case.view over its region).
 */

/** The departments the actor handles tasks for (a grant's department, else their own). */
export function handlingDepartments(actor: StaffActor): string[] {
  const departments = actor.grants
    .filter((grant) => ROLE_PERMISSIONS[grant.role].includes('case.handle'))
    .map((grant) => grant.departmentId ?? actor.departmentId)
    .filter((department): department is string => department !== null);
  return [...new Set(departments)];
}

interface VerificationScope {
  from_department_id: string;
  to_department_id: string;
  region_code: string;
}

export function mayAnswerVerification(actor: StaffActor, verification: VerificationScope): boolean {
  return handlingDepartments(actor).includes(verification.to_department_id);
}

export function maySeeVerification(actor: StaffActor, verification: VerificationScope): boolean {
  const mine = handlingDepartments(actor);
  return (
    mine.includes(verification.to_department_id) ||
    mine.includes(verification.from_department_id) ||
    hasPermission(actor.grants, 'case.view', verification.region_code)
  );
}

/** The (department, region root) pairs in which the actor is a department leader: whose extensions they decide. */
export function leaderScopes(actor: StaffActor): { departmentId: string; regionCode: string | null }[] {
  return actor.grants
    .filter((grant) => grant.role === 'dept_leader')
    .map((grant) => ({
      departmentId: grant.departmentId ?? actor.departmentId,
      regionCode: grant.regionCode,
    }))
    .filter(
      (scope): scope is { departmentId: string; regionCode: string | null } => scope.departmentId !== null,
    );
}
