import type { ColumnType, Generated } from 'kysely';
import type { Carrier, CaseStatus, DeliveryMethod, DocumentKind } from '../shared/case-terms';
import type { CertificateType } from '../shared/catalog-terms';
import type { HolderIdType } from '../shared/certificate-holder';
import type { StatusChange, StoredCertificateStatus } from '../shared/certificate-status';
import type { ExtensionState, SuspensionKind, VerificationResult } from '../shared/clock-terms';
import type { Role } from '../shared/roles';

/** Table types for Kysely, written by hand to match migrations/*.sql. */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface RegionsTable {
  code: string;
  name: string;
  level: 'district' | 'street' | 'community';
  parent_code: string | null;
  sort_order: Generated<number>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface DepartmentsTable {
  id: Generated<string>;
  name: string;
  kind: string;
  level: 'district' | 'street' | 'community';
  region_code: string;
  credit_code: string | null;
  phone: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface HallsTable {
  id: Generated<string>;
  name: string;
  level: 'district' | 'street' | 'community';
  region_code: string;
  address: Generated<string>;
  phone: string | null;
  opening_hours: Json<{ days: number[]; open: string; close: string }[]>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ServiceWindowsTable {
  id: Generated<string>;
  hall_id: string;
  number: number;
  name: Generated<string>;
  kind: 'comprehensive' | 'enterprise' | 'priority';
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface StaffUsersTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string;
  must_change_password: Generated<boolean>;
  region_code: string | null;
  department_id: string | null;
  phone: string | null;
  active: Generated<boolean>;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  last_sign_in_at: Date | null;
  absent_until: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RoleGrantsTable {
  id: Generated<string>;
  user_id: string;
  role: Role;
  region_code: string | null;
  department_id: string | null;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface ResidentsTable {
  id: Generated<string>;
  phone: string;
  /** The number the account claims; verified only while identity_verification_id is set. */
  id_number: string | null;
  name: string | null;
  identity_verification_id: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type IdentityVerificationMethod = 'registry' | 'window' | 'provider';

/** Append-only: each verification of a resident's link, how, by whom, where and when. */
export interface IdentityVerificationsTable {
  id: Generated<string>;
  resident_id: string;
  id_number: string;
  name: string;
  method: IdentityVerificationMethod;
  staff_id: string | null;
  staff_name: string | null;
  hall_id: string | null;
  window_id: string | null;
  place: string | null;
  department_id: string | null;
  office_name: string | null;
  region_code: string | null;
  provider: string | null;
  provider_reference: string | null;
  moved_from_resident_id: string | null;
  verified_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  subject_kind: 'staff' | 'resident';
  subject_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: UpdatedAt;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  ip: string | null;
  user_agent: string | null;
}

export interface SignInCodesTable {
  id: Generated<string>;
  phone: string;
  code_hash: string;
  attempts: Generated<number>;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  consumed_at: Date | null;
}

export interface NotificationsTable {
  id: Generated<number>;
  channel: 'sms' | 'wechat';
  recipient: string;
  purpose: string;
  body: string;
  provider: string;
  status: 'kept' | 'sent' | 'failed';
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_kind: 'staff' | 'resident' | 'system';
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  region_code: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  ip: string | null;
}

export interface SystemStateTable {
  key: string;
  value: Json<unknown>;
  updated_at: UpdatedAt;
}

export interface CatalogItemsTable {
  id: Generated<string>;
  department_id: string;
  region_code: string;
  published_version: number | null;
  use_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type VersionStatus =
  | 'draft'
  | 'submitted'
  | 'first_checked'
  | 'joint_reviewed'
  | 'published'
  | 'superseded';

export interface CatalogItemVersionsTable {
  item_id: string;
  version: number;
  status: VersionStatus;
  content: Json<unknown>;
  name: string;
  basic_code: string;
  implementation_code: string;
  item_type: string;
  handling_kind: 'on_the_spot' | 'promised';
  department_id: string;
  promised_limit_days: number;
  visits: number;
  online_depth: number;
  service_category: string;
  service_objects: string[];
  themes: string[];
  search_document: ColumnType<string, unknown, unknown>;
  search_names: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  published_at: Date | null;
}

export interface CatalogReviewsTable {
  id: Generated<number>;
  item_id: string;
  version: number;
  step: 'submit' | 'first_check' | 'joint_review' | 'confirm';
  decision: 'pass' | 'return';
  opinion: Generated<string>;
  actor_id: string;
  actor_name: string;
  at: CreatedAt;
}

export interface CatalogBundlesTable {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  lead_department_id: string;
  region_code: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CatalogBundleItemsTable {
  bundle_id: string;
  item_id: string;
  position: number;
}

export interface FieldSource {
  sourceId: string;
  source: string;
  asOf: string;
  at: string;
}
type FieldSources = ColumnType<Record<string, FieldSource>, string | undefined, string>;

export interface PersonsTable {
  id_number: string;
  name: string;
  sex: 'male' | 'female';
  birth_date: ColumnType<string, string, string>;
  ethnicity: string | null;
  phone: string | null;
  household_address: string | null;
  household_region_code: string | null;
  residence_address: string | null;
  residence_region_code: string | null;
  household_relation: string | null;
  marital_status: string | null;
  education: string | null;
  employment_status: string | null;
  special_groups: Generated<string[]>;
  field_sources: FieldSources;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EnterprisesTable {
  credit_code: string;
  name: string;
  enterprise_type: string | null;
  legal_representative: string | null;
  phone: string | null;
  address: string | null;
  region_code: string | null;
  business_scope: string | null;
  status: string | null;
  established_on: ColumnType<string | null, string | null | undefined, string | null>;
  field_sources: FieldSources;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type SubjectKind = 'person' | 'enterprise';

export interface RegistrySourcesTable {
  id: Generated<string>;
  name: string;
  subject_kind: SubjectKind;
  authority: number;
  column_mapping: ColumnType<Record<string, string>, string | undefined, string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RegistryImportsTable {
  id: Generated<string>;
  source_id: string;
  file_name: string;
  file_format: 'csv' | 'xlsx';
  as_of: ColumnType<string, string, never>;
  status: 'running' | 'completed' | 'failed';
  total_rows: number | null;
  processed_rows: Generated<number>;
  created_count: Generated<number>;
  updated_count: Generated<number>;
  unchanged_count: Generated<number>;
  conflict_count: Generated<number>;
  rejected_count: Generated<number>;
  failure: string | null;
  created_by: string;
  started_at: CreatedAt;
  finished_at: Date | null;
}

export interface RegistryImportRejectionsTable {
  import_id: string;
  row_number: number;
  subject_number: string | null;
  reasons: string[];
}

export interface RegistryConflictsTable {
  id: Generated<number>;
  subject_kind: SubjectKind;
  subject_number: string;
  field: string;
  kept_value: Json<string | string[] | null>;
  kept_source: string;
  kept_as_of: ColumnType<string, string, never>;
  other_value: Json<string | string[] | null>;
  other_source: string;
  other_as_of: ColumnType<string, string, never>;
  import_id: string;
  detected_at: CreatedAt;
  resolved_at: Date | null;
  resolved_by: string | null;
  resolution: 'kept' | 'replaced' | null;
}

export interface DataGrantsTable {
  id: Generated<string>;
  department_id: string;
  subject_kind: SubjectKind;
  purpose: string;
  fields: string[];
  /** The roles whose work the purpose serves. */
  roles: string[];
  granted_by: string;
  granted_at: CreatedAt;
  revoked_by: string | null;
  revoked_at: Date | null;
}

export interface DataReadsTable {
  id: Generated<number>;
  at: CreatedAt;
  staff_id: string;
  staff_name: string;
  department_id: string;
  subject_kind: SubjectKind;
  subject_number: string;
  fields: string[];
  purpose: string;
  case_ref: string | null;
  ip: string | null;
}

export type OwnerIdType = '111' | '001';
export type MaterialSource = 'window_scan' | 'resident_upload' | 'case';
export type ConsentDecision = 'confirmed' | 'withdrawn';

export interface StoredFilesTable {
  sha256: string;
  size_bytes: number;
  mime_type: string;
  first_stored_at: CreatedAt;
}

export interface MaterialsTable {
  id: Generated<string>;
  owner_id_type: OwnerIdType;
  owner_number: string;
  file_sha256: string;
  name: string;
  catalog_item_id: string | null;
  material_key: string | null;
  source: MaterialSource;
  collected_for_case: string | null;
  region_code: string | null;
  uploaded_by_kind: 'staff' | 'resident';
  uploaded_by_id: string;
  uploaded_by_name: string;
  created_at: CreatedAt;
}

export interface MaterialConsentsTable {
  id: Generated<number>;
  material_id: string;
  decision: ConsentDecision;
  channel: 'app' | 'window';
  recorded_by_kind: 'staff' | 'resident';
  recorded_by_id: string;
  recorded_by_name: string;
  recorded_at: CreatedAt;
}

export interface MaterialUsesTable {
  id: Generated<number>;
  material_id: string;
  case_ref: string;
  material_key: string | null;
  used_at: CreatedAt;
}

export interface CertificatesTable {
  id: Generated<string>;
  identifier: string;
  type: CertificateType;
  type_code: string;
  number: string;
  holder_id_type: HolderIdType;
  holder_number: string;
  holder_name: string;
  issuer_department_id: string;
  issuer_code: string;
  region_code: string;
  data: Json<Record<string, string | number>>;
  issued_on: string;
  valid_from: string;
  valid_until: string | null;
  status: Generated<StoredCertificateStatus>;
  status_reason: string | null;
  verify_token: string;
  origin: 'manual' | 'case' | 'import';
  origin_ref: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CertificateEventsTable {
  id: Generated<number>;
  certificate_id: string;
  at: CreatedAt;
  action: 'issue' | 'import' | StatusChange;
  status: StoredCertificateStatus;
  reason: string | null;
  actor_kind: 'staff' | 'resident' | 'system';
  actor_id: string | null;
  actor_name: string;
}

export type CalendarSource = 'chinese-days' | 'manual';

export interface CalendarExceptionsTable {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
  source: CalendarSource;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface CalendarYearsTable {
  year: number;
  source: CalendarSource;
  loaded_by: string | null;
  loaded_at: UpdatedAt;
}

export interface CalendarRevisionTable {
  singleton: Generated<boolean>;
  revision: Generated<number>;
}

/** Case statuses and document kinds are rows of case_statuses / case_document_kinds (0009), mirrored in case-terms. */
export type CaseStatusColumn = CaseStatus;

export interface CasesTable {
  id: Generated<string>;
  case_number: string;
  public_code: string;
  /** Null only for a joint case's parent (case_kind 'bundle'). */
  item_id: string | null;
  item_version: number | null;
  case_kind: Generated<'item' | 'bundle'>;
  bundle_id: string | null;
  parent_case_id: string | null;
  handling_kind: 'on_the_spot' | 'promised';
  applicant_kind: SubjectKind;
  applicant_number: string;
  applicant_name: string;
  applicant_phone: string;
  agent_name: string | null;
  agent_number: string | null;
  agent_staff_id: string | null;
  channel: 'window' | 'online' | 'phone' | 'agent';
  hall_id: string | null;
  window_id: string | null;
  intake_region_code: string;
  routing_basis: 'household' | 'residence' | 'registered_address';
  applicant_region_code: string;
  competent_region_code: string;
  competent_department_id: string;
  any_window: boolean;
  status: CaseStatusColumn;
  current_step: string | null;
  form_data: Json<Record<string, string>>;
  visits: number;
  reused_material_count: Generated<number>;
  tolerant: Generated<boolean>;
  submitted_at: CreatedAt;
  accepted_at: Date | null;
  closed_at: Date | null;
  promised_deadline: Date | null;
  /** The item's promised limit (working days), written with promised_deadline; the sweep's index leads with it. */
  promised_limit_days: ColumnType<string | null, number | null | undefined, number | null>;
  legal_deadline: Date | null;
  /** The deadlines cross a year without a loaded schedule: estimated, corrected when it is loaded. */
  deadlines_provisional: Generated<boolean>;
  result: Json<Record<string, unknown>> | null;
  paper_tracking_number: string | null;
  paper_sent_at: Date | null;
  paper_received_at: Date | null;
  decision_due: Date | null;
  delivery_method: Generated<DeliveryMethod>;
  started_by_kind: 'staff' | 'resident';
  started_by_id: string;
  started_by_name: string;
  /** The highest warning raised on the case itself (mirrors case_warnings). */
  warned: 'yellow' | 'red' | null;
  /** Applied online from an unverified real-name link: the ID card is checked before acceptance. */
  applicant_unverified: Generated<boolean>;
  row_version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type CaseMaterialState =
  | 'missing'
  | 'provided'
  | 'defective'
  | 'reused_certificate'
  | 'reused_material'
  | 'promised'
  | 'not_applicable';

export interface CaseMaterialsTable {
  case_id: string;
  material_key: string;
  region_code: string;
  name: string;
  required: boolean;
  state: CaseMaterialState;
  defect_reason: string | null;
  material_id: string | null;
  certificate_id: string | null;
  promised_due: ColumnType<string | null, string | null | undefined, string | null>;
  submitted_at: Date | null;
  updated_at: UpdatedAt;
}

export interface CaseTasksTable {
  id: Generated<string>;
  case_id: string;
  region_code: string;
  step_key: string;
  step_name: string;
  step_index: number;
  parallel_group: string | null;
  /** The step copies the department's leaders (抄送). */
  copied_to_leaders: Generated<boolean>;
  /** The highest warning raised on the task (mirrors case_warnings). */
  warned: 'yellow' | 'red' | null;
  department_id: string;
  actor_kind: 'role' | 'chief_rep' | 'fixed_person';
  actor_role: Role | null;
  assignee_id: string | null;
  state: ColumnType<'open' | 'done' | 'cancelled', 'open' | undefined, 'done' | 'cancelled'>;
  opened_at: CreatedAt;
  limit_days: ColumnType<string, number | string, never>;
  due_at: Date;
  /** due_at crosses a year without a loaded schedule: estimated, corrected when it is loaded. */
  due_provisional: Generated<boolean>;
  claimed_at: Date | null;
  closed_at: Date | null;
  closed_by: string | null;
  outcome: 'approved' | 'returned' | 'disapproved' | 'transferred' | 'withdrawn' | null;
  opinion: string | null;
  row_version: Generated<number>;
}

export interface CaseWarningsTable {
  id: Generated<number>;
  case_id: string;
  task_id: string | null;
  region_code: string;
  department_id: string;
  level: 'yellow' | 'red';
  reason: 'share_left' | 'overdue' | 'step_overdue';
  due_at: Date;
  raised_at: CreatedAt;
  notified: ColumnType<string[], string[] | undefined, never>;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: string;
  region_code: string;
  at: CreatedAt;
  kind: string;
  status: CaseStatusColumn;
  actor_kind: 'staff' | 'resident' | 'system';
  actor_id: string | null;
  actor_name: string;
  office_name: string | null;
  hall_id: string | null;
  window_id: string | null;
  place: string | null;
  channel: 'window' | 'online' | 'phone' | 'agent' | 'office' | 'system';
  details: Json<Record<string, unknown>>;
}

export interface CaseDocumentsTable {
  id: Generated<string>;
  case_id: string;
  region_code: string;
  kind: DocumentKind;
  number: string;
  content: Json<Record<string, unknown>>;
  issued_at: CreatedAt;
  issued_by_kind: 'staff' | 'system';
  issued_by_id: string | null;
  issued_by_name: string;
  office_name: string;
}

export interface CaseDeliveriesTable {
  case_id: string;
  region_code: string;
  recipient_name: string | null;
  recipient_phone: string | null;
  address_region_code: string | null;
  address: string | null;
  ready_at: Date | null;
  carrier: Carrier | null;
  tracking_number: string | null;
  posted_at: Date | null;
  grid_worker_id: string | null;
  grid_worker_name: string | null;
  assigned_at: Date | null;
  delivered_at: Date | null;
  received_by: string | null;
  received_by_id_number: string | null;
  note: string | null;
  updated_at: UpdatedAt;
}

export interface CaseIdempotencyKeysTable {
  actor_kind: 'staff' | 'resident';
  actor_id: string;
  key: string;
  request_hash: string;
  case_id: string;
  region_code: string;
  created_at: CreatedAt;
}

export interface CaseReadsTable {
  id: Generated<number>;
  case_id: string;
  region_code: string;
  at: CreatedAt;
  staff_id: string;
  staff_name: string;
  department_id: string | null;
  ip: string | null;
  /** Why: the reader's part in the case (受理, 审批, 送达, 监督). */
  purpose: string;
  /** The reader saw the personal data masked. */
  masked: Generated<boolean>;
}

export interface RecordReadsTable {
  id: Generated<number>;
  at: CreatedAt;
  staff_id: string;
  staff_name: string;
  department_id: string | null;
  subject_kind: SubjectKind;
  subject_number: string;
  record_kind: 'certificate' | 'material';
  record_id: string;
  record_name: string;
  purpose: string;
  ip: string | null;
}

/** The view over data_reads, case_reads and record_reads (migration 0027). */
export interface PersonalDataReadsView {
  id: string;
  read_kind: 'registry' | 'case' | 'certificate' | 'material';
  at: Date;
  staff_name: string;
  department_id: string | null;
  subject_kind: SubjectKind;
  subject_number: string;
  record_name: string | null;
  fields: string[] | null;
  purpose: string;
  case_ref: string | null;
  masked: boolean;
}

export interface JobRunsTable {
  id: Generated<number>;
  job_name: string;
  queue_job_id: string;
  attempt: number;
  trigger: 'schedule' | 'manual' | 'send';
  started_at: Date;
  finished_at: Date;
  outcome: 'succeeded' | 'failed';
  summary: Json<Record<string, unknown>>;
  error: string | null;
}

export interface CaseSuspensionsTable {
  id: Generated<string>;
  case_id: string;
  region_code: string;
  task_id: string;
  department_id: string;
  kind: SuspensionKind;
  note: string;
  corrections: ColumnType<string[], string[] | undefined, never>;
  document_id: string;
  started_at: Date;
  started_by: string;
  started_by_name: string;
  ended_at: Date | null;
  ended_by_kind: 'staff' | 'resident' | null;
  ended_by_id: string | null;
  ended_by_name: string | null;
  end_note: string | null;
  answer_material_ids: ColumnType<string[], string[] | undefined, string[]>;
  answer_channel: 'online' | 'window' | null;
}

export interface CaseExtensionsTable {
  id: Generated<string>;
  case_id: string;
  region_code: string;
  task_id: string;
  department_id: string;
  working_days: number;
  reason: string;
  state: ColumnType<ExtensionState, 'requested' | undefined, 'approved' | 'rejected'>;
  requested_at: Date;
  requested_by: string;
  requested_by_name: string;
  decided_at: Date | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decision_note: string | null;
  legal_deadline_before: Date | null;
  legal_deadline_after: Date | null;
  document_id: string | null;
}

export interface CaseVerificationsTable {
  id: Generated<string>;
  case_id: string;
  region_code: string;
  task_id: string;
  from_department_id: string;
  to_department_id: string;
  question: string;
  material_ids: ColumnType<string[], string[] | undefined, never>;
  working_days: number;
  asked_at: Date;
  asked_by: string;
  asked_by_name: string;
  due_at: Date;
  state: ColumnType<'open' | 'answered', 'open' | undefined, 'answered'>;
  result: VerificationResult | null;
  answer_note: string | null;
  answered_at: Date | null;
  answered_by: string | null;
  answered_by_name: string | null;
}

export interface CaseAttachmentsTable {
  id: Generated<string>;
  case_id: string;
  task_id: string;
  file_sha256: string;
  name: string;
  uploaded_by: string;
  uploaded_by_name: string;
  uploaded_at: CreatedAt;
  event_id: number | null;
  used_at: Date | null;
  verification_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface StepAssignmentsTable {
  id: Generated<string>;
  item_id: string;
  step_key: string;
  intake_region_code: string;
  staff_id: string;
  department_id: string;
  created_at: Generated<Date>;
  created_by: string | null;
}

export interface RequestLimitsTable {
  limit_name: string;
  subject: string;
  hits: number;
  window_ends: Date;
}

export interface Database {
  regions: RegionsTable;
  departments: DepartmentsTable;
  halls: HallsTable;
  service_windows: ServiceWindowsTable;
  staff_users: StaffUsersTable;
  role_grants: RoleGrantsTable;
  residents: ResidentsTable;
  identity_verifications: IdentityVerificationsTable;
  sessions: SessionsTable;
  sign_in_codes: SignInCodesTable;
  notifications: NotificationsTable;
  audit_log: AuditLogTable;
  system_state: SystemStateTable;
  catalog_items: CatalogItemsTable;
  catalog_item_versions: CatalogItemVersionsTable;
  catalog_reviews: CatalogReviewsTable;
  catalog_bundles: CatalogBundlesTable;
  catalog_bundle_items: CatalogBundleItemsTable;
  persons: PersonsTable;
  enterprises: EnterprisesTable;
  registry_sources: RegistrySourcesTable;
  registry_imports: RegistryImportsTable;
  registry_import_rejections: RegistryImportRejectionsTable;
  registry_conflicts: RegistryConflictsTable;
  data_grants: DataGrantsTable;
  data_reads: DataReadsTable;
  stored_files: StoredFilesTable;
  materials: MaterialsTable;
  material_consents: MaterialConsentsTable;
  material_uses: MaterialUsesTable;
  certificates: CertificatesTable;
  certificate_events: CertificateEventsTable;
  calendar_exceptions: CalendarExceptionsTable;
  calendar_years: CalendarYearsTable;
  calendar_revision: CalendarRevisionTable;
  cases: CasesTable;
  case_materials: CaseMaterialsTable;
  case_events: CaseEventsTable;
  case_documents: CaseDocumentsTable;
  case_idempotency_keys: CaseIdempotencyKeysTable;
  case_reads: CaseReadsTable;
  record_reads: RecordReadsTable;
  personal_data_reads: PersonalDataReadsView;
  case_tasks: CaseTasksTable;
  warning_settings: {
    id: Generated<boolean>;
    yellow_share: string;
    takeover_share: Generated<string>;
    updated_at: UpdatedAt;
  };
  step_assignments: StepAssignmentsTable;
  case_warnings: CaseWarningsTable;
  chief_rep_turns: { department_id: string; staff_id: string; last_assigned_at: Date };
  staff_backups: { staff_id: string; backup_id: string; updated_at: UpdatedAt };
  case_deliveries: CaseDeliveriesTable;
  case_statuses: { status: string; label: string };
  case_event_kinds: { kind: string; label: string };
  case_document_kinds: { kind: string; prefix: string; label: string };
  job_runs: JobRunsTable;
  case_suspensions: CaseSuspensionsTable;
  case_extensions: CaseExtensionsTable;
  case_verifications: CaseVerificationsTable;
  case_attachments: CaseAttachmentsTable;
  request_limits: RequestLimitsTable;
}
