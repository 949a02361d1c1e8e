import { z } from 'zod';
import { EXTENSION_STATES, SUSPENSION_KINDS, VERIFICATION_RESULTS } from '../../shared/clock-terms';
import { AttachmentView } from '../cases/views';

/** What the clock's routes answer (OpenAPI and the response shape). */

const keys = <T extends Record<string, unknown>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

const FileRef = z.object({ id: z.string(), name: z.string(), mimeType: z.string() });

export const SuspensionView = z.object({
  id: z.string(),
  kind: z.enum(keys(SUSPENSION_KINDS)),
  note: z.string(),
  corrections: z.array(z.string()),
  stepName: z.string(),
  documentId: z.string(),
  startedAt: z.string(),
  startedByName: z.string(),
  endedAt: z.string().nullable(),
  endedByName: z.string().nullable(),
  endNote: z.string().nullable(),
  answerChannel: z.enum(['online', 'window']).nullable(),
  answerFiles: z.array(FileRef),
  lostWorkingDays: z.number().describe('这段中止不计入期限的工作日数（进行中的算到今天）'),
});

export const ExtensionView = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  itemName: z.string(),
  stepName: z.string(),
  departmentName: z.string(),
  state: z.enum(keys(EXTENSION_STATES)),
  workingDays: z.number(),
  reason: z.string(),
  requestedAt: z.string(),
  requestedByName: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionNote: z.string().nullable(),
  legalDeadline: z.string().nullable().describe('办件当前的法定办结期限'),
  legalDeadlineBefore: z.string().nullable(),
  legalDeadlineAfter: z.string().nullable(),
  legalDeadlineIfApproved: z.string().nullable().describe('待审批的：今天批准后的法定办结期限'),
  documentId: z.string().nullable(),
});

export const VerificationView = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  itemName: z.string(),
  stepName: z.string(),
  fromDepartmentName: z.string(),
  toDepartmentName: z.string(),
  question: z.string(),
  files: z.array(FileRef),
  attachments: z.array(AttachmentView).describe('提问部门随请求提交的办理附件（现场照片等）'),
  answerAttachments: z.array(AttachmentView).describe('被请求部门随回复提交的附件'),
  workingDays: z.number(),
  askedAt: z.string(),
  askedByName: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  state: z.enum(['open', 'answered']),
  result: z.enum(keys(VERIFICATION_RESULTS)).nullable(),
  answerNote: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredByName: z.string().nullable(),
  mayAnswer: z.boolean(),
});

const Deadline = z.object({
  stored: z.string().nullable().describe('现在的期限'),
  projected: z.string().nullable().describe('中止计时期间：如今天恢复计时，期限将顺延到'),
});

export const TaskClockView = z.object({
  taskId: z.string(),
  version: z.number(),
  caseId: z.string(),
  caseNumber: z.string(),
  caseStatus: z.string(),
  stepName: z.string(),
  running: SuspensionView.nullable(),
  deadlines: z.object({ promised: Deadline, legal: Deadline, task: Deadline }),
  suspensions: z.array(SuspensionView),
  extensions: z.array(ExtensionView),
  verifications: z.array(VerificationView),
  caseFiles: z.array(FileRef).describe('本办件的材料文件，可附在核验请求中'),
  allowed: z.object({
    suspend: z.boolean(),
    resume: z.boolean(),
    correction: z.boolean(),
    extension: z.boolean(),
    verify: z.boolean(),
  }),
});

export const CorrectionView = z.object({
  id: z.string(),
  corrections: z.array(z.string()),
  note: z.string(),
  officeName: z.string(),
  documentId: z.string(),
  askedAt: z.string(),
  answeredAt: z.string().nullable(),
  answer: z.string().nullable(),
  answerChannel: z.enum(['online', 'window']).nullable(),
  answerFiles: z.array(FileRef),
});
