import type { Db } from '../../db/database';
import { AppError, invalidField } from '../../server/errors';
import type { ApplicantKind, RoutingBasis } from '../../shared/case-terms';
import { ROUTING_BASES } from '../../shared/case-terms';
import type { ApplicantFacts } from './applicant-facts';
import { type CaseItem, implementationsOf } from './case-item';
import { competentRegionOf, routingBasisOf } from './rules/routing';

/**
 * Routing (属地): the applicant's region on the item's basis, cut to the item's
 * level, names the jurisdiction; the competent office is the department that
 * implements the item there. When the chosen item's department does not cover
 * that jurisdiction, the same service (same basic code) implemented by the
 * jurisdiction's own department takes the case, with its own published version.
 */
export interface Routing {
  item: CaseItem;
  basis: RoutingBasis;
  applicantRegion: string;
  competentRegion: string;
}

export async function routeCase(
  db: Db,
  chosen: CaseItem,
  applicant: { kind: ApplicantKind; facts: ApplicantFacts; statedRegion: string | undefined },
): Promise<Routing> {
  const basis = routingBasisOf(applicant.kind, chosen.content.formFields);
  const applicantRegion = applicant.facts.regions[basis] ?? applicant.statedRegion;
  if (!applicantRegion) {
    throw invalidField(
      'applicant.regionCode',
      `人口与法人库中查不到申请人的${ROUTING_BASES[basis]}，请填写其所在区划代码`,
      'APPLICANT_REGION_UNKNOWN',
    );
  }
  const competentRegion = competentRegionOf(applicantRegion, chosen.level);
  if (competentRegion === null) {
    throw invalidField(
      'applicant.regionCode',
      `该事项由${chosen.content.level === 5 ? '乡镇（街道）' : '所在地'}部门办理，请填写申请人${ROUTING_BASES[basis]}到街道一级的区划代码`,
      'APPLICANT_REGION_TOO_COARSE',
    );
  }
  const covers = (item: CaseItem) => competentRegion.startsWith(item.department.regionCode);
  const item = covers(chosen) ? chosen : (await implementationsOf(db, chosen.basicCode)).find(covers);
  if (!item) {
    throw new AppError(
      409,
      'NO_COMPETENT_OFFICE',
      `申请人${ROUTING_BASES[basis]}（区划 ${applicantRegion}）的属地部门未在本平台办理“${chosen.content.name}”，无法转办`,
    );
  }
  return { item, basis, applicantRegion, competentRegion };
}
