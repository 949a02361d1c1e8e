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
  idNumber: string | null;
  sessionId: string;
  csrfToken: string;
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
