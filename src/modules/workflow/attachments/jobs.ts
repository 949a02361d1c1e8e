import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition';
import { discardUnusedAttachments } from './discard-unused';

/** Daily: officers' uploads no action took within a week are dropped, with their files when nothing else holds them. */
export const discardUnusedAttachmentsJob = defineJob({
  name: 'workflow.discard-unused-attachments',
  label: '清理未提交的办理附件',
  description:
    '每日清理工作人员上传后7天内未随任何办理操作提交的附件；同一文件仍被材料或其他附件引用的，文件保留。',
  data: z.object({}),
  schedule: { cron: '40 0 * * *' },
  concurrency: 'single',
  run: async (deps, _data, context) => ({ ...(await discardUnusedAttachments(deps, context.startedAt)) }),
});
