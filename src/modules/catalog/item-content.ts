import { z } from 'zod';
import { int4 } from '../../server/int-schemas';
import {
  ANY_WINDOW_SCOPES,
  CERTIFICATE_TYPES,
  FORM_FIELD_TYPES,
  HANDLING_KINDS,
  ITEM_TYPES,
  LIFE_THEMES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  PROFILE_SOURCES,
  RESULT_TYPES,
  REVERSE_ANALYSIS,
  SERVICE_CATEGORIES,
  SERVICE_OBJECTS,
  WORKFLOW_ACTIONS,
} from '../../shared/catalog-terms';
import { ROLES } from '../../shared/roles';

/**
 * Everything one version of a catalogue item says, in the national
 * implementing-list fields. Stored as the version's content; codes, names and
 * search text are copied into columns for lookups.
 */

const keys = <T extends Record<string, unknown>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
const text = (max: number) => z.string().trim().max(max);
const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, '标识须为小写字母开头的字母、数字或下划线');

export const Material = z.object({
  key,
  name: text(120).min(2, '请填写材料名称'),
  forms: z.array(z.enum(keys(MATERIAL_FORMS))).min(1, '请选择材料形式'),
  originalCount: int4().min(0).max(20).default(1),
  copyCount: int4().min(0).max(20).default(0),
  required: z.boolean(),
  source: z.enum(keys(MATERIAL_SOURCES)).default('applicant'),
  acceptanceStandard: text(500).default(''),
  fillingNotes: text(500).default(''),
  blankFormFile: text(200).nullable().default(null),
  sampleFile: text(200).nullable().default(null),
  /** Certificates that can stand in for the paper, so intake can reuse them. */
  certificateTypes: z.array(z.enum(keys(CERTIFICATE_TYPES))).default([]),
  /** What the window clerk checks on this material (作业指导书). */
  checks: z.array(text(200)).default([]),
});
export type Material = z.infer<typeof Material>;

export const FormField = z.object({
  key,
  label: text(40).min(1, '请填写字段名称'),
  type: z.enum(keys(FORM_FIELD_TYPES)),
  required: z.boolean(),
  options: z.array(text(40)).default([]),
  maxLength: int4().min(1).max(2000).nullable().default(null),
  /** The applicant-profile fact that pre-fills this field; null = asked on the form. */
  profileSource: z.enum(keys(PROFILE_SOURCES)).nullable().default(null),
  hint: text(200).default(''),
});
export type FormField = z.infer<typeof FormField>;

export const StepActor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), role: z.enum(ROLES), departmentId: z.uuid().nullable() }),
  z.object({ kind: z.literal('chief_rep'), departmentId: z.uuid() }),
  z.object({ kind: z.literal('fixed_person'), userId: z.uuid() }),
]);
export type StepActor = z.infer<typeof StepActor>;

export const WorkflowStep = z.object({
  key,
  name: text(40).min(1, '请填写环节名称'),
  actor: StepActor.nullable(),
  limitDays: z.number().min(0).max(365),
  actions: z.array(z.enum(keys(WORKFLOW_ACTIONS))).min(1, '每个环节至少允许一种操作'),
  /** Consecutive steps with the same group run in parallel (并联) and join before the next step. */
  parallelGroup: key.nullable().default(null),
  /** The department's leaders are copied (抄送): told when the step's task opens, and shown it in their inbox. */
  copyLeaders: z.boolean().default(false),
});
export type WorkflowStep = z.infer<typeof WorkflowStep>;

export const ItemContent = z.object({
  name: text(100).min(2, '请填写事项名称'),
  aliases: z.array(text(40)).default([]),
  keywords: z.array(text(20)).default([]),
  basicCode: z.string().regex(/^\d{12}$/, '基本编码为12位数字'),
  itemType: z.enum(keys(ITEM_TYPES)),
  legalBasis: text(4000).default(''),
  level: int4().min(1).max(5),
  departmentId: z.uuid('请选择实施主体'),
  legalLimitDays: int4().min(0).max(365).nullable(),
  legalLimitNote: text(300).default(''),
  promisedLimitDays: int4().min(0).max(365),
  promisedLimitNote: text(300).default(''),
  handlingKind: z.enum(keys(HANDLING_KINDS)),
  serviceObjects: z.array(z.enum(keys(SERVICE_OBJECTS))).min(1, '请选择服务对象'),
  acceptanceConditions: text(2000).default(''),
  feeCharged: z.boolean(),
  feeBasis: text(500).default(''),
  visits: z.union([z.literal(0), z.literal(1)]),
  handlingAddress: text(300).default(''),
  handlingHours: text(200).default(''),
  enquiryChannel: text(200).default(''),
  complaintChannel: text(200).default(''),
  onlineDepth: int4().min(0).max(4).describe('0 = 不能网办；1-4 网办深度'),
  anyWindowScope: z.enum(keys(ANY_WINDOW_SCOPES)).nullable(),
  courierDelivery: z.boolean(),
  appointment: z.boolean(),
  resultType: z.enum(keys(RESULT_TYPES)),
  resultName: text(60).default(''),
  jointDepartmentIds: z.array(z.uuid()).default([]),
  intermediaryServices: z.array(text(100)).default([]),
  serviceCategory: z.enum(keys(SERVICE_CATEGORIES)),
  reverseAnalysis: z.enum(keys(REVERSE_ANALYSIS)),
  themes: z.array(z.enum(keys(LIFE_THEMES))).default([]),
  /** The public steps shown in the guide (申请 → 受理 → 审查 → 决定 → 送达). */
  guideSteps: z.array(text(200)).default([]),
  materials: z.array(Material).default([]),
  formFields: z.array(FormField).default([]),
  workflow: z.array(WorkflowStep).default([]),
});
export type ItemContent = z.infer<typeof ItemContent>;
export type ItemContentInput = z.input<typeof ItemContent>;
