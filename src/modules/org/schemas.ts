import { z } from 'zod';
import { int4 } from '../../server/int-schemas';
import { CREDIT_CODE_PROBLEM_MESSAGES, checkCreditCode } from '../../shared/credit-code';
import { DEPARTMENT_KINDS, WINDOW_KINDS } from '../../shared/org-kinds';
import { REGION_LEVELS } from '../../shared/region-code';

const regionCode = z
  .string()
  .trim()
  .regex(/^(\d{6}|\d{9}|\d{12})$/, '区划代码应为6位（区县）、9位（街道）或12位（社区）数字')
  .describe('区划代码（GB/T 2260 及统计用扩展）');

const name = z.string().trim().min(2, '名称至少2个字').max(60, '名称不能超过60个字');
const telephone = z
  .string()
  .trim()
  .regex(/^[\d-]{7,20}$/, '请输入正确的电话号码')
  .nullable()
  .optional();

export const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const check = checkCreditCode(value);
    if (!check.valid) ctx.addIssue({ code: 'custom', message: CREDIT_CODE_PROBLEM_MESSAGES[check.problem] });
  });

export const Region = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
  sortOrder: z.number(),
  active: z.boolean(),
});
export const CreateRegionBody = z.object({
  code: regionCode,
  name,
  sortOrder: int4().min(0).default(0),
});
export const UpdateRegionBody = z.object({ name, sortOrder: int4().min(0), active: z.boolean() }).partial();
export const RegionCodeParams = z.object({ code: regionCode });

export const Department = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(DEPARTMENT_KINDS),
  level: z.enum(REGION_LEVELS),
  regionCode: z.string(),
  regionName: z.string(),
  creditCode: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
});
export const CreateDepartmentBody = z.object({
  name,
  kind: z.enum(DEPARTMENT_KINDS),
  regionCode,
  creditCode: creditCode.nullable().optional(),
  phone: telephone,
});
export const UpdateDepartmentBody = z
  .object({
    name,
    kind: z.enum(DEPARTMENT_KINDS),
    creditCode: creditCode.nullable(),
    phone: telephone,
    active: z.boolean(),
  })
  .partial();

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
export const OpeningPeriod = z
  .object({ days: z.array(int4().min(1).max(7)).min(1, '至少选择一天'), open: time, close: time })
  .refine((period) => period.open < period.close, { message: '结束时间须晚于开始时间', path: ['close'] });

export const ServiceWindow = z.object({
  id: z.string(),
  hallId: z.string(),
  number: z.number(),
  name: z.string(),
  kind: z.enum(WINDOW_KINDS),
  active: z.boolean(),
});
export const Hall = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  regionCode: z.string(),
  regionName: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  openingHours: z.array(OpeningPeriod),
  active: z.boolean(),
  windowCount: z.number(),
});
export const CreateHallBody = z.object({
  name,
  regionCode,
  address: z.string().trim().max(200).default(''),
  phone: telephone,
  openingHours: z.array(OpeningPeriod).max(14).default([]),
});
export const UpdateHallBody = z
  .object({
    name,
    address: z.string().trim().max(200),
    phone: telephone,
    openingHours: z.array(OpeningPeriod).max(14),
    active: z.boolean(),
  })
  .partial();

export const CreateWindowBody = z.object({
  number: int4().min(1, '窗口号应为1-999').max(999, '窗口号应为1-999'),
  name: z.string().trim().max(30).default(''),
  kind: z.enum(WINDOW_KINDS),
});
export const UpdateWindowBody = CreateWindowBody.extend({ active: z.boolean() }).partial();

export const IdParams = z.object({ id: z.uuid('编号格式不正确') });
export const RegionFilterQuery = z.object({ regionCode: regionCode.optional() });
