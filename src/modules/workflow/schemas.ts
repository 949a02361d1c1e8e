import { z } from 'zod';
import { int4, int4Text } from '../../server/int-schemas';

/** Every action names the task version its actor saw (optimistic concurrency) and carries an opinion (审批意见). */
export const TaskAct = z.object({
  version: int4().min(1).describe('看到的待办版本号'),
});
export type TaskAct = z.infer<typeof TaskAct>;

/** An action that goes into the case's history may carry the officer's attachments (uploaded for the case first). */
export const AttachmentIds = z
  .array(z.uuid('附件编号格式不正确'))
  .max(10, '每次操作最多附10个附件')
  .optional()
  .describe('随本次操作提交的办理附件（先上传到 /api/tasks/:id/attachments）');

export const ActionAct = TaskAct.extend({ attachmentIds: AttachmentIds });

const opinion = z.string().trim().min(2, '请填写办理意见（至少2个字）').max(1000);

export const ApproveBody = ActionAct.extend({
  opinion,
  resultNumber: z.string().trim().min(1).max(60).optional().describe('最后环节：办理结果编号，如证照号'),
  replaceHeld: z
    .boolean()
    .default(false)
    .describe(
      '申请人已持有同类有效证照、证照类型规则为“询问”时：true 换发（原证以“换发”撤销）；不填则返回409 CERTIFICATE_HELD 询问',
    ),
});
export type ApproveBody = z.infer<typeof ApproveBody>;

export const ReturnBody = ActionAct.extend({
  toStep: z.string().min(1).max(40).describe('退回到的环节标识'),
  opinion,
});
export type ReturnBody = z.infer<typeof ReturnBody>;

export const DisapproveBody = ActionAct.extend({
  opinion,
  reasons: z.array(z.string().trim().min(2).max(500)).min(1, '请写明不予许可的理由').max(20),
  legalBasis: z.string().trim().max(500).default(''),
});
export type DisapproveBody = z.infer<typeof DisapproveBody>;

export const TransferBody = ActionAct.extend({
  departmentId: z.uuid('请选择转办的部门'),
  opinion,
});
export type TransferBody = z.infer<typeof TransferBody>;

export const ReassignBody = TaskAct.extend({
  assigneeId: z.uuid('请选择改派给的人员'),
  opinion: z.string().trim().max(1000).default(''),
});
export type ReassignBody = z.infer<typeof ReassignBody>;

export const TaskParams = z.object({ id: z.uuid('待办编号格式不正确') });

export const InboxQuery = z.object({
  box: z
    .enum(['mine', 'pool', 'backup', 'copied'])
    .default('mine')
    .describe('我的待办 | 部门待签收 | AB岗代办 | 抄送我的'),
  page: int4Text().min(1).max(10_000).default(1),
  pageSize: int4Text().min(1).max(100).default(20),
});
export type InboxQuery = z.infer<typeof InboxQuery>;
