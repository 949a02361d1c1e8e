import { z } from 'zod';
import { int4 } from '../../server/int-schemas';
import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId } from '../../shared/citizen-id';
import { CREDIT_CODE_PROBLEM_MESSAGES, checkCreditCode } from '../../shared/credit-code';
import { ROLES } from '../../shared/roles';

export const SubjectKindSchema = z.enum(['person', 'enterprise']);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** A number checked by its standard's rule, with the message that says which check failed. */
function checkedNumber<P extends string>(
  check: (value: string) => { valid: true } | { valid: false; problem: P },
  messages: Record<P, string>,
) {
  return z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((value, context) => {
      const result = check(value);
      if (!result.valid) context.addIssue({ code: 'custom', message: messages[result.problem] });
    });
}

const IdNumberField = z.object({
  idNumber: checkedNumber(checkCitizenId, CITIZEN_ID_PROBLEM_MESSAGES),
});
const CreditCodeField = z.object({
  creditCode: checkedNumber(checkCreditCode, CREDIT_CODE_PROBLEM_MESSAGES),
});

const ReadPurpose = {
  purpose: z.string().trim().min(2, '请选择查阅目的').max(60),
  caseRef: z.string().trim().max(40).optional(),
};

/** A read names the number in the body, so it stays out of URLs and access logs. */
export const PersonReadBody = z.object({ ...IdNumberField.shape, ...ReadPurpose });
export const EnterpriseReadBody = z.object({ ...CreditCodeField.shape, ...ReadPurpose });
export const ReadLogLookupBody = z.object({
  kind: SubjectKindSchema,
  number: z.string().trim().toUpperCase().min(1).max(18),
});

const FieldSourceView = z.object({
  sourceId: z.string(),
  source: z.string(),
  asOf: z.string(),
  at: z.string(),
});

export const SubjectView = z.object({
  kind: SubjectKindSchema,
  number: z.string(),
  maskedNumber: z.string(),
  purpose: z.string(),
  fields: z.array(
    z.object({
      key: z.string(),
      value: z.union([z.string(), z.array(z.string())]).nullable(),
      source: FieldSourceView.nullable(),
    }),
  ),
  withheld: z.array(z.string()),
  conflicts: z.array(
    z.object({
      id: z.number(),
      field: z.string(),
      keptValue: z.unknown(),
      keptSource: z.string(),
      keptAsOf: z.string(),
      otherValue: z.unknown(),
      otherSource: z.string(),
      otherAsOf: z.string(),
    }),
  ),
  regionNames: z
    .record(z.string(), z.string())
    .describe(
      '每个已授权的区划代码及其名称（自区县起，如“下城区 潮鸣街道 小天竺社区”）；区划表中没有的代码不列',
    ),
});

export const PurposeView = z.object({ purpose: z.string(), fields: z.array(z.string()) });

export const SourceView = z.object({
  id: z.string(),
  name: z.string(),
  subject_kind: SubjectKindSchema,
  authority: z.number(),
  column_mapping: z.record(z.string(), z.string()),
});

export const CreateSourceBody = z.object({
  name: z.string().trim().min(2).max(60),
  subjectKind: SubjectKindSchema,
  authority: int4().min(1).max(9),
});

export const ImportQuery = z.object({
  sourceId: z.uuid('请选择数据来源'),
  fileName: z.string().trim().min(1).max(200),
});

export const StartImportQuery = ImportQuery.extend({
  asOf: isoDate,
  mapping: z.string().transform((text, context) => {
    try {
      return z.record(z.string(), z.string()).parse(JSON.parse(text));
    } catch {
      context.addIssue({ code: 'custom', message: '列对应关系格式不正确' });
      return z.NEVER;
    }
  }),
});

/** A conflict an import found, its subject's number masked. */
export const ImportConflictView = z.object({
  id: z.number(),
  subjectNumber: z.string(),
  field: z.string(),
  keptSource: z.string(),
  keptAsOf: z.string(),
  otherSource: z.string(),
  otherAsOf: z.string(),
  resolved: z.boolean(),
});

export const ImportView = z.object({
  id: z.string(),
  file_name: z.string(),
  file_format: z.enum(['csv', 'xlsx']),
  as_of: z.string(),
  status: z.enum(['running', 'completed', 'failed']),
  total_rows: z.number().nullable(),
  processed_rows: z.number(),
  created_count: z.number(),
  updated_count: z.number(),
  unchanged_count: z.number(),
  conflict_count: z.number(),
  rejected_count: z.number(),
  failure: z.string().nullable(),
  started_at: z.date(),
  finished_at: z.date().nullable(),
  source_name: z.string(),
  subject_kind: SubjectKindSchema,
  created_by_name: z.string(),
});

export const ImportPreview = z.object({
  headers: z.array(z.string()),
  sampleRows: z.array(z.array(z.union([z.string(), z.number()]).nullable())),
  rowCount: z.number(),
  mapping: z.record(z.string(), z.string()),
});

export const ImportParams = z.object({ id: z.uuid() });

export const GrantBody = z.object({
  departmentId: z.uuid(),
  subjectKind: SubjectKindSchema,
  purpose: z.string().trim().min(2, '请填写查阅目的').max(60),
  fields: z.array(z.string()).min(1, '请至少选择一个字段'),
  roles: z
    .array(z.enum(ROLES))
    .min(1, '请至少选择一个岗位')
    .describe('哪些岗位的工作需要以这个目的查阅（只有担任这些岗位的工作人员可以查阅）'),
});

export const GrantView = z.object({
  id: z.string(),
  department_id: z.string(),
  department_name: z.string(),
  subject_kind: SubjectKindSchema,
  purpose: z.string(),
  fields: z.array(z.string()),
  roles: z.array(z.string()),
  granted_by_name: z.string(),
  granted_at: z.date(),
  revoked_at: z.date().nullable(),
});

export const ReadLogEntry = z.object({
  id: z.number(),
  at: z.date(),
  staffName: z.string(),
  departmentName: z.string(),
  purpose: z.string(),
  fields: z.array(z.string()),
  caseRef: z.string().nullable(),
});

/** One line of a person's 我的信息查阅记录 (registry, case, certificate or material read). */
export const PersonalReadEntry = z.object({
  id: z.string(),
  kind: z.enum(['registry', 'case', 'certificate', 'material']),
  at: z.string(),
  staffName: z.string().describe('经办人姓名（脱敏）'),
  departmentName: z.string(),
  recordName: z.string().nullable().describe('查阅的办件编号、证照类型或材料名称；查阅人口库时为 null'),
  fields: z.array(z.string()).describe('查阅人口库时返回的字段'),
  purpose: z.string(),
  caseRef: z.string().nullable(),
  masked: z.boolean().describe('查阅者看到的是脱敏信息'),
});

export const ResolveConflictBody = z.object({ resolution: z.enum(['kept', 'replaced']) });
