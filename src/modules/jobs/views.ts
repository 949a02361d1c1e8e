import { z } from 'zod';

/** Replies of the background jobs API (routes.ts); the staff app reads its types from here. */

export const JobRun = z.object({
  id: z.number(),
  attempt: z.number(),
  trigger: z.enum(['schedule', 'manual', 'send']),
  startedAt: z.string(),
  finishedAt: z.string(),
  outcome: z.enum(['succeeded', 'failed']),
  summary: z.record(z.string(), z.unknown()).describe('本次做了什么（办件编号等，不含个人信息）'),
  error: z.string().nullable(),
});

export const JobView = z.object({
  name: z.string(),
  label: z.string(),
  description: z.string(),
  cron: z.string().nullable().describe('定时规则（cron，Asia/Shanghai）'),
  timeZone: z.string(),
  nextRuns: z.array(z.string()).describe('接下来的运行时间（本实例未启用后台任务时为空）'),
  runs: z.array(JobRun).describe('最近的运行记录，新的在前'),
});

export const JobList = z.object({
  running: z.boolean().describe('本实例是否运行后台任务（JOBS）'),
  items: z.array(JobView),
});
