import type { ApplicantKind, RoutingBasis } from '../../../shared/case-terms';
import type { AnyWindowScope, ItemLevel } from '../../../shared/catalog-terms';
import type { FormField } from '../../catalog/item-content';

/**
 * Where a case belongs (属地) and which halls may take it (通办), from region
 * codes alone: GB/T 2260 codes nest by prefix (2 province, 4 city, 6 county,
 * 9 street, 12 community).
 */

/** Digits of the region code that name the jurisdiction of an item's level. */
const LEVEL_DIGITS: Record<ItemLevel, number> = { 1: 0, 2: 2, 3: 4, 4: 6, 5: 9 };

/** Digits the hall and the applicant must share for an any-window scope. */
const SCOPE_DIGITS: Record<AnyWindowScope, number> = {
  national: 0,
  province: 2,
  city: 4,
  county: 6,
  town: 9,
  village: 9,
};

/**
 * Which of the applicant's regions decides the competent office. An enterprise
 * belongs where it is registered. A person belongs to the household register,
 * unless the item's form asks where they live and not where they are registered:
 * then the item serves residents (居住地办理), e.g. vaccination or unemployment.
 */
export function routingBasisOf(kind: ApplicantKind, formFields: readonly FormField[]): RoutingBasis {
  if (kind === 'enterprise') return 'registered_address';
  const sources = new Set(formFields.map((field) => field.profileSource));
  return sources.has('residence_address') && !sources.has('household_address') ? 'residence' : 'household';
}

/** The jurisdiction of the competent office, or null when the applicant's region is too coarse to tell. */
export function competentRegionOf(applicantRegion: string, level: ItemLevel): string | null {
  const digits = LEVEL_DIGITS[level];
  return applicantRegion.length >= digits ? applicantRegion.slice(0, digits) : null;
}

/**
 * Whether a hall may take an application: with an any-window scope, the hall and
 * the applicant lie in the same area of that scope (全区通办: the same county);
 * without one, the hall must lie in the competent office's jurisdiction.
 */
export function hallMayAccept(input: {
  scope: AnyWindowScope | null;
  hallRegion: string;
  applicantRegion: string;
  competentRegion: string;
}): boolean {
  if (input.scope === null) return input.hallRegion.startsWith(input.competentRegion);
  const digits = SCOPE_DIGITS[input.scope];
  return (
    input.hallRegion.length >= digits &&
    input.hallRegion.slice(0, digits) === input.applicantRegion.slice(0, digits)
  );
}

/** Any-window handling (通办): the application was taken outside the applicant's own area. */
export function isAnyWindow(intakeRegion: string, applicantRegion: string): boolean {
  return !applicantRegion.startsWith(intakeRegion);
}

/** Online and agent applications are taken in by the applicant's own street (the first 9 digits). */
export function streetOf(regionCode: string): string {
  return regionCode.slice(0, 9);
}
