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

/**
 * A bundle (一件事) is defined by the catalogue office (catalog.review in the
 * lead department's region) or by the catalogue editors of its lead department.
 */
export function canManageBundle(
  actor: StaffActor,
  leadDepartment: { id: string; regionCode: string },
): boolean {
  return canReview(actor, leadDepartment.regionCode) || canEditFor(actor, leadDepartment);
}

export function requireManageBundle(
  actor: StaffActor,
  leadDepartment: { id: string; regionCode: string },
): void {
  if (!canManageBundle(actor, leadDepartment))
    throw forbidden('只有牵头部门的事项编制人员或本区划的事项目录审核人员可以设置该“一件事”');
}
