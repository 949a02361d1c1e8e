import { z } from 'zod';
import type { Db } from '../../db/database';
import type { FileStore } from '../materials/file-store';
import type { Notifier } from '../notify/notifier';

/**
 * A background job as a module declares it: a name, what it is for, the shape
 * of its data, when it runs by itself (a cron in Asia/Shanghai) and the handler.
 * Delivery is at least once (a crashed or failed attempt runs again), so a
 * handler must be safe to repeat: re-check state under the row lock, and keep
 * "once each" effects behind a unique key in the module's own tables.
 */

/** Every schedule is read in the platform's zone (UTC+8, no daylight saving). */
export const JOB_TIME_ZONE = 'Asia/Shanghai';

/** What a handler may use. */
export interface JobDeps {
  db: Db;
  notifier: Notifier;
  /** Uploaded files (DATA_DIR/files). */
  files: FileStore;
}

/** How a run was started: its cron came due, an administrator asked for it, or a module queued it. */
export type JobTrigger = 'schedule' | 'manual' | 'send';

export interface RunContext {
  trigger: JobTrigger;
  /** 1 for the first attempt, 2 … for retries after a failure or a crash. */
  attempt: number;
  /** When the attempt started; a sweep uses it as its "now". */
  startedAt: Date;
  /** Aborted when the platform stops and the attempt did not finish in time (it is then retried). */
  signal: AbortSignal;
}

/** What a run did, for the administrators' job view: counts and case numbers, never personal data. */
export type RunSummary = Record<string, unknown>;

export interface JobDefinition<Data = unknown> {
  /** Also the pg-boss queue name: lower case, dot-separated module prefix (cases.deem-accepted). */
  name: string;
  /** Chinese name and purpose, as administrators see them. */
  label: string;
  description: string;
  data: z.ZodType<Data>;
  /** Runs by itself on this cron (5 fields, or 6 with seconds) in Asia/Shanghai, with `data` {} unless given. */
  schedule?: { cron: string; data?: Data };
  /**
   * `single` (sweeps): at most one waiting and one running, so a manual run and the cron never
   * overlap or pile up. `standard` (one job per thing, e.g. a notification): any number.
   */
  concurrency?: 'single' | 'standard';
  /** Attempts after the first; default 3, a minute apart. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /**
   * A running attempt whose worker stops reporting for this long (process killed, machine lost)
   * is failed and retried. Default 30; at least 10.
   */
  heartbeatSeconds?: number;
  /** Longest an attempt may run before it is failed and retried. Default 15 minutes. */
  expireInSeconds?: number;
  run(deps: JobDeps, data: Data, context: RunContext): Promise<RunSummary>;
}

/** Declares a job; the type of `data` flows from the schema to the handler and to `send`. */
export function defineJob<Data>(definition: JobDefinition<Data>): JobDefinition<Data> {
  return definition;
}

/** What is stored in the queue: the job's data with how the run was started. */
export const Envelope = z.object({
  trigger: z.enum(['schedule', 'manual', 'send']),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof Envelope>;
