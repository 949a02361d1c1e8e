import { z } from 'zod';
import { MOBILE_PATTERN } from '../../../shared/phone';

/** The applicant's choice of how to get the result, as a new case and a change of method send it. */

export const personName = z.string().trim().min(2, '姓名至少2个字').max(50);

/** Where a courier or a grid worker brings the result; name and phone default to the applicant's. */
export const Recipient = z.object(
  {
    name: personName.optional().describe('收件人姓名；不填为申请人本人'),
    phone: z
      .string()
      .trim()
      .regex(MOBILE_PATTERN, '应为11位手机号码')
      .optional()
      .describe('不填为申请人手机'),
    regionCode: z
      .string({ error: '请选择地址所在的区划（区、街道、社区）' })
      .regex(/^\d{6}(\d{3}){0,2}$/, '请选择地址所在的区划（区、街道、社区）')
      .describe('地址所在区划代码；网格员送达须为社区（12位）'),
    address: z
      .string({ error: '请填写详细地址' })
      .trim()
      .min(4, '请把详细地址写到门牌号')
      .max(200)
      .describe('区划以下的详细地址（路、门牌、楼幢、室）'),
  },
  { error: '请填写收件人和地址' },
);

export const DeliveryChoice = z
  .discriminatedUnion(
    'method',
    [
      z.object({ method: z.literal('window_pickup') }),
      z.object({ method: z.literal('courier'), recipient: Recipient }),
      z.object({ method: z.literal('grid_worker'), recipient: Recipient }),
    ],
    { error: '请选择结果领取方式：窗口领取、邮政快递送达或网格员送达' },
  )
  .describe('办理结果领取方式；快递送达仅限事项支持快递送达时');
export type DeliveryChoice = z.infer<typeof DeliveryChoice>;
