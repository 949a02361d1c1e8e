import { maskPhone } from '../../shared/phone';
import type { Grant } from '../../shared/roles';

/** Who is making a request, as loaded from the session. */
export type Actor = StaffActor | ResidentActor;

export interface StaffActor {
  kind: 'staff';
  id: string;
  name: string;
  username: string;
  regionCode: string | null;
  departmentId: string | null;
  grants: Grant[];
  mustChangePassword: boolean;
  sessionId: string;
  csrfToken: string;
}

export interface ResidentActor {
  kind: 'resident';
  id: string;
  phone: string;
  name: string | null;
  /** The citizen ID number the account claims; read it through verifiedIdNumberOf. */
  claimedIdNumber: string | null;
  /** Whether that claim is verified (residents.identity_verification_id is set). */
  identityVerified: boolean;
  sessionId: string;
  csrfToken: string;
}

/**
 * The resident's verified citizen ID number, or null: the one rule by which a
 * resident reaches personal data (registry pre-fill, certificates, materials,
 * cases, the read log). An unverified claim opens nothing.
 */
export function verifiedIdNumberOf(resident: ResidentActor): string | null {
  return resident.identityVerified ? resident.claimedIdNumber : null;
}

/** The audit log's view of who acted. */
export interface AuditActor {
  kind: 'staff' | 'resident' | 'system';
  id: string | null;
  name: string;
  ip?: string | null;
}

/** A resident without a linked name is recorded by their phone, masked: the audit log keeps no full number. */
export function auditActorOf(actor: Actor, ip: string | null): AuditActor {
  if (actor.kind === 'staff') return { kind: 'staff', id: actor.id, name: actor.name, ip };
  return { kind: 'resident', id: actor.id, name: actor.name ?? maskPhone(actor.phone), ip };
}

export const SYSTEM_ACTOR: AuditActor = { kind: 'system', id: null, name: '系统' };
