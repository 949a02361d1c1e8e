import { z } from 'zod';
import type { Db } from '../../src/db/database';
import { defineJob, type RunContext, type RunSummary } from '../../src/modules/jobs/job-definition';
import type { JobsTuning } from '../../src/modules/jobs/pg-boss-jobs';

/** Job timings short enough for a test to see a schedule fire and a crashed attempt retried. */
export const TEST_JOB_TUNING: JobsTuning = {
  pollingIntervalSeconds: 0.5,
  maintenanceIntervalSeconds: 1,
  monitorIntervalSeconds: 1,
  cronWorkerIntervalSeconds: 1,
  cronMonitorIntervalSeconds: 1,
  stopTimeoutSeconds: 1,
};

export const SILENT_LOGGER = { error: () => {}, warn: () => {} };

/** Jobs made for the jobs module's own tests, with short heartbeats and no retry delay. */

type Handler = (context: RunContext) => Promise<RunSummary>;

/**
 * A scheduled job for the tests. Tests that let it run use a name of their own: occurrences
 * queued but not yet run when a test stops stay in that name's queue for the next start.
 */
export const scheduledProbe = (
  cron: string,
  handler: Handler = async () => ({ ok: true }),
  name = 'test.scheduled-probe',
) =>
  defineJob({
    name,
    label: '测试：定时任务',
    description: '按 cron 运行',
    data: z.object({}),
    schedule: { cron },
    run: (_deps, _data, context) => handler(context),
  });

export const retriedJob = (name: string, handler: Handler) =>
  defineJob({
    name,
    label: '测试：中断后重试',
    description: '第一次运行被中断，之后重试',
    data: z.object({ note: z.string() }),
    concurrency: 'standard',
    retryDelaySeconds: 0,
    heartbeatSeconds: 10,
    run: (_deps, _data, context) => handler(context),
  });

/** The runs logged for a job, oldest first. */
export function runsOf(db: Db, jobName: string) {
  return db
    .selectFrom('job_runs')
    .select(['attempt', 'trigger', 'outcome', 'summary', 'error'])
    .where('job_name', '=', jobName)
    .orderBy('id')
    .execute();
}

/** Polls until `check` gives a value (jobs run on their own time; the test waits, bounded). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  seconds = 30,
): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`nothing after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
