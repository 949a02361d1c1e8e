import { fromKysely, type Job, PgBoss, type Queue } from 'pg-boss';
import type { Tx } from '../../db/database';
import type { JobControl } from './job-control';
import { Envelope, JOB_TIME_ZONE, type JobDefinition, type JobDeps, type RunSummary } from './job-definition';
import { recordRun } from './job-runs';

/**
 * Background jobs on pg-boss, in the platform's own PostgreSQL (schema pgboss,
 * which pg-boss creates and migrates itself at start). Queues, schedules and
 * waiting jobs live in the database, so they outlive the process: a schedule
 * missed while the platform was down runs once at the next start, and an
 * attempt cut off by a crash is retried once its heartbeat lapses.
 */

export const JOBS_SCHEMA = 'pgboss';

export interface JobsLogger {
  error(detail: object, message: string): void;
  warn(detail: object, message: string): void;
}

/** Timings tests shorten; production keeps pg-boss's defaults. */
export interface JobsTuning {
  pollingIntervalSeconds?: number;
  superviseIntervalSeconds?: number;
  /** How often lapsed heartbeats and expired attempts are looked for; pg-boss's default is 60. */
  monitorIntervalSeconds?: number;
  cronWorkerIntervalSeconds?: number;
  cronMonitorIntervalSeconds?: number;
  /** How long a stop waits for running attempts before failing them back to the queue; default 20. */
  stopTimeoutSeconds?: number;
}

export interface StartJobsOptions {
  connectionString: string;
  deps: JobDeps;
  // biome-ignore lint/suspicious/noExplicitAny: the registry of every job, whatever its data.
  definitions: readonly JobDefinition<any>[];
  logger: JobsLogger;
  tuning?: JobsTuning;
}

function queueOptions(job: JobDefinition<unknown>): Omit<Queue, 'name'> {
  return {
    policy: job.concurrency === 'standard' ? 'standard' : 'stately',
    retryLimit: job.retryLimit ?? 3,
    retryDelay: job.retryDelaySeconds ?? 60,
    heartbeatSeconds: job.heartbeatSeconds ?? 30,
    expireInSeconds: job.expireInSeconds ?? 15 * 60,
  };
}

/** One attempt: the data checked, the handler run, the outcome logged in job_runs either way. */
async function runAttempt(deps: JobDeps, job: JobDefinition<unknown>, queued: Job<unknown>) {
  const startedAt = new Date();
  const envelope = Envelope.parse(queued.data);
  const attempt = queued.retryCount + 1;
  const run = { jobName: job.name, queueJobId: queued.id, attempt, trigger: envelope.trigger, startedAt };
  let summary: RunSummary;
  try {
    const data = job.data.parse(envelope.data);
    summary = await job.run(deps, data, { ...run, signal: queued.signal });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordRun(deps.db, { ...run, outcome: 'failed', summary: {}, error: message.slice(0, 2000) });
    throw error;
  }
  await recordRun(deps.db, { ...run, outcome: 'succeeded', summary, error: null });
  return summary;
}

/** The schedules in the database become exactly those the code defines. */
// biome-ignore lint/suspicious/noExplicitAny: the registry of every job, whatever its data.
async function syncSchedules(boss: PgBoss, definitions: readonly JobDefinition<any>[]): Promise<void> {
  const scheduled = definitions.filter((job) => job.schedule);
  for (const job of scheduled) {
    const envelope: Envelope = { trigger: 'schedule', data: job.schedule?.data ?? {} };
    await boss.schedule(job.name, job.schedule?.cron as string, envelope, {
      tz: JOB_TIME_ZONE,
      missed: 'once',
    });
  }
  for (const existing of await boss.getSchedules()) {
    if (!scheduled.some((job) => job.name === existing.name)) {
      await boss.unschedule(existing.name, existing.key || undefined);
    }
  }
}

export async function startJobs(options: StartJobsOptions): Promise<JobControl> {
  const { deps, definitions, logger, tuning = {} } = options;
  const { pollingIntervalSeconds = 2, stopTimeoutSeconds = 20, ...timings } = tuning;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOBS_SCHEMA,
    max: 4,
    application_name: 'yici-jobs',
    // pg-boss refuses a timing key present with no value, so only those given are passed.
    ...Object.fromEntries(Object.entries(timings).filter(([, value]) => value !== undefined)),
    // The platform reports its own health; no per-instance registry rows or telemetry spans.
    registerInstance: false,
    openTelemetry: { enabled: false },
  });
  boss.on('error', (error) => logger.error({ err: error }, 'background jobs: error'));
  boss.on('warning', (warning) => logger.warn({ warning }, 'background jobs: warning'));
  await boss.start();
  try {
    for (const job of definitions) {
      const queue = queueOptions(job);
      await boss.createQueue(job.name, queue);
      // A queue made by an earlier version keeps its policy; its retry and expiry follow the code.
      await boss.updateQueue(job.name, {
        retryLimit: queue.retryLimit,
        retryDelay: queue.retryDelay,
        expireInSeconds: queue.expireInSeconds,
      });
    }
    await syncSchedules(boss, definitions);
    for (const job of definitions) {
      await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds }, async ([queued]) =>
        queued ? runAttempt(deps, job, queued) : undefined,
      );
    }
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }

  return {
    definitions,
    running: true,
    send: (job, data, sendOptions = {}) => {
      const envelope: Envelope = { trigger: sendOptions.trigger ?? 'send', data: job.data.parse(data) };
      const tx: Tx | undefined = sendOptions.tx;
      return boss.send(job.name, envelope, tx ? { db: fromKysely(tx) } : {});
    },
    nextRuns: (job, count) =>
      job.schedule ? boss.previewSchedule(job.schedule.cron, { tz: JOB_TIME_ZONE, count }) : [],
    // Attempts still running after the timeout are failed now and retried by the next start.
    stop: () => boss.stop({ graceful: true, timeout: stopTimeoutSeconds * 1000 }),
  };
}
