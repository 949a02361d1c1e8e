import type { DepartmentKind, OpeningPeriod, WindowKind } from '../../../../src/shared/org-kinds';
import type { RegionLevel } from '../../../../src/shared/region-code';
import type { Permission, Role } from '../../../../src/shared/roles';

/** Shapes of the /api replies the staff app reads; the server's zod schemas are the source of truth. */

export interface UserGrant {
  role: Role;
  roleLabel: string;
  regionCode: string | null;
  regionName: string | null;
  departmentId: string | null;
  departmentName: string | null;
}

export interface StaffUser {
  kind: 'staff';
  id: string;
  username: string;
  displayName: string;
  regionCode: string | null;
  departmentId: string | null;
  grants: UserGrant[];
  permissions: Permission[];
  mustChangePassword: boolean;
}

export interface MeReply {
  user: StaffUser | { kind: 'resident' };
  csrfToken: string;
}

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  sortOrder: number;
  active: boolean;
}

export interface Department {
  id: string;
  name: string;
  kind: DepartmentKind;
  level: RegionLevel;
  regionCode: string;
  regionName: string;
  creditCode: string | null;
  phone: string | null;
  active: boolean;
}

export interface Hall {
  id: string;
  name: string;
  level: RegionLevel;
  regionCode: string;
  regionName: string;
  address: string;
  phone: string | null;
  openingHours: OpeningPeriod[];
  active: boolean;
  windowCount: number;
}

export interface ServiceWindow {
  id: string;
  hallId: string;
  number: number;
  name: string;
  kind: WindowKind;
  active: boolean;
}

export interface StaffGrant extends UserGrant {
  id: string;
}

export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  regionCode: string | null;
  regionName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  phoneMasked: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastSignInAt: string | null;
  grants: StaffGrant[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actorKind: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  regionCode: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface OutboxMessage {
  id: number;
  channel: string;
  recipientMasked: string;
  purpose: string;
  body: string;
  provider: string;
  status: string;
  createdAt: string;
}

export interface Items<T> {
  items: T[];
}

export interface Page<T> extends Items<T> {
  total: number;
  page: number;
  pageSize: number;
}
