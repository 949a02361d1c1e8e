import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { AppError } from './errors';

/**
 * A limit on a route's requests per client address, counted in PostgreSQL so that it holds
 * across every platform process and under parallel requests (decision 0026). A route names it
 * in its config: `config: { limit: SIGN_IN_LIMIT }`.
 */
export interface RequestLimit {
  /** The counter's name, one per limit (the same name on two routes shares their count). */
  name: string;
  /** Requests allowed per window and address. */
  max: number;
  windowSeconds: number;
  /** The refusal, given the seconds until the window ends; TOO_MANY_REQUESTS by default. */
  refusal?: (secondsLeft: number) => AppError;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    limit?: RequestLimit;
  }
}

/** Rows of windows that ended this long ago are swept as other requests are counted. */
const SWEEP_AFTER_SECONDS = 3600;
/** At most this many swept per counted request: more than one row can be added per request. */
const SWEEP_BATCH = 8;

/**
 * Counts one request in ONE statement: the upsert takes the row lock, so parallel requests
 * count one after another, and a window that ended starts a new one at 1. A few rows of
 * long-ended windows (never the counted one) go in the same statement.
 */
export async function countRequest(
  db: Db,
  limit: Pick<RequestLimit, 'name' | 'windowSeconds'>,
  subject: string,
): Promise<{ hits: number; secondsLeft: number }> {
  const { rows } = await sql<{ hits: number; seconds_left: number }>`
    WITH swept AS (
      DELETE FROM request_limits WHERE (limit_name, subject) IN (
        SELECT limit_name, subject FROM request_limits
        WHERE window_ends < now() - make_interval(secs => ${SWEEP_AFTER_SECONDS})
          AND NOT (limit_name = ${limit.name} AND subject = ${subject})
        ORDER BY window_ends LIMIT ${SWEEP_BATCH}
        FOR UPDATE SKIP LOCKED))
    INSERT INTO request_limits AS l (limit_name, subject, hits, window_ends)
    VALUES (${limit.name}, ${subject}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
    ON CONFLICT (limit_name, subject) DO UPDATE SET
      hits = CASE WHEN l.window_ends <= now() THEN 1 ELSE l.hits + 1 END,
      window_ends = CASE WHEN l.window_ends <= now() THEN excluded.window_ends ELSE l.window_ends END
    RETURNING l.hits, ceil(extract(epoch FROM l.window_ends - now()))::int AS seconds_left`.execute(db);
  const row = rows[0] as { hits: number; seconds_left: number };
  return { hits: row.hits, secondsLeft: Math.max(1, row.seconds_left) };
}

const tooMany = (seconds: number) =>
  new AppError(429, 'TOO_MANY_REQUESTS', `操作过于频繁，请${seconds}秒后再试`, {
    retryAfterSeconds: seconds,
  });

/**
 * Before anything else is done for a request to a limited route (no session read, no body
 * parsed), its address's count goes up; past the limit it is refused with Retry-After.
 */
export function registerRequestLimits(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const limit = request.routeOptions.config.limit;
    if (!limit) return;
    const { hits, secondsLeft } = await countRequest(app.ctx.db, limit, request.ip);
    if (hits <= limit.max) return;
    reply.header('retry-after', String(secondsLeft));
    throw (limit.refusal ?? tooMany)(secondsLeft);
  });
}
