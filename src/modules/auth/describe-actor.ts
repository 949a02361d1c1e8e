import type { Db } from '../../db/database';
import { maskCitizenId } from '../../shared/citizen-id';
import { maskPhone } from '../../shared/phone';
import { permissionsOf, ROLE_LABELS } from '../../shared/roles';
import type { Actor } from './actor';
import type { MeReply } from './schemas';

/** What the web apps need to know about the signed-in user, with scope names resolved. */
export async function describeActor(db: Db, actor: Actor): Promise<MeReply> {
  if (actor.kind === 'resident') {
    return {
      user: {
        kind: 'resident',
        id: actor.id,
        phoneMasked: maskPhone(actor.phone),
        name: actor.name,
        idNumberMasked: actor.claimedIdNumber ? maskCitizenId(actor.claimedIdNumber) : null,
        identity: actor.identityVerified ? 'verified' : actor.claimedIdNumber ? 'unverified' : 'none',
      },
      csrfToken: actor.csrfToken,
    };
  }
  const regionCodes = actor.grants.flatMap((grant) => (grant.regionCode ? [grant.regionCode] : []));
  const departmentIds = actor.grants.flatMap((grant) => (grant.departmentId ? [grant.departmentId] : []));
  const regions = regionCodes.length
    ? await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', regionCodes).execute()
    : [];
  const departments = departmentIds.length
    ? await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', departmentIds).execute()
    : [];
  const regionName = new Map(regions.map((region) => [region.code, region.name]));
  const departmentName = new Map(departments.map((department) => [department.id, department.name]));
  return {
    user: {
      kind: 'staff',
      id: actor.id,
      username: actor.username,
      displayName: actor.name,
      regionCode: actor.regionCode,
      departmentId: actor.departmentId,
      grants: actor.grants.map((grant) => ({
        role: grant.role,
        roleLabel: ROLE_LABELS[grant.role],
        regionCode: grant.regionCode,
        regionName: grant.regionCode ? (regionName.get(grant.regionCode) ?? null) : '全平台',
        departmentId: grant.departmentId,
        departmentName: grant.departmentId ? (departmentName.get(grant.departmentId) ?? null) : null,
      })),
      permissions: permissionsOf(actor.grants),
      mustChangePassword: actor.mustChangePassword,
    },
    csrfToken: actor.csrfToken,
  };
}
