import { z } from 'zod';
import { CASE_ACTS } from '../../shared/case-lifecycle';
import {
  APPLICANT_KINDS,
  CASE_CHANNELS,
  CASE_EVENT_KINDS,
  CASE_STATUSES,
  DOCUMENT_KINDS,
  MATERIAL_STATES,
  ROUTING_BASES,
} from '../../shared/case-terms';
import { FormField } from '../catalog/item-content';
import { DeliveryView, PublicDelivery } from './delivery/views';

/** Response shapes of the case API (also the OpenAPI description). */

const keys = <T extends Record<string, unknown>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

export const Status = z.enum(keys(CASE_STATUSES));

/** An officer's attachment to a back-office action (staff only). */
export const AttachmentView = z.object({
  id: z.uuid(),
  name: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
});

export const TimelineEntry = z.object({
  kind: z.enum(keys(CASE_EVENT_KINDS)),
  label: z.string(),
  at: z.string().describe('ISO 时间，精确到秒'),
  status: Status,
  officeName: z.string().nullable(),
  place: z.string().nullable(),
  actorName: z.string().describe('公开页面和群众端为脱敏姓名'),
  channel: z.string(),
  stepName: z.string().nullable().describe('后台审批环节的名称（审批环节的记录才有）'),
  fields: z.array(z.string()).nullable().describe('更正申请表时改动的字段名称'),
  attachments: z
    .array(AttachmentView)
    .optional()
    .describe('随该操作提交的办理附件；仅工作人员端有，群众端和公开页面不给'),
});

export const DocumentSummary = z.object({
  id: z.uuid(),
  kind: z.enum(keys(DOCUMENT_KINDS)),
  number: z.string(),
  title: z.string(),
  issuedAt: z.string(),
  officeName: z.string(),
});

export const DocumentView = DocumentSummary.extend({
  issuedByName: z.string(),
  content: z.record(z.string(), z.unknown()).describe('出具时的全文快照，打印页面照此渲染'),
});

export const CaseMaterialView = z.object({
  key: z.string(),
  name: z.string(),
  required: z.boolean(),
  state: z.enum(keys(MATERIAL_STATES)),
  reason: z.string().nullable(),
  materialId: z.string().nullable(),
  certificateId: z.string().nullable(),
  promisedDue: z.string().nullable(),
  submittedAt: z.string().nullable(),
});

/** One material of the case with what shows it: its file (scan, upload or reused) or its electronic certificate. */
export const CasePaper = z.object({
  key: z.string(),
  name: z.string(),
  state: z.enum(keys(MATERIAL_STATES)),
  file: z
    .object({
      materialId: z.uuid(),
      mimeType: z.string(),
      sizeBytes: z.number(),
      source: z.enum(['window_scan', 'resident_upload', 'case']),
      createdAt: z.string(),
    })
    .nullable(),
  certificate: z
    .object({
      id: z.uuid(),
      typeName: z.string(),
      number: z.string().describe('监督查看时已脱敏'),
      holderName: z.string(),
      issuerName: z.string(),
      validUntil: z.string().nullable(),
      status: z.string(),
      verifyPath: z.string().nullable().describe('公开核验页面（/v/…）；监督查看时为空'),
    })
    .nullable(),
});

export const CasePapers = z.object({
  canOpen: z.boolean().describe('办理该办件的工作人员可以打开文件；监督查看只见清单'),
  papers: z.array(CasePaper),
});
export type CasePapers = z.infer<typeof CasePapers>;

const ItemFacts = z.object({
  id: z.uuid(),
  version: z.number(),
  name: z.string(),
  handlingKind: z.enum(['on_the_spot', 'promised']),
  promisedLimitDays: z.number(),
  legalLimitDays: z.number().nullable(),
  resultName: z.string(),
  courierDelivery: z.boolean().describe('事项支持快递送达结果'),
});

/** A child of a joint case as its parent (and the public page) shows it: no personal data. */
export const JointChild = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  itemName: z.string(),
  departmentName: z.string(),
  handlingKind: z.enum(['on_the_spot', 'promised']),
  status: Status,
  statusLabel: z.string(),
  openSteps: z.array(z.object({ stepName: z.string(), departmentName: z.string() })),
  workingDaysLeft: z.number().nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
});

/** The joint (一件事) part of a case: the bundle, and the parent's children or the child's parent. */
export const JointFacts = z.object({
  bundleId: z.uuid(),
  bundleName: z.string(),
  leadDepartmentName: z.string(),
  parent: z.object({ id: z.uuid(), caseNumber: z.string(), status: Status }).nullable(),
  children: z.array(JointChild).nullable().describe('母件的各子件；子件为 null'),
});

/** Everything about a case, for staff (reading it is logged). */
export const CaseDetail = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  publicCode: z.string(),
  version: z.number().describe('下一次操作须带上的版本号'),
  status: Status,
  currentStep: z.object({ key: z.string(), name: z.string() }).nullable(),
  item: ItemFacts,
  joint: JointFacts.nullable().describe('“一件事”联办：母件列出各子件，子件指回母件；单独申请的办件为 null'),
  applicant: z.object({
    kind: z.enum(keys(APPLICANT_KINDS)),
    number: z.string(),
    name: z.string(),
    phone: z.string(),
  }),
  agent: z.object({ name: z.string(), number: z.string().nullable(), isStaff: z.boolean() }).nullable(),
  applicantUnverified: z
    .boolean()
    .describe(
      '未核验身份：网上申请时实名未核验，受理前须窗口查验申请人身份证原件（POST /api/cases/:id/identity-check）',
    ),
  channel: z.enum(keys(CASE_CHANNELS)),
  place: z.string().nullable().describe('受理大厅（及窗口）'),
  routing: z.object({
    basis: z.enum(keys(ROUTING_BASES)),
    applicantRegion: z.string(),
    intakeRegion: z.string(),
    competentRegion: z.string(),
    departmentName: z.string(),
    anyWindow: z.boolean(),
  }),
  formData: z.record(z.string(), z.string()),
  formFields: z.array(FormField).describe('本办件所用事项版本的申请表字段（更正申请表时按此校验）'),
  materials: z.array(
    CaseMaterialView.extend({
      owed: z
        .boolean()
        .describe('仍须申请人补交：缺少或不符合要求，且未被一次性告知书排除（告知书未列明的不得再要求）'),
    }),
  ),
  acts: z
    .array(z.enum(keys(CASE_ACTS)))
    .describe('读者在窗口现在可以对本办件做的操作（按办件生命周期表和材料情况；服务器对其余操作一律拒绝）'),
  documents: z.array(DocumentSummary),
  timeline: z.array(TimelineEntry),
  counts: z.object({ visits: z.number(), reusedMaterials: z.number(), tolerant: z.boolean() }),
  lastVisitOn: z
    .string()
    .nullable()
    .describe(
      '最近一次计入跑动次数的到窗口日期（北京时间 YYYY-MM-DD）；同一天再到窗口须登记为再次到窗口才计数',
    ),
  submittedAt: z.string(),
  acceptedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  promisedDeadline: z.string().nullable(),
  legalDeadline: z.string().nullable(),
  deadlinesProvisional: z
    .boolean()
    .describe('期限跨入尚未公布节假日安排的年份：按法定节假日暂估，载入该年安排后自动校正'),
  result: z.record(z.string(), z.unknown()).nullable(),
  paper: z.object({
    trackingNumber: z.string().nullable(),
    sentAt: z.string().nullable(),
    receivedAt: z.string().nullable(),
  }),
  delivery: DeliveryView.describe('办理结果的领取方式和送达情况'),
  personalData: z
    .enum(['full', 'masked'])
    .describe(
      'full：经办人（受理、审批、送达）与本人看到完整信息；masked：监督查看者看到的证件号码、电话、姓名和地址已脱敏',
    ),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/** A case in lists: no personal data beyond the masked name. */
export const CaseSummary = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  itemName: z.string(),
  applicantNameMasked: z.string(),
  status: Status,
  channel: z.enum(keys(CASE_CHANNELS)),
  anyWindow: z.boolean(),
  tolerant: z.boolean(),
  submittedAt: z.string(),
  version: z.number(),
  promisedDeadline: z.string().nullable(),
  workingDaysLeft: z.number().nullable().describe('已受理办件距承诺期限的剩余工作日（当天为0，逾期为负）'),
});

export const QueuedApplication = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  itemName: z.string(),
  applicantNameMasked: z.string(),
  channel: z.enum(keys(CASE_CHANNELS)),
  applicantUnverified: z.boolean().describe('未核验身份（受理前须查验身份证原件）'),
  submittedAt: z.string(),
  decisionDue: z.string().describe('须作出受理决定（受理、一次性告知或不予受理）的最后时刻；逾期视为受理'),
  workingDaysLeft: z.number().describe('距该期限的工作日（当天为0，逾期为负）'),
  version: z.number(),
});

/** The public progress page: nothing that identifies the applicant. */
export const PublicProgress = z.object({
  caseNumber: z.string(),
  itemName: z.string(),
  status: Status,
  statusLabel: z.string(),
  currentStep: z.string().nullable(),
  departmentName: z.string(),
  openSteps: z
    .array(
      z.object({
        stepName: z.string(),
        departmentName: z.string(),
        handlerNameMasked: z.string().nullable(),
      }),
    )
    .describe('正在办理的环节（并联审批时有多个）、部门和脱敏的经办人'),
  applicantNameMasked: z.string(),
  handlerNameMasked: z.string().nullable(),
  submittedAt: z.string(),
  promisedDeadline: z.string().nullable(),
  deadlineProvisional: z.boolean().describe('承诺期限按法定节假日暂估，待国务院公布安排后自动校正'),
  workingDaysLeft: z.number().nullable(),
  timeline: z.array(TimelineEntry),
  delivery: PublicDelivery,
  children: z
    .array(JointChild.omit({ id: true, result: true }))
    .nullable()
    .describe('“一件事”联办件：各子件的部门、状态和正在办理的环节'),
});

export const Issued = z.object({
  caseId: z.uuid(),
  version: z.number(),
  status: Status,
  document: DocumentSummary.pick({ id: true, kind: true, number: true, title: true }),
});

export const Changed = z.object({ caseId: z.uuid(), version: z.number(), status: Status });

export const Offer = z.object({
  materials: z.array(z.object({ id: z.uuid(), name: z.string(), createdAt: z.string() })),
  certificates: z.array(
    z.object({
      id: z.uuid(),
      type: z.string(),
      typeName: z.string(),
      number: z.string(),
      issuerName: z.string(),
      validUntil: z.string().nullable(),
    }),
  ),
});

export const MaterialCheck = z.object({
  caseId: z.uuid(),
  version: z.number(),
  status: Status,
  materials: z.array(
    CaseMaterialView.extend({
      problem: z.boolean().describe('仍须补正：缺少或不符合要求，且可以要求申请人补交'),
      waived: z.boolean().describe('一次性告知后记录的问题，告知书未列明：留档，但不得再要求，也不影响受理'),
      offers: Offer,
    }),
  ),
  problems: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      state: z.string(),
      reason: z.string().nullable(),
      required: z.boolean(),
    }),
  ),
  toleranceDue: z
    .object({ after: z.string(), until: z.string() })
    .nullable()
    .describe(
      '现在容缺受理时补交日期可选的范围：晚于 after，不晚于 until（承诺时限最后一天）；不能容缺的事项为 null',
    ),
  firstNotice: z.object({ number: z.string(), issuedAt: z.string(), keys: z.array(z.string()) }).nullable(),
});

export const Started = CaseDetail.extend({
  replayed: z.boolean().describe('true：带相同 Idempotency-Key 的重试，返回的是第一次创建的办件'),
  registry: z.enum(['read', 'not_in_registry', 'no_grant']).nullable().describe('人口与法人库预填结果'),
});

export const OverdueList = z.object({
  items: z.array(
    z.object({
      caseId: z.uuid(),
      caseNumber: z.string(),
      materials: z.array(z.object({ key: z.string(), name: z.string(), due: z.string() })),
    }),
  ),
});
