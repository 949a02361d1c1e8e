import type { Config } from '../config';
import { deemOverdueApplicationsJob, terminateOverdueCommitmentsJob } from '../modules/cases/jobs';
import { type JobControl, jobsOff } from '../modules/jobs/job-control';
import type { JobDeps } from '../modules/jobs/job-definition';
import { type JobsLogger, type JobsTuning, startJobs } from '../modules/jobs/pg-boss-jobs';
import { sweepWarningsJob } from '../modules/supervision/jobs';
import { discardUnusedAttachmentsJob } from '../modules/workflow/attachments/jobs';
import { correctProvisionalDeadlinesJob } from '../modules/workflow/clock-jobs';

/** Every background job of the platform, as app.ts lists every route plugin. */
export const PLATFORM_JOBS = [
  terminateOverdueCommitmentsJob,
  deemOverdueApplicationsJob,
  sweepWarningsJob,
  discardUnusedAttachmentsJob,
  correctProvisionalDeadlinesJob,
];

/** The platform's jobs started on its database when the config says so (JOBS=1), else only known. */
export async function openPlatformJobs(
  config: Config,
  connectionString: string,
  deps: JobDeps,
  logger: JobsLogger,
  tuning?: JobsTuning,
): Promise<JobControl> {
  if (!config.jobs) return jobsOff(PLATFORM_JOBS);
  return await startJobs({ connectionString, deps, definitions: PLATFORM_JOBS, logger, tuning });
}
