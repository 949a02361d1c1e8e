import { forbidden } from '../../server/errors';
import { ROLE_PERMISSIONS } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';

/**
 * Catalogue editors act for their department: a catalog.edit grant covers an
 * item when it names the item's department (or no department) and the
 * department's region lies in the grant's region.
 */
export function canEditFor(actor: StaffActor, department: { id: string; regionCode: string }): boolean {
  return actor.grants.some(
    (grant) =>
      ROLE_PERMISSIONS[grant.role].includes('catalog.edit') &&
      (grant.departmentId === null || grant.departmentId === department.id) &&
      (grant.regionCode === null || department.regionCode.startsWith(grant.regionCode)),
  );
}

export function requireEditFor(actor: StaffActor, department: { id: string; regionCode: string }): void {
  if (!canEditFor(actor, department)) throw forbidden('只有该部门的事项编制人员可以编辑或确认本事项');
}

export function canReview(actor: StaffActor, regionCode: string): boolean {
  return actor.grants.some(
    (grant) =>
      ROLE_PERMISSIONS[grant.role].includes('catalog.review') &&
      (grant.regionCode === null || regionCode.startsWith(grant.regionCode)),
  );
}
