import type { Db } from '../../db/database';
import type { JobTrigger, RunSummary } from './job-definition';

/** The log of finished attempts (job_runs), written outside the handler's own transactions. */

export interface FinishedRun {
  jobName: string;
  queueJobId: string;
  attempt: number;
  trigger: JobTrigger;
  startedAt: Date;
  outcome: 'succeeded' | 'failed';
  summary: RunSummary;
  error: string | null;
}

export async function recordRun(db: Db, run: FinishedRun): Promise<void> {
  await db
    .insertInto('job_runs')
    .values({
      job_name: run.jobName,
      queue_job_id: run.queueJobId,
      attempt: run.attempt,
      trigger: run.trigger,
      started_at: run.startedAt,
      finished_at: new Date(),
      outcome: run.outcome,
      summary: JSON.stringify(run.summary),
      error: run.error,
    })
    .execute();
}

export interface RunView {
  id: number;
  attempt: number;
  trigger: JobTrigger;
  startedAt: string;
  finishedAt: string;
  outcome: 'succeeded' | 'failed';
  summary: RunSummary;
  error: string | null;
}

/** The latest runs of one job, newest first (an index range scan). */
export async function recentRuns(db: Db, jobName: string, limit: number): Promise<RunView[]> {
  const rows = await db
    .selectFrom('job_runs')
    .selectAll()
    .where('job_name', '=', jobName)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: Number(row.id),
    attempt: row.attempt,
    trigger: row.trigger,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at.toISOString(),
    outcome: row.outcome,
    summary: row.summary,
    error: row.error,
  }));
}
