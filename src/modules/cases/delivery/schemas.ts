import { z } from 'zod';
import { CARRIERS, DELIVERY_METHODS, TRACKING_NUMBER_PATTERN } from '../../../shared/case-terms';
import { ownerNumberProblem } from '../../../shared/material-files';
import { Act } from '../schemas';
import { DeliveryChoice, personName } from './choice-schema';

/** Request and reply shapes of result delivery; the checks that need the database are in the operations. */

const keys = <T extends Record<string, unknown>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

/** Changing the method: the whole new choice, with the case version the changer saw. */
export const ChangeDeliveryBody = Act.extend({ delivery: DeliveryChoice });
export type ChangeDeliveryBody = z.infer<typeof ChangeDeliveryBody>;

export const ResidentChangeBody = z.object({ version: Act.shape.version, delivery: DeliveryChoice });
export type ResidentChangeBody = z.infer<typeof ResidentChangeBody>;

const optionalNote = z.string().trim().max(200).optional();

export const HandOverBody = Act.extend({
  receivedBy: z
    .string({ error: '请填写领取人姓名' })
    .trim()
    .min(2, '请填写领取人姓名')
    .max(50)
    .describe('领取人姓名（本人或受托人）'),
  receivedByIdNumber: z.string().trim().toUpperCase().optional().describe('受托人代领时登记其身份证号码'),
  visit: z.boolean().default(true).describe('申请人（或受托人）为领取结果到窗口，计入跑动次数'),
  note: optionalNote,
}).superRefine((body, ctx) => {
  const problem = body.receivedByIdNumber ? ownerNumberProblem('111', body.receivedByIdNumber) : null;
  if (problem) ctx.addIssue({ code: 'custom', path: ['receivedByIdNumber'], message: problem });
});
export type HandOverBody = z.infer<typeof HandOverBody>;

export const PostedBody = Act.extend({
  carrier: z.enum(keys(CARRIERS)).default('ems'),
  trackingNumber: z
    .string({ error: '请填写快递单号' })
    .transform((value) => value.replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().regex(TRACKING_NUMBER_PATTERN, '快递单号应为8至30位字母或数字')),
});
export type PostedBody = z.infer<typeof PostedBody>;

export const SignedForBody = Act.extend({
  deliveredAt: z.iso
    .datetime({ offset: true, error: '签收时间格式不正确' })
    .optional()
    .describe('快递查询显示的签收时间；不填为现在'),
  receivedBy: personName.optional().describe('签收人；不填为收件人'),
  note: optionalNote,
});
export type SignedForBody = z.infer<typeof SignedForBody>;

export const AssignBody = Act.extend({ gridWorkerId: z.uuid('请选择网格员') });
export type AssignBody = z.infer<typeof AssignBody>;

/** The grid worker confirms at the door, not at a window. */
export const DeliveredBody = z.object({
  version: Act.shape.version,
  note: z.string({ error: '请写明送达情况' }).trim().min(2, '请写明送达情况，如“本人签收”').max(200),
  receivedBy: personName.optional().describe('签收人；不填为收件人'),
});
export type DeliveredBody = z.infer<typeof DeliveredBody>;

export const Method = z.enum(keys(DELIVERY_METHODS));
