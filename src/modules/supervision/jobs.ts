import { z } from 'zod';
import { defineJob } from '../jobs/job-definition';
import { sweepWarnings } from './sweep-warnings';

/** 电子监察: the warning sweep every five minutes, so a warning is raised within minutes of its moment. */
export const sweepWarningsJob = defineJob({
  name: 'supervision.sweep-warnings',
  label: '办理时限预警（黄牌、红牌）',
  description:
    '每5分钟检查在办的审批环节和办件：临近时限的发黄牌，超过时限的发红牌，各只发一次，告知经办人、部门领导，红牌同时告知电子监察人员。',
  data: z.object({}),
  schedule: { cron: '*/5 * * * *' },
  concurrency: 'single',
  run: async (deps, _data, context) => ({ ...(await sweepWarnings(deps, context.startedAt)) }),
});
