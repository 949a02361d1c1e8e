import { z } from 'zod';
import { AttachmentView } from '../cases/views';

const dueProvisional = z
  .boolean()
  .describe('时限跨入尚未公布节假日安排的年份：按法定节假日暂估，载入该年安排后自动校正');

const timeLeft = {
  dueAt: z.string(),
  overdue: z.boolean(),
  workingDaysLeft: z.number().describe('剩余工作日（0 = 今天到期，负数 = 已超期）'),
  workingSecondsLeft: z.number().describe('剩余工作时间（秒），用于倒计时'),
  clockStopped: z.boolean().describe('办件中止计时（特别程序或等待补正），时限不走'),
  counting: z.boolean().describe('此刻计时：未中止且今天是工作日；否则倒计时停住'),
};

export const InboxEntry = z.object({
  taskId: z.string(),
  version: z.number(),
  caseId: z.string(),
  caseNumber: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  stepKey: z.string(),
  stepName: z.string(),
  parallel: z.boolean().describe('并联审批环节'),
  departmentName: z.string(),
  assigneeName: z.string().nullable(),
  openedAt: z.string(),
  ...timeLeft,
  dueProvisional,
  takeover: z.boolean().describe('AB岗：A岗不在岗或已超过接管时限，B岗可以办理'),
});

export const TaskDetail = z.object({
  taskId: z.string(),
  version: z.number(),
  state: z.enum(['open', 'done', 'cancelled']),
  caseId: z.string(),
  caseNumber: z.string(),
  caseStatus: z.string(),
  regionCode: z.string().describe('办件属地区划（转办只能转给覆盖它的部门）'),
  itemName: z.string(),
  stepKey: z.string(),
  stepName: z.string(),
  lastStep: z.boolean(),
  resultType: z.string(),
  resultName: z.string(),
  openedAt: z.string(),
  limitDays: z.number(),
  ...timeLeft,
  dueProvisional,
  assigneeId: z.string().nullable(),
  mayClaim: z.boolean(),
  actions: z.array(z.string()),
  mayTransfer: z.boolean(),
  returnTargets: z.array(z.object({ key: z.string(), name: z.string() })),
  colleagues: z.array(z.object({ id: z.string(), name: z.string(), absent: z.boolean() })),
  route: z.array(
    z.object({
      taskId: z.string(),
      stepName: z.string(),
      state: z.string(),
      outcome: z.string().nullable(),
      opinion: z.string().nullable(),
      departmentName: z.string(),
      assigneeName: z.string().nullable(),
      closedByName: z.string().nullable(),
      openedAt: z.string(),
      dueAt: z.string(),
      closedAt: z.string().nullable(),
      attachments: z.array(AttachmentView).describe('该环节各操作提交的办理附件'),
    }),
  ),
});

export const TaskOutcomeView = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  caseStatus: z.string(),
  caseVersion: z.number(),
  openTaskIds: z.array(z.string()),
});
