import type { Tx } from '../../db/database';
import type { AuditAction, AuditEntity } from '../../shared/audit-actions';
import type { AuditActor } from '../auth/actor';

export interface AuditEntry {
  action: AuditAction;
  entityType: AuditEntity;
  entityId: string;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one audit row inside the operation's transaction, so the record commits with the change. */
export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      actor_kind: actor.kind,
      actor_id: actor.id,
      actor_name: actor.name,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      region_code: entry.regionCode ?? null,
      before: entry.before === undefined ? null : JSON.stringify(withoutSecrets(entry.before)),
      after: entry.after === undefined ? null : JSON.stringify(withoutSecrets(entry.after)),
      ip: actor.ip ?? null,
    })
    .execute();
}

const SECRET_KEYS = new Set(['password_hash', 'passwordHash', 'password']);

function withoutSecrets(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_KEYS.has(key)));
}
