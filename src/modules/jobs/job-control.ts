import type { Tx } from '../../db/database';
import { AppError } from '../../server/errors';
import type { JobDefinition } from './job-definition';

/**
 * What the rest of the platform sees of background jobs: the jobs defined, and
 * whether this process runs them. Started by src/main.ts with JOBS=1 (the
 * default, pg-boss-jobs.ts); with JOBS=0 (tests, a process that only serves
 * requests) nothing is started and nothing can be queued.
 */
export interface JobControl {
  // A registry of jobs of any data shape; each entry keeps its own type where it is defined.
  // biome-ignore lint/suspicious/noExplicitAny: the list holds every job, whatever its data.
  readonly definitions: readonly JobDefinition<any>[];
  /** Whether this process runs the jobs and can queue them. */
  readonly running: boolean;
  /**
   * Queues a run of the job. With `tx`, the job is queued in that transaction: it exists if and
   * only if the operation commits. Null when a single-concurrency job already waits to run.
   */
  send<Data>(
    job: JobDefinition<Data>,
    data: Data,
    options?: { tx?: Tx; trigger?: 'send' | 'manual' },
  ): Promise<string | null>;
  /** The next times a scheduled job comes due (none when it has no schedule or jobs are off). */
  nextRuns(job: JobDefinition<unknown>, count: number): Date[];
  /** Finishes the attempts in progress (or gives them back to the queue), then closes. */
  stop(): Promise<void>;
}

export const jobsDisabled = () =>
  new AppError(409, 'JOBS_DISABLED', '本实例未启用后台任务（JOBS=0），不能排队执行任务');

/** Jobs off: the definitions are known (the administrators' view lists them), nothing runs. */
// biome-ignore lint/suspicious/noExplicitAny: see JobControl.definitions.
export function jobsOff(definitions: readonly JobDefinition<any>[]): JobControl {
  return {
    definitions,
    running: false,
    send: () => Promise.reject(jobsDisabled()),
    nextRuns: () => [],
    stop: () => Promise.resolve(),
  };
}

/** The data a run starts with when nobody gives any (a scheduled or manual run). */
export function defaultData<Data>(job: JobDefinition<Data>): Data {
  return job.schedule?.data ?? job.data.parse({});
}
