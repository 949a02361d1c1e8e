import type { ColumnType, Generated } from 'kysely';
import type { CertificateType } from '../shared/catalog-terms';
import type { HolderIdType } from '../shared/certificate-holder';
import type { StatusChange, StoredCertificateStatus } from '../shared/certificate-status';
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
  id_number: string | null;
  name: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SessionsTable {
  id: string;
  subject_kind: 'staff' | 'resident';
  subject_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: UpdatedAt;
  expires_at: Date | string;
  ip: string | null;
  user_agent: string | null;
}

export interface SignInCodesTable {
  id: Generated<string>;
  phone: string;
  code_hash: string;
  attempts: Generated<number>;
  created_at: CreatedAt;
  expires_at: Date | string;
  consumed_at: Date | null;
}

export interface NotificationsTable {
  id: Generated<string>;
  channel: 'sms' | 'wechat';
  recipient: string;
  purpose: string;
  body: string;
  provider: string;
  status: 'kept' | 'sent' | 'failed';
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<string>;
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

export interface Database {
  regions: RegionsTable;
  departments: DepartmentsTable;
  halls: HallsTable;
  service_windows: ServiceWindowsTable;
  staff_users: StaffUsersTable;
  role_grants: RoleGrantsTable;
  residents: ResidentsTable;
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
  certificates: CertificatesTable;
  certificate_events: CertificateEventsTable;
}
