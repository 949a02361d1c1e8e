import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { enclosingRegions } from '../../shared/certificate-scope';
import { regionRootsFor } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';

/** The SQL twin of canViewCertificate (src/shared/certificate-scope.ts) over `c.region_code`, for lists. */
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
