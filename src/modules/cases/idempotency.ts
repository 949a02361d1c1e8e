import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/database';
import { conflict } from '../../server/errors';

/**
 * Idempotency-Key: a retried create (a double click, a timeout and a resend)
 * returns the case the first request made, never a second one. Keys belong to
 * whoever sent them; the same key with a different body is a client error.
 */

export interface KeyOwner {
  kind: 'staff' | 'resident';
  id: string;
}

export interface IdempotencyKey {
  owner: KeyOwner;
  key: string;
  hash: string;
}

/** Thrown inside the create's transaction when a concurrent request with the key won. */
export class IdempotencyRace extends Error {}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The request's Idempotency-Key with the hash of its route and body; null when it sent none. */
export function idempotencyKeyOf(request: FastifyRequest, owner: KeyOwner): IdempotencyKey | null {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || key === '') return null;
  const hash = createHash('sha256')
    .update(`${request.method} ${request.routeOptions.url}\n${JSON.stringify(canonical(request.body))}`)
    .digest('hex');
  return { owner, key, hash };
}

/** The case an earlier request with this key made, or null; 409 when that request had another body. */
export async function earlierCase(db: Db, key: IdempotencyKey): Promise<string | null> {
  const row = await db
    .selectFrom('case_idempotency_keys')
    .select(['request_hash', 'case_id'])
    .where('actor_kind', '=', key.owner.kind)
    .where('actor_id', '=', key.owner.id)
    .where('key', '=', key.key)
    .executeTakeFirst();
  if (!row) return null;
  if (row.request_hash !== key.hash) {
    throw conflict(
      'IDEMPOTENCY_KEY_REUSED',
      '该幂等键（Idempotency-Key）已用于另一份不同的申请，请为新申请使用新的键',
    );
  }
  return row.case_id;
}

/** Claims the key for the new case; a concurrent request that claimed it first makes this one roll back. */
export async function claimKey(
  tx: Tx,
  key: IdempotencyKey,
  created: { id: string; competent_region_code: string },
): Promise<void> {
  const claimed = await tx
    .insertInto('case_idempotency_keys')
    .values({
      actor_kind: key.owner.kind,
      actor_id: key.owner.id,
      key: key.key,
      request_hash: key.hash,
      case_id: created.id,
      region_code: created.competent_region_code,
    })
    .onConflict((oc) => oc.columns(['actor_kind', 'actor_id', 'key']).doNothing())
    .returning('case_id')
    .executeTakeFirst();
  if (!claimed) throw new IdempotencyRace();
}

/**
 * Runs the create; if a concurrent request with the same key committed first,
 * answers with that request's case instead.
 */
export async function createOnce(
  db: Db,
  key: IdempotencyKey | null,
  create: () => Promise<string>,
): Promise<{ caseId: string; replayed: boolean }> {
  if (key) {
    const earlier = await earlierCase(db, key);
    if (earlier) return { caseId: earlier, replayed: true };
  }
  try {
    return { caseId: await create(), replayed: false };
  } catch (error) {
    if (!(error instanceof IdempotencyRace) || !key) throw error;
    const winner = await earlierCase(db, key);
    if (!winner) throw error;
    return { caseId: winner, replayed: true };
  }
}
