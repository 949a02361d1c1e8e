import { ROLE_PERMISSIONS } from '../../../../../src/shared/roles';
import type { Department } from '../../api/types';
import { useStaffUser } from '../../session/SessionProvider';
import type { StaffItem } from './types';

/**
 * What the user may do in the catalogue. Mirrors the server's rule
 * (catalog-access.ts): a catalog.edit grant covers a department when it names
 * it (or no department) and the department lies in the grant's region.
 */
export function useCatalogAccess() {
  const user = useStaffUser();
  const grantsOf = (permission: 'catalog.edit' | 'catalog.review') =>
    user.grants.filter((grant) => ROLE_PERMISSIONS[grant.role].includes(permission));
  const editGrants = grantsOf('catalog.edit');
  const reviewGrants = grantsOf('catalog.review');
  const canEditFor = (department: Pick<Department, 'id' | 'regionCode'> | undefined) =>
    department !== undefined &&
    editGrants.some(
      (grant) =>
        (grant.departmentId === null || grant.departmentId === department.id) &&
        (grant.regionCode === null || department.regionCode.startsWith(grant.regionCode)),
    );
  /**
   * Whether the item's latest version waits for this user: a draft to submit or a
   * joint-reviewed version to confirm (editors of its department), or a check (reviewers).
   * The list names departments, not their ids, so editors are matched by name.
   */
  const awaitsMe = (item: StaffItem, editable: readonly Pick<Department, 'name'>[]) => {
    if (item.status === 'submitted' || item.status === 'first_checked')
      return user.permissions.includes('catalog.review');
    if (item.status === 'draft' || item.status === 'joint_reviewed') {
      return editable.some((department) => department.name === item.departmentName);
    }
    return false;
  };
  /** Bundles (一件事): the catalogue office of the lead department's region, or the lead department's editors. */
  const canManageBundle = (department: Pick<Department, 'id' | 'regionCode'> | undefined) =>
    department !== undefined &&
    (canEditFor(department) ||
      reviewGrants.some(
        (grant) => grant.regionCode === null || department.regionCode.startsWith(grant.regionCode),
      ));
  return {
    awaitsMe,
    canManageBundle,
    canEditSome: user.permissions.includes('catalog.edit'),
    canReview: user.permissions.includes('catalog.review'),
    canEditFor,
    displayName: user.displayName,
  };
}
