import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  eventually,
  retriedJob,
  runsOf,
  SILENT_LOGGER,
  scheduledProbe,
  TEST_JOB_TUNING,
} from '../../../tests/support/job-fixtures';
import { setUpTestApp } from '../../../tests/support/test-app';
import { fileStoreIn } from '../materials/file-store';
import { Notifier } from '../notify/notifier';
import type { JobControl } from './job-control';
import type { JobDefinition } from './job-definition';
import { startJobs } from './pg-boss-jobs';

/** The jobs module on pg-boss against this file's own database: schedules, restarts, crashes. */
const t = setUpTestApp();
const started: JobControl[] = [];

// biome-ignore lint/suspicious/noExplicitAny: jobs of any data shape, as the platform registers them.
async function start(definitions: JobDefinition<any>[]): Promise<JobControl> {
  const jobs = await startJobs({
    connectionString: t.url,
    deps: { db: t.db, notifier: new Notifier(), files: fileStoreIn(t.config.dataDir) },
    definitions,
    logger: SILENT_LOGGER,
    tuning: TEST_JOB_TUNING,
  });
  started.push(jobs);
  return jobs;
}

afterEach(async () => {
  for (const jobs of started.splice(0)) await jobs.stop();
});

const schedulesIn = async () =>
  (
    await sql<{
      name: string;
      cron: string;
      timezone: string;
    }>`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`.execute(t.db)
  ).rows;

describe('background jobs on pg-boss', () => {
  it('runs a job when its cron comes due, in Asia/Shanghai, and logs the run', async () => {
    const everySecond = scheduledProbe(
      '* * * * * *',
      async (context) => ({ trigger: context.trigger }),
      'test.every-second-probe',
    );
    const jobs = await start([everySecond]);
    expect(await schedulesIn()).toEqual([
      { name: 'test.every-second-probe', cron: '* * * * * *', timezone: 'Asia/Shanghai' },
    ]);
    const [run] = await eventually(async () => {
      const runs = await runsOf(t.db, everySecond.name);
      return runs.length > 0 && runs;
    });
    expect(run).toMatchObject({
      trigger: 'schedule',
      attempt: 1,
      outcome: 'succeeded',
      summary: { trigger: 'schedule' },
    });
    // 00:10 in Shanghai is 16:10 UTC the day before.
    const daily = scheduledProbe('10 0 * * *');
    const [next] = jobs.nextRuns(daily, 1);
    expect(next?.toISOString()).toMatch(/T16:10:00\.000Z$/);
  });

  it('keeps schedules across a restart, once each, and drops those no job defines any more', async () => {
    const daily = scheduledProbe('10 0 * * *');
    const first = await start([daily]);
    await first.stop();
    expect(await schedulesIn()).toEqual([
      { name: 'test.scheduled-probe', cron: '10 0 * * *', timezone: 'Asia/Shanghai' },
    ]);
    await start([daily]);
    expect(await schedulesIn()).toHaveLength(1);
    await started.pop()?.stop();
    await start([]);
    expect(await schedulesIn()).toEqual([]);
  });

  it('runs a cron occurrence missed while the platform was down once at the next start', async () => {
    const daily = scheduledProbe('10 0 * * *', async (context) => ({ trigger: context.trigger }));
    await start([daily]);
    await started.pop()?.stop();
    // The schedule existed two days ago: the last 00:10 came while no process ran.
    await sql`UPDATE pgboss.schedule SET created_on = now() - interval '2 days'`.execute(t.db);
    await start([daily]);
    const [run] = await eventually(async () => {
      const runs = await runsOf(t.db, daily.name);
      return runs.length > 0 && runs;
    });
    expect(run).toMatchObject({ trigger: 'schedule', attempt: 1, outcome: 'succeeded' });
    await started.pop()?.stop();
    await start([daily]);
    await started.pop()?.stop();
    expect(await runsOf(t.db, daily.name)).toHaveLength(1);
  });

  it('starts on the schema a newer pg-boss left, made again with the schedules of the code', async () => {
    const daily = scheduledProbe('10 0 * * *');
    await start([daily]);
    await started.pop()?.stop();
    await sql`UPDATE pgboss.version SET version = 99`.execute(t.db);
    await start([daily]);
    const { rows } = await sql<{ version: number }>`SELECT version FROM pgboss.version`.execute(t.db);
    expect(rows[0]?.version).toBeLessThan(99);
    expect(await schedulesIn()).toEqual([
      { name: 'test.scheduled-probe', cron: '10 0 * * *', timezone: 'Asia/Shanghai' },
    ]);
  });

  it('retries an attempt that a stop cut off, after the restart', async () => {
    let attempts = 0;
    const job = retriedJob('test.restarted', async (context) => {
      attempts += 1;
      if (context.attempt === 1) {
        await new Promise((resolve) => context.signal.addEventListener('abort', resolve));
        throw new Error('stopped before finishing');
      }
      return { attempt: context.attempt };
    });
    const first = await start([job]);
    await first.send(job, { note: 'restart' });
    await eventually(async () => attempts === 1);
    await first.stop();
    started.pop();
    await start([job]);
    const runs = await eventually(async () => {
      const logged = await runsOf(t.db, job.name);
      return logged.some((run) => run.outcome === 'succeeded') && logged;
    });
    expect(runs.at(-1)).toMatchObject({ attempt: 2, trigger: 'send', outcome: 'succeeded' });
  });

  it('retries an attempt whose process was killed, once its heartbeat lapses', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/job-crash-child.ts', t.url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    await eventually(async () => output.includes('started'));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    // The killed attempt logged nothing; the job waits, active, with a heartbeat that no longer comes.
    const job = retriedJob('test.crashed', async (context) => ({ attempt: context.attempt }));
    expect(await runsOf(t.db, job.name)).toEqual([]);
    await start([job]);
    const [run] = await eventually(async () => {
      const logged = await runsOf(t.db, job.name);
      return logged.length > 0 && logged;
    }, 60);
    expect(run).toMatchObject({ attempt: 2, outcome: 'succeeded', summary: { attempt: 2 } });
  }, 90_000);
});
