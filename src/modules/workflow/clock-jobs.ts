import { z } from 'zod';
import type { Tx } from '../../db/database';
import type { JobControl } from '../jobs/job-control';
import { defineJob } from '../jobs/job-definition';
import { correctProvisionalDeadlines } from './correct-provisional';

/**
 * Provisional deadlines (counted into a year without a loaded holiday schedule,
 * decision 0028) are counted again whenever an administrator changes the
 * calendar (queued in that change's transaction) and every night besides, so a
 * change made by a process that runs no jobs, or a year a newer chinese-days
 * package brought at start, is caught the same night.
 */
export const correctProvisionalDeadlinesJob = defineJob({
  name: 'workflow.correct-provisional-deadlines',
  label: '按节假日安排校正暂估期限',
  description:
    '工作日历变更（导入全年安排或修改某天）后，以及每日凌晨：重新计算跨入尚未公布节假日安排年份的办件和待办期限，期限变动的告知申请人和经办人。',
  data: z.object({}),
  schedule: { cron: '50 0 * * *' },
  concurrency: 'single',
  run: async (deps, _data, context) => {
    const { checked, moved } = await correctProvisionalDeadlines(deps, context.startedAt);
    return { checked, moved: moved.length, caseNumbers: moved.slice(0, 50) };
  },
});

/** The calendar's hook: a change queues the correction in its own transaction (when this process runs jobs). */
export function correctionOnCalendarChange(jobs: JobControl) {
  return async (tx: Tx): Promise<void> => {
    if (jobs.running) await jobs.send(correctProvisionalDeadlinesJob, {}, { tx });
  };
}
