import { z } from 'zod';

/** A share of a limit in hundredths (the column is numeric(3, 2)), between the bounds given. */
const share = (min: number, max: number, range: string) =>
  z
    .number('请填写比例')
    .min(min, `比例应在${range}之间`)
    .max(max, `比例应在${range}之间`)
    .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, '比例最多精确到百分之一');

export const BackOfficeSettings = z.object({
  yellowShare: share(0.05, 0.9, '5%到90%').describe('剩余时间不超过时限的该比例时亮黄牌'),
  takeoverShare: share(0.01, 0.99, '1%到99%').describe('待办用去时限的该比例后，B岗可接办'),
});
export type BackOfficeSettings = z.infer<typeof BackOfficeSettings>;

export const BackOfficeSettingsView = BackOfficeSettings.extend({
  updatedAt: z.string(),
  mayEdit: z.boolean().describe('读者可修改（全平台的系统管理员）'),
});

export const AssignmentBody = z.object({
  itemId: z.uuid('请选择事项'),
  stepKey: z.string().trim().min(1, '请选择办理环节').max(40),
  intakeRegionCode: z.string().regex(/^\d{6}(\d{3}){0,2}$/, '请选择受理机构'),
  staffId: z.uuid('请选择办理人'),
});
export type AssignmentBody = z.infer<typeof AssignmentBody>;

export const AssignmentParams = z.object({ id: z.uuid('指定记录编号格式不正确') });
export const ItemParams = z.object({ itemId: z.uuid('事项编号格式不正确') });

export const AssignmentView = z.object({
  id: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  stepKey: z.string(),
  stepName: z.string().describe('已发布版本中的环节名称；环节已删去时为其键'),
  intakeRegionCode: z.string(),
  intakeRegionName: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  staffActive: z.boolean(),
  departmentId: z.string(),
  departmentName: z.string(),
  createdAt: z.string(),
});
export type AssignmentView = z.infer<typeof AssignmentView>;

export const StepChoice = z.object({
  key: z.string(),
  name: z.string(),
  departmentName: z.string().describe('目录中的办理部门'),
  candidates: z
    .array(z.object({ id: z.string(), name: z.string(), departmentName: z.string() }))
    .describe('可指定的人员：在该环节部门或其对应部门持有该环节角色、本人可管理的在岗人员'),
});
