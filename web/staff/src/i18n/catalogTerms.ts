import { STATUS_LABELS, STEP_LABELS } from '../../../../src/modules/catalog/review-pipeline';
import {
  ANY_WINDOW_SCOPES,
  CERTIFICATE_TYPES,
  FORM_FIELD_TYPES,
  HANDLING_KINDS,
  ITEM_LEVELS,
  ITEM_TYPES,
  LIFE_THEMES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  ONLINE_DEPTHS,
  PROFILE_SOURCES,
  RESULT_TYPES,
  REVERSE_ANALYSIS,
  SERVICE_CATEGORIES,
  SERVICE_OBJECTS,
  WORKFLOW_ACTIONS,
} from '../../../../src/shared/catalog-terms';
import { CERTIFICATE_TYPE_NAMES_EN } from '../../../common/certificate-terms';
import { useLocale } from '../../../common/locale';

// The catalogue vocabulary is Chinese only; these are its English twins, table by table.
type Twin<T> = { readonly [K in keyof T]: string };

const EN = {
  itemType: {
    '01': 'Administrative licensing',
    '02': 'Administrative penalty',
    '03': 'Administrative enforcement',
    '04': 'Administrative levy',
    '05': 'Administrative benefit',
    '06': 'Administrative inspection',
    '07': 'Administrative confirmation',
    '08': 'Administrative reward',
    '09': 'Administrative ruling',
    '10': 'Other administrative power',
    '20': 'Public service',
  } satisfies Twin<typeof ITEM_TYPES>,
  level: {
    1: 'National',
    2: 'Provincial',
    3: 'City',
    4: 'County',
    5: 'Township (street)',
  } satisfies Twin<typeof ITEM_LEVELS>,
  handlingKind: { on_the_spot: 'On the spot', promised: 'Promised' } satisfies Twin<typeof HANDLING_KINDS>,
  serviceObject: {
    natural_person: 'Natural person',
    enterprise: 'Enterprise',
    public_institution: 'Public institution',
    social_organization: 'Social organization',
    other_organization: 'Other organization',
  } satisfies Twin<typeof SERVICE_OBJECTS>,
  onlineDepth: {
    1: 'Level 1: enquiry and forms online',
    2: 'Level 2: online pre-check',
    3: 'Level 3: online intake, collect on site',
    4: 'Level 4: fully online',
  } satisfies Twin<typeof ONLINE_DEPTHS>,
  anyWindowScope: {
    national: 'Nationwide',
    province: 'Province-wide',
    city: 'City-wide',
    county: 'District-wide',
    town: 'Street-wide',
    village: 'Across communities',
  } satisfies Twin<typeof ANY_WINDOW_SCOPES>,
  resultType: {
    certificate: 'Certificate',
    approval_document: 'Approval document',
    letter: 'Certificate letter or notice',
    payment: 'Payment or goods',
    other: 'Other',
    none: 'None',
  } satisfies Twin<typeof RESULT_TYPES>,
  serviceCategory: {
    testing: 'Testing',
    certification: 'Certification',
    enquiry: 'Enquiry',
    disclosure: 'Information disclosure',
    assessment: 'Assessment',
    registration: 'Registration and filing',
    review_acceptance: 'Review and acceptance',
    payment_subsidy: 'Payments and subsidies',
    bidding_trading: 'Bidding and trading',
  } satisfies Twin<typeof SERVICE_CATEGORIES>,
  reverseAnalysis: {
    achievable_now: 'Achievable now',
    by_reengineering: 'By process re-engineering',
    needs_more_work: 'Needs further study',
  } satisfies Twin<typeof REVERSE_ANALYSIS>,
  theme: {
    birth: 'Birth',
    schooling: 'Schooling',
    employment: 'Employment',
    marriage: 'Marriage and children',
    housing: 'Housing',
    social_security: 'Social and medical insurance',
    elderly: 'Retirement',
    disability: 'Disability services',
    assistance: 'Social assistance',
    death: 'After a death',
    business: 'Starting a business',
    operation: 'Business licences',
  } satisfies Twin<typeof LIFE_THEMES>,
  materialForm: { original: 'Original', copy: 'Copy', electronic: 'Electronic' } satisfies Twin<
    typeof MATERIAL_FORMS
  >,
  materialSource: {
    applicant: 'Applicant',
    government: 'Issued by government',
    intermediary: 'Intermediary',
    other: 'Other',
  } satisfies Twin<typeof MATERIAL_SOURCES>,
  certificateType: CERTIFICATE_TYPE_NAMES_EN satisfies Twin<typeof CERTIFICATE_TYPES>,
  fieldType: {
    text: 'Text',
    textarea: 'Long text',
    number: 'Number',
    date: 'Date',
    select: 'Single choice',
    id_number: 'ID number',
    credit_code: 'Credit code',
    phone: 'Mobile number',
    address: 'Address',
  } satisfies Twin<typeof FORM_FIELD_TYPES>,
  profileSource: {
    name: 'Name',
    id_number: 'ID number',
    sex: 'Sex',
    birth_date: 'Date of birth',
    phone: 'Mobile number',
    household_address: 'Household address',
    residence_address: 'Residential address',
    ethnicity: 'Ethnicity',
    enterprise_name: 'Enterprise name',
    credit_code: 'Credit code',
    legal_representative: 'Legal representative',
  } satisfies Twin<typeof PROFILE_SOURCES>,
  workflowAction: {
    approve: 'Approve',
    return: 'Return',
    refuse: 'Refuse',
    verify: 'Verify',
    suspend: 'Suspend (special procedure)',
    extend: 'Extend',
  } satisfies Twin<typeof WORKFLOW_ACTIONS>,
  status: {
    draft: 'Draft',
    submitted: 'Submitted, awaiting first check',
    first_checked: 'First check passed, awaiting joint review',
    joint_reviewed: 'Joint review passed, awaiting confirmation',
    published: 'Published (locked)',
    superseded: 'Superseded',
  } satisfies Twin<typeof STATUS_LABELS>,
  step: {
    submit: 'Department submits',
    first_check: 'First check',
    joint_review: 'Joint review',
    confirm: 'Department confirms',
  } satisfies Twin<typeof STEP_LABELS>,
} as const;

const ZH = {
  itemType: ITEM_TYPES,
  level: ITEM_LEVELS,
  handlingKind: HANDLING_KINDS,
  serviceObject: SERVICE_OBJECTS,
  onlineDepth: ONLINE_DEPTHS,
  anyWindowScope: ANY_WINDOW_SCOPES,
  resultType: RESULT_TYPES,
  serviceCategory: SERVICE_CATEGORIES,
  reverseAnalysis: REVERSE_ANALYSIS,
  theme: LIFE_THEMES,
  materialForm: MATERIAL_FORMS,
  materialSource: MATERIAL_SOURCES,
  certificateType: CERTIFICATE_TYPES,
  fieldType: FORM_FIELD_TYPES,
  profileSource: PROFILE_SOURCES,
  workflowAction: WORKFLOW_ACTIONS,
  status: STATUS_LABELS,
  step: STEP_LABELS,
} as const;

export type TermTable = keyof typeof ZH;
type Key<T extends TermTable> = keyof (typeof ZH)[T] & (string | number);

/** The catalogue vocabulary in the current language: label of a value, and options for pickers. */
export function useCatalogTerms() {
  const english = useLocale() === 'en-US';
  const tables = (english ? EN : ZH) as Record<TermTable, Record<string | number, string>>;
  const label = <T extends TermTable>(table: T, value: Key<T> | null | undefined): string =>
    value === null || value === undefined ? '—' : (tables[table][value] ?? String(value));
  /** Options in the table's order; numeric tables (level, onlineDepth) get numeric values. */
  const options = <T extends TermTable>(table: T) =>
    Object.entries(tables[table]).map(([value, text]) => ({
      value: (/^[1-9]$/.test(value) ? Number(value) : value) as Key<T>,
      label: text,
    }));
  return { english, label, options };
}
