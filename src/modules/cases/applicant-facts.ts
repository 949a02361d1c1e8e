import type { Db } from '../../db/database';
import { AppError } from '../../server/errors';
import type { ApplicantKind, RoutingBasis } from '../../shared/case-terms';
import { SEXES } from '../../shared/registry-fields';
import { hasPermission } from '../../shared/roles';
import { type ResidentActor, type StaffActor, verifiedIdNumberOf } from '../auth/actor';
import { loadRecords } from '../registry/registry-records';
import { readSubject } from '../registry/sharing/read-subject';
import type { Profile } from './rules/form-values';

/**
 * What the person and enterprise registry says about an applicant: the profile
 * that pre-fills the form and the regions that route the case. Staff read it
 * only through readSubject (the department's grant decides the fields, and the
 * read is logged with the case number); a resident's own application reads
 * the resident's own record.
 */

/** The purpose the window's data grant is given for. */
export const INTAKE_PURPOSE = '综合窗口受理';
/** The purpose of a grid worker's read when applying for a resident of their grid (代办): its own grant, with its own fields. */
export const AGENT_PURPOSE = '网格代办申请';

export type RegistryOutcome = 'read' | 'not_in_registry' | 'no_grant';

export interface ApplicantFacts {
  outcome: RegistryOutcome;
  profile: Profile;
  regions: Partial<Record<RoutingBasis, string>>;
}

type Values = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

function factsOf(kind: ApplicantKind, number: string, values: Values): ApplicantFacts {
  if (kind === 'enterprise') {
    return {
      outcome: 'read',
      profile: {
        enterprise_name: text(values.name),
        credit_code: number,
        legal_representative: text(values.legalRepresentative),
        phone: text(values.phone),
      },
      regions: { registered_address: text(values.regionCode) },
    };
  }
  const sex = text(values.sex);
  return {
    outcome: 'read',
    profile: {
      name: text(values.name),
      id_number: number,
      sex: sex ? SEXES[sex as keyof typeof SEXES] : undefined,
      birth_date: text(values.birthDate),
      phone: text(values.phone),
      household_address: text(values.householdAddress),
      residence_address: text(values.residenceAddress),
      ethnicity: text(values.ethnicity),
    },
    regions: { household: text(values.householdRegionCode), residence: text(values.residenceRegionCode) },
  };
}

const nothing = (outcome: RegistryOutcome): ApplicantFacts => ({ outcome, profile: {}, regions: {} });

/**
 * A clerk's read for intake, or a grid worker's for an application made for
 * a resident (each under the purpose of their own work), logged with the case number.
 * No record in the reader's scope, or no grant, leaves the clerk to type the
 * facts in; either way the case can go on.
 */
export async function readApplicantAsStaff(
  db: Db,
  actor: StaffActor,
  ip: string | null,
  applicant: { kind: ApplicantKind; number: string },
  caseNumber: string,
): Promise<ApplicantFacts> {
  try {
    const read = await readSubject(db, actor, ip, {
      kind: applicant.kind,
      number: applicant.number,
      purpose: hasPermission(actor.grants, 'case.intake') ? INTAKE_PURPOSE : AGENT_PURPOSE,
      caseRef: caseNumber,
    });
    const values = Object.fromEntries(read.fields.map((field) => [field.key, field.value]));
    return factsOf(applicant.kind, applicant.number, values);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.statusCode === 404) return nothing('not_in_registry');
    if (error.statusCode === 403) return nothing('no_grant');
    throw error;
  }
}

/**
 * A resident applying for themselves: their own registry record, once their
 * real-name link is verified; an unverified link pre-fills nothing (they type it all).
 */
export async function readOwnRecord(db: Db, resident: ResidentActor): Promise<ApplicantFacts> {
  const idNumber = verifiedIdNumberOf(resident);
  if (!idNumber) return nothing('not_in_registry');
  const record = (await loadRecords(db, 'person', [idNumber])).get(idNumber);
  return record ? factsOf('person', idNumber, record.values) : nothing('not_in_registry');
}
