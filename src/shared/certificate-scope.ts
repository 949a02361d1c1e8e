/**
 * Who may see and change a certificate, by the region of the issuing department
 * (docs/decisions/0010-certificate-identifiers.md):
 * - certificate.view covers certificates issued in the grant's region subtree
 *   and by the regions above it, whose certificates hold there too: a street
 *   clerk sees what the district's police issued, not another street's.
 * - certificate.manage covers certificates issued in the grant's subtree, and
 *   for a grant that names a department, only that department's.
 * Shared with the staff app, which offers only the departments a user may issue for.
 */
import { parentRegionCode } from './region-code';
import { type Grant, ROLE_PERMISSIONS } from './roles';

/** The regions a region lies in: 330103004001 -> 330103004, 330103. */
export function enclosingRegions(code: string): string[] {
  const parent = parentRegionCode(code);
  return parent ? [parent, ...enclosingRegions(parent)] : [];
}

export function canViewCertificate(grants: readonly Grant[], regionCode: string): boolean {
  return grants.some(
    (grant) =>
      ROLE_PERMISSIONS[grant.role].includes('certificate.view') &&
      (grant.regionCode === null ||
        regionCode.startsWith(grant.regionCode) ||
        enclosingRegions(grant.regionCode).includes(regionCode)),
  );
}

export function canManageCertificate(
  grants: readonly Grant[],
  issuer: { departmentId: string; regionCode: string },
): boolean {
  return grants.some(
    (grant) =>
      ROLE_PERMISSIONS[grant.role].includes('certificate.manage') &&
      (grant.departmentId === null || grant.departmentId === issuer.departmentId) &&
      (grant.regionCode === null || issuer.regionCode.startsWith(grant.regionCode)),
  );
}
