import { z } from 'zod';
import { int4, int4Text } from '../../server/int-schemas';
import {
  DEFAULT_VERIFICATION_DAYS,
  MAX_EXTENSION_DAYS,
  SPECIAL_PROCEDURES,
  type SpecialProcedure,
} from '../../shared/clock-terms';
import { ActionAct, AttachmentIds } from './schemas';

/** The bodies and queries of a case's clock: stops, corrections, extensions, verification requests. */

const procedures = Object.keys(SPECIAL_PROCEDURES) as [SpecialProcedure, ...SpecialProcedure[]];

export const SuspendBody = ActionAct.extend({
  kind: z
    .enum(procedures, '请选择特别程序的类型')
    .describe('听证、招标拍卖、检验、检测、检疫、鉴定、专家评审'),
  note: z.string().trim().min(2, '请说明特别程序的内容（至少2个字）').max(500),
});
export type SuspendBody = z.infer<typeof SuspendBody>;

export const ResumeBody = ActionAct.extend({
  note: z.string().trim().min(2, '请填写特别程序的结果（至少2个字）').max(500),
});
export type ResumeBody = z.infer<typeof ResumeBody>;

export const CorrectionBody = ActionAct.extend({
  corrections: z
    .array(z.string().trim().min(2, '每项补正内容至少2个字').max(200))
    .min(1, '请列出需要申请人补正的内容')
    .max(20)
    .describe('需要申请人补正的每一项内容'),
  note: z.string().trim().max(500).default('').describe('给申请人的说明'),
});
export type CorrectionBody = z.infer<typeof CorrectionBody>;

export const ExtensionBody = ActionAct.extend({
  workingDays: z
    .number()
    .int()
    .min(1, '延长的工作日数至少为1')
    .max(MAX_EXTENSION_DAYS, `延长期限不得超过${MAX_EXTENSION_DAYS}个工作日（《行政许可法》第四十二条）`)
    .default(MAX_EXTENSION_DAYS),
  reason: z.string().trim().min(5, '请写明延期的理由（至少5个字），将书面告知申请人').max(1000),
});
export type ExtensionBody = z.infer<typeof ExtensionBody>;

export const VerificationBody = ActionAct.extend({
  toDepartmentId: z.uuid('请选择核验部门'),
  question: z.string().trim().min(5, '请写明需要核实的事项（至少5个字）').max(1000),
  materialIds: z.array(z.uuid('材料编号格式不正确')).max(10, '最多附10份材料').default([]),
  workingDays: int4().min(1, '答复期限至少1个工作日').max(20).default(DEFAULT_VERIFICATION_DAYS),
});
export type VerificationBody = z.infer<typeof VerificationBody>;

export const ExtensionDecisionBody = z.object({
  note: z.string().trim().max(500).default('').describe('审批意见'),
});
export type ExtensionDecisionBody = z.infer<typeof ExtensionDecisionBody>;

export const ExtensionRejectionBody = z.object({
  note: z.string().trim().min(2, '请写明不批准的理由（至少2个字）').max(500),
});

export const VerificationAnswerBody = z
  .object({
    result: z.enum(['confirmed', 'not_confirmed'], '请选择核验结论'),
    note: z.string().trim().max(1000).default(''),
    attachmentIds: AttachmentIds.describe(
      '随回复提交的附件（先上传到 /api/verifications/:id/attachments），如户籍登记页照片',
    ),
  })
  .refine((body) => body.result === 'confirmed' || body.note.length >= 2, {
    path: ['note'],
    message: '不属实或无法核实时，请写明情况（至少2个字）',
  });
export type VerificationAnswerBody = z.infer<typeof VerificationAnswerBody>;

const answerFields = {
  answer: z.string().trim().max(2000).default('').describe('补正说明'),
  materialIds: z.array(z.uuid('材料编号格式不正确')).max(20, '最多附20份材料').default([]),
};
const hasAnswer = (body: { answer: string; materialIds: string[] }) =>
  body.answer.length >= 2 || body.materialIds.length > 0;
const answerMissing = { path: ['answer'], message: '请填写补正说明（至少2个字）或附上补正的材料' };

export const CorrectionAnswerBody = z.object(answerFields).refine(hasAnswer, answerMissing);
export type CorrectionAnswerBody = z.infer<typeof CorrectionAnswerBody>;

export const WindowCorrectionAnswerBody = z
  .object({ ...answerFields, windowId: z.uuid('请选择受理窗口') })
  .refine(hasAnswer, answerMissing);
export type WindowCorrectionAnswerBody = z.infer<typeof WindowCorrectionAnswerBody>;

export const RecordParams = z.object({ id: z.uuid('编号格式不正确') });
export const CaseCorrectionParams = z.object({
  id: z.uuid('办件编号格式不正确'),
  correctionId: z.uuid('补正编号格式不正确'),
});
export const FileParams = z.object({
  id: z.uuid('编号格式不正确'),
  materialId: z.uuid('材料编号格式不正确'),
});

const paging = {
  page: int4Text().min(1).max(10_000).default(1),
  pageSize: int4Text().min(1).max(100).default(20),
};

export const VerificationsQuery = z.object({
  box: z
    .enum(['incoming', 'outgoing'])
    .default('incoming')
    .describe('incoming 请本部门核验 | outgoing 本部门发出'),
  state: z.enum(['open', 'answered']).default('open'),
  ...paging,
});
export type VerificationsQuery = z.infer<typeof VerificationsQuery>;

export const ExtensionsQuery = z.object({
  state: z.enum(['requested', 'approved', 'rejected']).default('requested'),
  ...paging,
});
export type ExtensionsQuery = z.infer<typeof ExtensionsQuery>;
