import { z } from 'zod';
import { ROLES } from '../../shared/roles';
import { mobileNumber } from '../auth/schemas';

const regionCode = z.string().regex(/^(\d{6}|\d{9}|\d{12})$/, '区划代码应为6、9或12位数字');

export const GrantView = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
});

export const StaffView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  grants: z.array(GrantView),
});

export const StaffListQuery = z.object({
  regionCode: regionCode.optional(),
  keyword: z.string().trim().max(30).optional(),
  role: z.enum(ROLES).optional(),
});

export const CreateStaffBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]{2,31}$/, '用户名为3-32位字母、数字或 _ . -，以字母开头'),
  displayName: z.string().trim().min(2, '请输入姓名').max(30),
  password: z.string().min(1, '请输入初始密码').max(128),
  regionCode,
  departmentId: z.uuid().nullable().optional(),
  phone: mobileNumber.nullable().optional(),
});

export const UpdateStaffBody = z
  .object({
    displayName: z.string().trim().min(2).max(30),
    departmentId: z.uuid().nullable(),
    phone: mobileNumber.nullable(),
    active: z.boolean(),
  })
  .partial();

export const ResetPasswordBody = z.object({ password: z.string().min(1, '请输入新的初始密码').max(128) });

export const GrantRoleBody = z.object({
  role: z.enum(ROLES),
  regionCode: regionCode.nullable(),
  departmentId: z.uuid().nullable().optional(),
});

export const StaffIdParams = z.object({ id: z.uuid('编号格式不正确') });
export const GrantParams = z.object({ id: z.uuid(), grantId: z.uuid() });
