import { createRequire } from 'node:module';
import { CompiledQuery, sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { Db, Tx } from '../../db/database';
import { nextOccurrences } from './cron';
import { beat, DEFAULT_HEARTBEAT_SECONDS, failLapsed } from './heartbeat';
import type { JobControl } from './job-control';
import { Envelope, JOB_TIME_ZONE, type JobDefinition, type JobDeps, type RunSummary } from './job-definition';
import { recordRun } from './job-runs';
import { JOBS_SCHEMA } from './jobs-schema';
import { runMissedOnce } from './missed-schedules';

/**
 * Background jobs on pg-boss, in the platform's own PostgreSQL (schema pgboss,
 * which pg-boss creates and migrates itself at start). Queues, schedules and
 * waiting jobs live in the database, so they outlive the process: a schedule
 * missed while the platform was down runs once at the next start, and an
 * attempt cut off by a crash is retried once its heartbeat lapses.
 */

/** The version of its schema this pg-boss makes and reads. */
const SUPPORTED_SCHEMA_VERSION: number = createRequire(import.meta.url)('pg-boss/version.json').schema;

export interface JobsLogger {
  error(detail: object, message: string): void;
  warn(detail: object, message: string): void;
}

/** Timings tests shorten; production keeps the defaults. */
export interface JobsTuning {
  pollingIntervalSeconds?: number;
  /** How often pg-boss's maintenance fails expired attempts; pg-boss's default is 120. */
  maintenanceIntervalSeconds?: number;
  /** How often lapsed heartbeats are looked for; default 60. */
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

function queueOptions(job: JobDefinition<unknown>): PgBoss.Queue {
  return {
    name: job.name,
    policy: job.concurrency === 'standard' ? 'standard' : 'stately',
    retryLimit: job.retryLimit ?? 3,
    retryDelay: job.retryDelaySeconds ?? 60,
    expireInSeconds: job.expireInSeconds ?? 15 * 60,
  };
}

/** The running attempts of this process, each with the controller of its `signal`. */
type Running = Set<AbortController>;

/**
 * One attempt: the data checked, the handler run (its row stamped with heartbeats, its signal
 * aborted at its expiry or when a stop stops waiting), the outcome logged in job_runs either way.
 */
async function runAttempt(
  boss: PgBoss,
  deps: JobDeps,
  job: JobDefinition<unknown>,
  queued: PgBoss.JobWithMetadata<unknown>,
  running: Running,
) {
  const startedAt = new Date();
  const envelope = Envelope.parse(queued.data);
  const attempt = queued.retryCount + 1;
  const run = { jobName: job.name, queueJobId: queued.id, attempt, trigger: envelope.trigger, startedAt };
  const controller = new AbortController();
  running.add(controller);
  // pg-boss 10 gives the expiry as a numeric string.
  const expiry = setTimeout(() => controller.abort(), Number(queued.expireInSeconds) * 1000);
  const stopBeating = beat(boss, queued, job.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS);
  let summary: RunSummary;
  try {
    const data = job.data.parse(envelope.data);
    summary = await job.run(deps, data, { ...run, signal: controller.signal });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordRun(deps.db, { ...run, outcome: 'failed', summary: {}, error: message.slice(0, 2000) });
    throw error;
  } finally {
    stopBeating();
    clearTimeout(expiry);
    running.delete(controller);
  }
  await recordRun(deps.db, { ...run, outcome: 'succeeded', summary, error: null });
  return summary;
}

/** pg-boss sends inside the operation's transaction through this adapter. */
const inTransaction = (tx: Tx): PgBoss.Db => ({
  executeSql: async (text, values) => ({
    rows: (await tx.executeQuery(CompiledQuery.raw(text, values))).rows,
  }),
});

/**
 * Its schema as a newer pg-boss left it (12.x, which the platform ran before decision 0029) is
 * one pg-boss 10 cannot read: it is dropped, and pg-boss makes its own again at start. What it
 * held is made again too (queues and schedules come from the code) or is kept elsewhere (every
 * finished run in job_runs); only a manual run queued and not yet run is lost.
 */
async function dropNewerJobsSchema(db: Db, logger: JobsLogger): Promise<void> {
  const versionTable = `${JOBS_SCHEMA}.version`;
  const { rows: present } = await sql<{ found: boolean }>`
    SELECT to_regclass(${versionTable}) IS NOT NULL AS found`.execute(db);
  if (!present[0]?.found) return;
  const { rows } = await sql<{ version: number }>`SELECT version FROM ${sql.table(versionTable)}`.execute(db);
  const found = rows[0]?.version;
  if (found === undefined || found <= SUPPORTED_SCHEMA_VERSION) return;
  logger.warn(
    { found, supported: SUPPORTED_SCHEMA_VERSION },
    'background jobs: schema of a newer pg-boss dropped',
  );
  await sql`DROP SCHEMA IF EXISTS ${sql.id(JOBS_SCHEMA)} CASCADE`.execute(db);
}

/** The schedules in the database become exactly those the code defines. */
// biome-ignore lint/suspicious/noExplicitAny: the registry of every job, whatever its data.
async function syncSchedules(boss: PgBoss, definitions: readonly JobDefinition<any>[]): Promise<void> {
  const scheduled = definitions.filter((job) => job.schedule);
  for (const job of scheduled) {
    const envelope: Envelope = { trigger: 'schedule', data: job.schedule?.data ?? {} };
    await boss.schedule(job.name, job.schedule?.cron as string, envelope, { tz: JOB_TIME_ZONE });
  }
  for (const existing of await boss.getSchedules()) {
    if (!scheduled.some((job) => job.name === existing.name)) await boss.unschedule(existing.name);
  }
}

export async function startJobs(options: StartJobsOptions): Promise<JobControl> {
  const { deps, definitions, logger, tuning = {} } = options;
  const {
    pollingIntervalSeconds = 2,
    stopTimeoutSeconds = 20,
    monitorIntervalSeconds = 60,
    ...timings
  } = tuning;
  await dropNewerJobsSchema(deps.db, logger);
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOBS_SCHEMA,
    max: 4,
    application_name: 'yici-jobs',
    // pg-boss refuses a timing key present with no value, so only those given are passed.
    ...Object.fromEntries(Object.entries(timings).filter(([, value]) => value !== undefined)),
  });
  boss.on('error', (error) => logger.error({ err: error }, 'background jobs: error'));
  const running: Running = new Set();
  const heartbeats = new Map(
    definitions.map((job) => [job.name, job.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS]),
  );
  let monitor: NodeJS.Timeout | undefined;
  await boss.start();
  try {
    for (const job of definitions) {
      const queue = queueOptions(job);
      await boss.createQueue(job.name, queue);
      // A queue made by an earlier version follows the code: policy, retries and expiry.
      await boss.updateQueue(job.name, queue);
    }
    await syncSchedules(boss, definitions);
    for (const job of definitions) {
      await boss.work(
        job.name,
        { batchSize: 1, pollingIntervalSeconds, includeMetadata: true },
        async ([queued]) => (queued ? runAttempt(boss, deps, job, queued, running) : undefined),
      );
    }
    await runMissedOnce(boss, deps.db, definitions);
    monitor = setInterval(
      () =>
        failLapsed(boss, heartbeats).catch((error) => logger.error({ err: error }, 'background jobs: error')),
      monitorIntervalSeconds * 1000,
    );
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
      return boss.send(job.name, envelope, tx ? { db: inTransaction(tx) } : {});
    },
    nextRuns: (job, count) => (job.schedule ? nextOccurrences(job.schedule.cron, count) : []),
    stop: async () => {
      clearInterval(monitor);
      // Attempts still running after the timeout are told to stop (their signal), and a second
      // later pg-boss fails what is left back to the queue; the next start retries them.
      const cutOff = setTimeout(() => {
        for (const controller of running) controller.abort();
      }, stopTimeoutSeconds * 1000);
      try {
        await boss.stop({ graceful: true, timeout: (stopTimeoutSeconds + 1) * 1000 });
      } finally {
        clearTimeout(cutOff);
      }
    },
  };
}
