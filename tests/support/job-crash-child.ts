import { createDb } from '../../src/db/database';
import { startJobs } from '../../src/modules/jobs/pg-boss-jobs';
import { Notifier } from '../../src/modules/notify/notifier';
import { retriedJob, SILENT_LOGGER, TEST_JOB_TUNING } from './job-fixtures';

/**
 * A platform process that takes a job and never finishes it, for the crash test
 * (src/modules/jobs/pg-boss-jobs.test.ts kills it with SIGKILL once it says "started").
 */
const url = process.argv[2] as string;
const job = retriedJob('test.crashed', async () => {
  process.stdout.write('started\n');
  return await new Promise<never>(() => {});
});
const jobs = await startJobs({
  connectionString: url,
  deps: { db: createDb(url, { max: 2 }), notifier: new Notifier() },
  definitions: [job],
  logger: SILENT_LOGGER,
  tuning: TEST_JOB_TUNING,
});
await jobs.send(job, { note: 'crash' });
