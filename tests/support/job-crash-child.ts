import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb } from '../../src/db/database';
import { startJobs } from '../../src/modules/jobs/pg-boss-jobs';
import { fileStoreIn } from '../../src/modules/materials/file-store';
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
  // The crashing job touches no file, and the store makes no folder until a file is kept.
  deps: {
    db: createDb(url, { max: 2 }),
    notifier: new Notifier(),
    files: fileStoreIn(path.join(tmpdir(), 'yici-job-crash-child')),
  },
  definitions: [job],
  logger: SILENT_LOGGER,
  tuning: TEST_JOB_TUNING,
});
await jobs.send(job, { note: 'crash' });
