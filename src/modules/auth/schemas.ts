import { z } from 'zod';
import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId } from '../../shared/citizen-id';
import { MOBILE_PATTERN } from '../../shared/phone';
import { ROLES } from '../../shared/roles';

export const mobileNumber = z
  .string()
  .trim()
  .regex(MOBILE_PATTERN, '请输入11位手机号码')
  .describe('手机号码（中国大陆11位）');

export const citizenIdNumber = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const check = checkCitizenId(value);
    if (!check.valid) ctx.addIssue({ code: 'custom', message: CITIZEN_ID_PROBLEM_MESSAGES[check.problem] });
  })
  .describe('公民身份号码（GB 11643，18位，校验位核验）');

export const StaffSignInBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(128),
  newPassword: z.string().min(1, '请输入新密码').max(128),
});

export const ResidentCodeBody = z.object({ phone: mobileNumber });

export const ResidentSignInBody = z.object({
  phone: mobileNumber,
  verificationCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '验证码为6位数字'),
});

const GrantView = z.object({
  role: z.enum(ROLES),
  roleLabel: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
});

export const StaffMe = z.object({
  kind: z.literal('staff'),
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  regionCode: z.string().nullable(),
  departmentId: z.string().nullable(),
  grants: z.array(GrantView),
  permissions: z.array(z.string()),
  mustChangePassword: z.boolean(),
});

export const ResidentMe = z.object({
  kind: z.literal('resident'),
  id: z.string(),
  phoneMasked: z.string(),
  name: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  identity: z
    .enum(['none', 'unverified', 'verified'])
    .describe('实名状态：none 未认证；unverified 已绑定但未核验（看不到个人数据）；verified 已核验'),
});

export const MeReply = z.object({ user: z.union([StaffMe, ResidentMe]), csrfToken: z.string() });
export type MeReply = z.infer<typeof MeReply>;
