import { z } from 'zod';
import { citizenIdNumber, mobileNumber } from '../auth/schemas';

export const LinkIdentityBody = z.object({
  name: z.string().trim().min(2, '请输入真实姓名').max(30),
  idNumber: citizenIdNumber,
});

/** The clerk finds the resident's account by the phone the resident signs in with (in the body, never the URL). */
export const AccountLookupBody = z.object({ phone: mobileNumber });
export type AccountLookupBody = z.infer<typeof AccountLookupBody>;

export const WindowVerifyBody = z.object({
  phone: mobileNumber,
  name: z.string().trim().min(2, '请输入身份证上的姓名').max(30).describe('身份证上的姓名'),
  idNumber: citizenIdNumber.describe('身份证上的公民身份号码'),
  idCardChecked: z.literal(true, '请确认已查验身份证原件').describe('已查验身份证原件，证件有效且与本人相符'),
  windowId: z.uuid('窗口编号格式不正确').optional().describe('核验所在窗口；不填时记录核验人的部门与区划'),
  moveLink: z.boolean().default(false).describe('该号码已绑定其他手机时，改绑到此手机号码'),
});
export type WindowVerifyBody = z.infer<typeof WindowVerifyBody>;

export const ResidentIdentityView = z.object({
  phoneMasked: z.string(),
  claim: z
    .object({
      nameMasked: z.string().nullable(),
      idNumberMasked: z.string(),
      verified: z.boolean(),
      verifiedBy: z.enum(['registry', 'window', 'provider']).nullable(),
      verifiedAt: z.string().nullable(),
      verifiedPlace: z.string().nullable(),
    })
    .nullable()
    .describe('账号申报的实名信息（脱敏）；null：尚未实名认证'),
});
export type ResidentIdentityView = z.infer<typeof ResidentIdentityView>;
