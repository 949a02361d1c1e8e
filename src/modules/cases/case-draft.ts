import type { Db } from '../../db/database';
import { AppError, invalidField, invalidFields } from '../../server/errors';
import type { ApplicantKind, CaseChannel } from '../../shared/case-terms';
import { ANY_WINDOW_SCOPES } from '../../shared/catalog-terms';
import { fieldLabel } from '../../shared/field-labels';
import { MOBILE_PATTERN } from '../../shared/phone';
import type { Desk } from './acting';
import type { ApplicantFacts } from './applicant-facts';
import { materialEntriesError } from './case-errors';
import type { CaseItem } from './case-item';
import type { DeliveryChoice } from './delivery/choice-schema';
import { type CheckedDelivery, checkDelivery } from './delivery/delivery-choice';
import { heldMaterialEntries } from './held-materials';
import { type Routing, routeCase } from './route-case';
import { type FormValues, formProblems, type Profile, prefill } from './rules/form-values';
import { applyEntries, type CaseMaterial, type MaterialEntry, materialsOfItem } from './rules/materials';
import { hallMayAccept, isAnyWindow, streetOf } from './rules/routing';

/**
 * Everything a new case will hold, checked before anything is written: the
 * routing, the hall's right to take the item, the form, the materials, how the
 * result is to be delivered. Any
 * problem is a precise error and nothing is stored.
 */

export interface ApplicantInput {
  kind: ApplicantKind;
  number: string;
  name?: string | undefined;
  phone?: string | undefined;
  regionCode?: string | undefined;
}

export interface DraftInput {
  chosenItem: CaseItem;
  applicant: ApplicantInput;
  facts: ApplicantFacts;
  channel: CaseChannel;
  desk: Desk | null;
  /** Known before routing for staff (the hall, or the agent's street); null: the applicant's street. */
  intakeRegion: string | null;
  formData: FormValues;
  materials: readonly MaterialEntry[];
  /** How the applicant wants the result; none: window pickup. */
  delivery: DeliveryChoice | undefined;
  /** Record the applicant's certificates and confirmed materials for what the entries leave open (staff intake). */
  reuseHeld: boolean;
}

export interface CaseDraft {
  item: CaseItem;
  routing: Routing;
  applicant: { kind: ApplicantKind; number: string; name: string; phone: string };
  channel: CaseChannel;
  desk: Desk | null;
  intakeRegion: string;
  anyWindow: boolean;
  formData: FormValues;
  materials: CaseMaterial[];
  delivery: CheckedDelivery;
}

/** Online applications are taken in by the applicant's street, when it is one of ours. */
async function remoteIntakeRegion(db: Db, routing: Routing): Promise<string> {
  const street = await db
    .selectFrom('regions')
    .select('code')
    .where('code', '=', streetOf(routing.applicantRegion))
    .executeTakeFirst();
  return street?.code ?? routing.item.department.regionCode;
}

function checkHall(desk: Desk, routing: Routing): void {
  const scope = routing.item.content.anyWindowScope;
  const allowed = hallMayAccept({
    scope,
    hallRegion: desk.hallRegion,
    applicantRegion: routing.applicantRegion,
    competentRegion: routing.competentRegion,
  });
  if (!allowed) {
    const range = scope ? `通办范围为“${ANY_WINDOW_SCOPES[scope]}”` : '不支持通办';
    throw new AppError(
      409,
      'NOT_IN_ANY_WINDOW_SCOPE',
      `“${routing.item.content.name}”${range}，${desk.hallName}不能受理区划 ${routing.applicantRegion} 申请人的申请`,
    );
  }
}

/**
 * The form pre-filled from the applicant's profile, what was typed winning, and checked
 * against the item's fields: every problem at once (FORM_INVALID), each under formData.<key>.
 */
export function checkedForm(item: CaseItem, profile: Profile, typed: FormValues): FormValues {
  const values = prefill(item.content.formFields, profile, typed);
  const problems = formProblems(item.content.formFields, values);
  if (problems.length > 0) {
    throw invalidFields(
      problems.map((problem) => ({
        field: `formData.${problem.key}`,
        label: fieldLabel(['formData']),
        message: problem.message,
      })),
      'FORM_INVALID',
    );
  }
  return values;
}

function contactOf(input: ApplicantInput, facts: ApplicantFacts, item: CaseItem, form: FormValues) {
  const fromForm = (source: string) =>
    item.content.formFields.find((field) => field.profileSource === source && form[field.key])?.key;
  const nameSource = input.kind === 'person' ? 'name' : 'enterprise_name';
  const nameKey = fromForm(nameSource);
  const name = input.name ?? facts.profile[nameSource] ?? (nameKey ? form[nameKey] : undefined);
  if (!name)
    throw invalidField(
      'applicant.name',
      '登记信息中没有申请人姓名（名称），请填写',
      'APPLICANT_NAME_MISSING',
    );
  const phoneKey = fromForm('phone');
  const phone = input.phone ?? (phoneKey ? form[phoneKey] : undefined) ?? facts.profile.phone;
  if (!phone || !MOBILE_PATTERN.test(phone)) {
    throw invalidField(
      'applicant.phone',
      '请填写申请人的11位手机号码，用于告知办理进度',
      'APPLICANT_PHONE_MISSING',
    );
  }
  return { kind: input.kind, number: input.number, name, phone };
}

function checkedMaterials(item: CaseItem, entries: readonly MaterialEntry[]): CaseMaterial[] {
  const applied = applyEntries(materialsOfItem(item.content.materials), entries, new Date());
  if (applied.problems.length > 0) throw materialEntriesError(applied.problems);
  return applied.materials;
}

/** What the clerk typed about the applicant fills what the registry does not say. */
function withStatedFacts(input: ApplicantInput, facts: ApplicantFacts): ApplicantFacts {
  const stated: Profile =
    input.kind === 'person'
      ? { name: input.name, id_number: input.number, phone: input.phone }
      : { enterprise_name: input.name, credit_code: input.number, phone: input.phone };
  const defined = Object.fromEntries(
    Object.entries(facts.profile).filter(([, value]) => value !== undefined),
  );
  return { ...facts, profile: { ...stated, ...defined } };
}

export async function prepareDraft(db: Db, input: DraftInput): Promise<CaseDraft> {
  const facts = withStatedFacts(input.applicant, input.facts);
  const routing = await routeCase(db, input.chosenItem, {
    kind: input.applicant.kind,
    facts,
    statedRegion: input.applicant.regionCode,
  });
  if (input.desk) checkHall(input.desk, routing);
  const intakeRegion = input.intakeRegion ?? (await remoteIntakeRegion(db, routing));
  const formData = checkedForm(routing.item, facts.profile, input.formData);
  const applicant = contactOf(input.applicant, facts, routing.item, formData);
  return {
    item: routing.item,
    routing,
    applicant,
    channel: input.channel,
    desk: input.desk,
    intakeRegion,
    anyWindow: isAnyWindow(intakeRegion, routing.applicantRegion),
    formData,
    materials: checkedMaterials(routing.item, [
      ...input.materials,
      ...(input.reuseHeld
        ? await heldMaterialEntries(db, input.applicant, routing.item.content.materials, input.materials)
        : []),
    ]),
    delivery: await checkDelivery(db, routing.item.content, input.delivery, applicant),
  };
}
