import type PgBoss from 'pg-boss';
import { JOBS_SCHEMA } from './jobs-schema';

/**
 * Heartbeats, kept by the platform since pg-boss 10 has none: while an attempt runs, its worker
 * stamps the queue job's row (pgboss.job.output, which pg-boss only writes when the attempt ends)
 * every half heartbeat; a monitor in every process fails and so retries the active attempts
 * whose stamp (or, before the first one, whose start) is older than the job's heartbeat. An
 * attempt of a killed process is thus retried within about a heartbeat instead of at its expiry.
 */

export const DEFAULT_HEARTBEAT_SECONDS = 30;

/** Stamps the attempt's row every half heartbeat until the returned function is called. */
export function beat(
  boss: PgBoss,
  queued: PgBoss.JobWithMetadata<unknown>,
  heartbeatSeconds: number,
): () => void {
  const stamp = () =>
    boss
      .getDb()
      .executeSql(
        `UPDATE ${JOBS_SCHEMA}.job SET output = jsonb_build_object('heartbeatOn', now())
          WHERE name = $1 AND id = $2 AND retry_count = $3 AND state = 'active'`,
        [queued.name, queued.id, queued.retryCount],
      )
      .catch(() => {});
  void stamp();
  const timer = setInterval(stamp, (heartbeatSeconds * 1000) / 2);
  return () => clearInterval(timer);
}

/** Fails (for a retry) the active attempts of these queues whose heartbeat lapsed. */
export async function failLapsed(boss: PgBoss, heartbeats: ReadonlyMap<string, number>): Promise<void> {
  for (const [name, seconds] of heartbeats) {
    const { rows } = await boss.getDb().executeSql(
      `SELECT id FROM ${JOBS_SCHEMA}.job
        WHERE name = $1 AND state = 'active'
          AND COALESCE((output ->> 'heartbeatOn')::timestamptz, started_on) < now() - make_interval(secs => $2)`,
      [name, seconds],
    );
    for (const { id } of rows as { id: string }[]) {
      await boss.fail(name, id, { message: `no heartbeat for ${seconds} s: worker gone` });
    }
  }
}
