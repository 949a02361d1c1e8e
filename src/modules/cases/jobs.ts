import { z } from 'zod';
import { shanghaiDate } from '../calendar/rules/days';
import { defineJob } from '../jobs/job-definition';
import { terminateOverdueCommitments } from './commitments';
import { deemOverdueApplicationsAccepted } from './deemed-acceptance';

/** The daily jobs of intake, run just after midnight in Asia/Shanghai (docs/decisions/0015). */

/** 容缺受理's other half: cases whose promised materials were due before today are terminated. */
export const terminateOverdueCommitmentsJob = defineJob({
  name: 'cases.terminate-overdue-commitments',
  label: '终止逾期未补交容缺材料的办件',
  description: '每日检查容缺受理的办件：承诺补交的材料截至昨日仍未补交的，终止办理并出具终止办理通知书。',
  data: z.object({}),
  schedule: { cron: '10 0 * * *' },
  concurrency: 'single',
  run: async (deps, _data, context) => ({
    terminated: await terminateOverdueCommitments(deps, shanghaiDate(context.startedAt)),
  }),
});

/** 行政许可法第三十二条: applications not decided within five working days count as accepted. */
export const deemOverdueApplicationsJob = defineJob({
  name: 'cases.deem-overdue-applications-accepted',
  label: '逾期未作受理决定的申请视为受理',
  description:
    '每日检查网上、电话和代办员提交的申请：五个工作日内未受理、未一次性告知补正也未不予受理的，自提交之日起视为受理，出具受理通知书并告知申请人。',
  data: z.object({}),
  schedule: { cron: '20 0 * * *' },
  concurrency: 'single',
  run: async (deps, _data, context) => ({
    accepted: await deemOverdueApplicationsAccepted(deps, context.startedAt),
  }),
});
