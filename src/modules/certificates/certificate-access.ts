import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { parentRegionCode } from '../../shared/region-code';
import { type Grant, ROLE_PERMISSIONS, regionRootsFor } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';

/**
 * Who may see and change a certificate, by the region of the issuing department
 * (docs/decisions/0007-certificate-identifiers.md):
 * - certificate.view covers certificates issued in the grant's region subtree
 *   and by the regions above it, whose certificates hold there too: a street
 *   clerk sees what the district's police issued, not another street's.
 * - certificate.manage covers certificates issued in the grant's subtree, and
 *   for a grant that names a department, only that department's.
 */

/** The regions a region lies in: 330103004001 -> 330103004, 330103. */
function enclosingRegions(code: string): string[] {
  const parent = parentRegionCode(code);
  return parent ? [parent, ...enclosingRegions(parent)] : [];
}

function viewCovers(grant: Grant, regionCode: string): boolean {
  if (grant.regionCode === null) return true;
  return regionCode.startsWith(grant.regionCode) || enclosingRegions(grant.regionCode).includes(regionCode);
}

export function canViewCertificate(actor: StaffActor, regionCode: string): boolean {
  return actor.grants.some(
    (grant) => ROLE_PERMISSIONS[grant.role].includes('certificate.view') && viewCovers(grant, regionCode),
  );
}

export function canManageCertificate(
  actor: StaffActor,
  issuer: { departmentId: string; regionCode: string },
): boolean {
  return actor.grants.some(
    (grant) =>
      ROLE_PERMISSIONS[grant.role].includes('certificate.manage') &&
      (grant.departmentId === null || grant.departmentId === issuer.departmentId) &&
      (grant.regionCode === null || issuer.regionCode.startsWith(grant.regionCode)),
  );
}

/** The SQL twin of canViewCertificate over `c.region_code`, for lists. */
export function viewableByActor(
  eb: ExpressionBuilder<Database & { c: Database['certificates'] }, 'c'>,
  actor: StaffActor,
) {
  const roots = regionRootsFor(actor.grants, 'certificate.view');
  if (roots === null) return sql<SqlBool>`true`;
  const above = [...new Set(roots.flatMap(enclosingRegions))];
  const conditions = roots.map((root) => eb('c.region_code', 'like', `${root}%`));
  if (above.length > 0) conditions.push(eb('c.region_code', 'in', above));
  return conditions.length > 0 ? eb.or(conditions) : sql<SqlBool>`false`;
}
