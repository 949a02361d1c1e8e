import { z } from 'zod';
import { int4Text } from '../../server/int-schemas';

export const WarningQuery = z.object({
  level: z.enum(['yellow', 'red']).optional().describe('黄牌 | 红牌'),
  departmentId: z.uuid('部门编号格式不正确').optional(),
  since: z.iso.date('日期格式应为 yyyy-mm-dd').optional().describe('自该日起发出的预警'),
  page: int4Text().min(1).max(10_000).default(1),
  pageSize: int4Text().min(1).max(100).default(20),
});
export type WarningQuery = z.infer<typeof WarningQuery>;

export const DepartmentWarnings = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  yellow: z.number(),
  red: z.number(),
});

export const WarningEntry = z.object({
  id: z.number(),
  level: z.enum(['yellow', 'red']),
  reason: z.enum(['share_left', 'overdue', 'step_overdue']),
  dueAt: z.string(),
  raisedAt: z.string().describe('发出时间，精确到秒'),
  notified: z.array(z.string()).describe('已告知的人员'),
  caseId: z.string(),
  caseNumber: z.string(),
  caseStatus: z.string(),
  itemName: z.string(),
  departmentName: z.string(),
  stepName: z.string().nullable(),
  stillOpen: z.boolean().describe('所预警的环节或办件仍在办理'),
});
