import { sql } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Db } from '../../db/database';
import { previousOccurrence } from './cron';
import type { Envelope, JobDefinition } from './job-definition';
import { JOBS_SCHEMA } from './jobs-schema';

/**
 * A cron occurrence missed while no platform process ran (the platform was down at 00:10) runs
 * once at the next start. pg-boss 10 only fires an occurrence in the minute it comes due, so
 * the start looks, for each scheduled job, at its last occurrence: when the schedule already
 * existed then, that was more than a minute ago (within the minute pg-boss fires it itself) and
 * nothing was queued or run for it since, one run is queued with the trigger `schedule`.
 */
export async function runMissedOnce(
  boss: PgBoss,
  db: Db,
  // biome-ignore lint/suspicious/noExplicitAny: the registry of every job, whatever its data.
  definitions: readonly JobDefinition<any>[],
  now = new Date(),
): Promise<string[]> {
  const caughtUp: string[] = [];
  for (const job of definitions) {
    if (!job.schedule) continue;
    const due = previousOccurrence(job.schedule.cron, now);
    if (now.getTime() - due.getTime() < 60_000) continue;
    const { rows } = await sql<{ existed: boolean; handled: boolean }>`
      SELECT EXISTS (SELECT 1 FROM ${sql.table(`${JOBS_SCHEMA}.schedule`)}
                      WHERE name = ${job.name} AND created_on < ${due}) AS existed,
             EXISTS (SELECT 1 FROM ${sql.table(`${JOBS_SCHEMA}.job`)}
                      WHERE name = ${job.name} AND data ->> 'trigger' = 'schedule' AND created_on >= ${due})
          OR EXISTS (SELECT 1 FROM job_runs
                      WHERE job_name = ${job.name} AND trigger = 'schedule' AND started_at >= ${due}) AS handled`.execute(
      db,
    );
    if (!rows[0]?.existed || rows[0].handled) continue;
    const envelope: Envelope = { trigger: 'schedule', data: job.schedule.data ?? {} };
    if (await boss.send(job.name, envelope)) caughtUp.push(job.name);
  }
  return caughtUp;
}
