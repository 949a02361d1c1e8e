import { z } from 'zod';
import { int4, int4Text } from '../../server/int-schemas';
import { APPLICANT_KINDS, CASE_STATUSES, MATERIAL_STATES } from '../../shared/case-terms';
import { ownerNumberProblem } from '../../shared/material-files';
import { MOBILE_PATTERN } from '../../shared/phone';
import { ChosenItemIds } from '../catalog/schemas';
import { DeliveryChoice } from './delivery/choice-schema';

/** Request bodies of the case API; the checks that need the database are in the operations. */

const keys = <T extends Record<string, unknown>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

const isoDate = z.iso.date('日期格式应为 yyyy-mm-dd');
const phone = z.string().trim().regex(MOBILE_PATTERN, '应为11位手机号码');

/** The applicant by citizen ID number or credit code; the message says which check failed. */
export const Applicant = z
  .object({
    kind: z
      .enum(keys(APPLICANT_KINDS))
      .describe('person 自然人（身份证号码）；enterprise 法人（统一社会信用代码）'),
    number: z.string().trim().toUpperCase().max(18, '证件号码应为18位'),
    name: z.string().trim().min(1).max(100).optional(),
    phone: phone.optional(),
    regionCode: z
      .string()
      .regex(/^\d{6}(\d{3}){0,2}$/, '区划代码应为6、9或12位数字')
      .optional()
      .describe('申请人户籍地（或居住地、住所地）区划代码；人口与法人库中查不到时填写'),
  })
  .superRefine((applicant, ctx) => {
    const problem = ownerNumberProblem(applicant.kind === 'person' ? '111' : '001', applicant.number);
    if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: problem });
  });

/** A private person applying on the applicant's behalf (代办人). */
export const Agent = z
  .object({
    name: z.string().trim().min(2).max(30),
    idNumber: z.string().trim().toUpperCase().max(18).optional(),
  })
  .superRefine((agent, ctx) => {
    const problem = agent.idNumber ? ownerNumberProblem('111', agent.idNumber) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
  });

const entryStates = keys(MATERIAL_STATES).filter((state) => state !== 'promised') as [
  Exclude<keyof typeof MATERIAL_STATES, 'promised'>,
  ...Exclude<keyof typeof MATERIAL_STATES, 'promised'>[],
];

export const MaterialEntry = z.object({
  key: z.string().trim().min(1).max(40),
  state: z
    .enum(entryStates)
    .describe(
      'provided 已提交；defective 不符合要求（须写原因）；missing 缺少；reused_material 材料库复用；reused_certificate 电子证照；not_applicable 不适用（仅限非必要材料）',
    ),
  reason: z.string().trim().max(300).optional(),
  materialId: z.uuid('材料编号格式不正确').optional(),
  certificateId: z.uuid('证照编号格式不正确').optional(),
  newSubmission: z.boolean().optional().describe('申请人换交了一份新的材料'),
});

const formData = z.record(z.string().max(40), z.string().max(2000)).default({});

/** What staff give for any application (one item, or a bundle's merged form and list). */
const StaffApplication = z.object({
  channel: z.enum(['window', 'phone', 'agent']).default('window'),
  windowId: z.uuid('窗口编号格式不正确').optional().describe('受理窗口；窗口和电话受理必填'),
  applicant: Applicant,
  agent: Agent.optional(),
  formData,
  materials: z.array(MaterialEntry).max(100).default([]),
  delivery: DeliveryChoice.optional().describe('办理结果领取方式；不填为窗口领取'),
});

function windowNamed(body: { channel: string; windowId?: string | undefined }, ctx: z.RefinementCtx) {
  if (body.channel !== 'agent' && !body.windowId) {
    ctx.addIssue({ code: 'custom', path: ['windowId'], message: '请选择受理窗口' });
  }
}

const bundleId = z.uuid('“一件事”编号格式不正确');

export const StartCaseBody = StaffApplication.extend({ itemId: z.uuid('事项编号格式不正确') }).superRefine(
  windowNamed,
);
export type StartCaseBody = z.infer<typeof StartCaseBody>;

/** A bundle (一件事) applied for at a window: the merged form and material list, answered once. */
export const StartJointBody = StaffApplication.extend({ bundleId, itemIds: ChosenItemIds }).superRefine(
  windowNamed,
);
export type StartJointBody = z.infer<typeof StartJointBody>;

/** What a resident gives for any online application. */
const OnlineApplication = z.object({
  phone: phone.optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3}){0,2}$/, '区划代码应为6、9或12位数字')
    .optional(),
  formData,
  materials: z
    .array(MaterialEntry.extend({ state: z.enum(['provided', 'reused_material', 'reused_certificate']) }))
    .max(100)
    .default([]),
  delivery: DeliveryChoice.optional().describe('办理结果领取方式；不填为窗口领取'),
});

export const ApplyBody = OnlineApplication.extend({ itemId: z.uuid('事项编号格式不正确') });
export type ApplyBody = z.infer<typeof ApplyBody>;

export const ApplyJointBody = OnlineApplication.extend({ bundleId, itemIds: ChosenItemIds });
export type ApplyJointBody = z.infer<typeof ApplyJointBody>;

/** Every act on a case names the version the actor saw, and the window when at one. */
export const Act = z.object({
  version: int4().min(1).describe('操作人看到的办件版本（rowVersion）；已被他人更新时返回409'),
  windowId: z.uuid('窗口编号格式不正确').optional(),
});
export type Act = z.infer<typeof Act>;

export const RecordMaterialsBody = Act.extend({
  materials: z.array(MaterialEntry).min(1, '请至少登记一项材料').max(100),
  visit: z
    .boolean()
    .default(false)
    .describe('申请人本次到窗口（计入跑动次数）；同一办件同一天（北京时间）只计一次，除非 newArrival'),
  newArrival: z
    .boolean()
    .default(false)
    .describe('申请人当天离开后又再次到窗口：即使当天已计过一次，也再计一次跑动（须同时 visit）'),
});
export type RecordMaterialsBody = z.infer<typeof RecordMaterialsBody>;

/** A scan at the window is multipart: the file beside these text fields (Act's, as text). */
export const ScanFields = Act.extend({
  version: int4Text().min(1).describe('操作人看到的办件版本（rowVersion）'),
});
export const CaseMaterialParams = z.object({
  id: z.uuid('办件编号格式不正确'),
  key: z.string().trim().min(1).max(40).describe('材料清单中的材料代码'),
});
export const PaperParams = z.object({
  id: z.uuid('办件编号格式不正确'),
  materialId: z.uuid('材料编号格式不正确'),
});

export const AcceptBody = Act;

export const IdentityCheckBody = Act.extend({
  idCardChecked: z
    .literal(true, '请确认已查验申请人身份证原件')
    .describe('已查验申请人身份证原件，与申请人一致'),
});
export type IdentityCheckBody = z.infer<typeof IdentityCheckBody>;

export const CorrectFormBody = Act.extend({
  formData: z.record(z.string().max(40), z.string().max(2000)).describe('更正后的整张申请表（字段键 → 值）'),
});
export type CorrectFormBody = z.infer<typeof CorrectFormBody>;

export const TolerantBody = Act.extend({
  commitments: z
    .array(z.object({ key: z.string().trim().min(1).max(40), due: isoDate }))
    .min(1, '请至少选择一项容缺材料')
    .max(50),
  commitmentText: z.string().trim().min(10).max(1000).optional(),
  signed: z.literal(true, '须由申请人签署容缺承诺书'),
});
export type TolerantBody = z.infer<typeof TolerantBody>;

export const RefuseBody = Act.extend({
  reasons: z.array(z.string().trim().min(2).max(500)).min(1, '请写明不予受理的理由').max(20),
  legalBasis: z.string().trim().max(500).default(''),
});
export type RefuseBody = z.infer<typeof RefuseBody>;

export const CompleteBody = Act.extend({
  resultNumber: z.string().trim().min(1).max(60).optional().describe('办理结果编号，如老年优待证号'),
  replaceHeld: z
    .boolean()
    .default(false)
    .describe(
      '申请人已持有同类有效证照、证照类型规则为“询问”时：true 换发（原证以“换发”撤销）；不填则返回409 CERTIFICATE_HELD 询问',
    ),
  note: z.string().trim().max(500).default(''),
});
export type CompleteBody = z.infer<typeof CompleteBody>;

export const PaperSentBody = Act.extend({ trackingNumber: z.string().trim().min(4).max(40) });
export type PaperSentBody = z.infer<typeof PaperSentBody>;

export const CaseParams = z.object({ id: z.uuid('办件编号格式不正确') });
export const DocumentParams = CaseParams.extend({ documentId: z.uuid('文书编号格式不正确') });
export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().describe('同一申请重试时带相同的键，返回同一办件'),
});
export const PublicParams = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, '查询码不正确') });

export const PageQuery = z.object({
  page: int4Text().min(1).max(500).default(1),
  pageSize: int4Text().min(1).max(100).default(20),
});

export const CaseListQuery = PageQuery.extend({
  status: z.enum(keys(CASE_STATUSES)).optional(),
  q: z.string().trim().max(40).optional().describe('办件编号（或其一部分）'),
});

/** One applicant's cases: the number travels in the body, so it stays out of URLs and access logs. */
export const CaseLookupBody = CaseListQuery.extend({
  applicantNumber: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, '请填写申请人身份证号码或统一社会信用代码')
    .max(18)
    .describe('申请人身份证号码或统一社会信用代码（完整）'),
});
