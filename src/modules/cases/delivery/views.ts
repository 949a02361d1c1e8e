import { z } from 'zod';
import { CARRIERS, DELIVERY_METHODS } from '../../../shared/case-terms';

/** Reply shapes of result delivery (also the OpenAPI description). */

const keys = <T extends Record<string, unknown>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

const at = z.string().nullable().describe('ISO 时间');

export const DeliveryStage = z
  .enum(['not_ready', 'ready', 'on_the_way', 'delivered'])
  .describe(
    'not_ready 尚未出结果；ready 待领取、待寄出或待指派；on_the_way 已寄出或已交网格员；delivered 已送达',
  );

export const PickupPlace = z.object({ name: z.string(), address: z.string(), phone: z.string().nullable() });

/** The whole delivery, for staff and for the applicant (grid worker name masked for the applicant). */
export const DeliveryView = z.object({
  method: z.enum(keys(DELIVERY_METHODS)),
  stage: DeliveryStage,
  changeable: z.boolean().describe('结果尚未寄出或交网格员，可以变更领取方式'),
  recipient: z
    .object({
      name: z.string(),
      phone: z.string(),
      regionCode: z.string(),
      regionName: z.string(),
      address: z.string(),
    })
    .nullable(),
  pickupPlace: PickupPlace.describe('窗口领取的地点'),
  readyAt: at,
  carrier: z.enum(keys(CARRIERS)).nullable(),
  trackingNumber: z.string().nullable(),
  postedAt: at,
  gridWorker: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  assignedAt: at,
  deliveredAt: at,
  receivedBy: z.string().nullable(),
  note: z.string().nullable(),
});
export type DeliveryView = z.infer<typeof DeliveryView>;

/** What the public progress page says about the delivery: no name, phone or street address. */
export const PublicDelivery = z.object({
  method: z.enum(keys(DELIVERY_METHODS)),
  methodLabel: z.string(),
  stage: DeliveryStage,
  pickupPlace: PickupPlace.nullable().describe('窗口领取且结果已出时的领取地点'),
  carrier: z.enum(keys(CARRIERS)).nullable(),
  carrierLabel: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  addressMasked: z.string().nullable().describe('只显示到街道，其余以****代替'),
  readyAt: at,
  postedAt: at,
  deliveredAt: at,
});
export type PublicDelivery = z.infer<typeof PublicDelivery>;

export const GridWorker = z.object({ id: z.uuid(), name: z.string(), regionName: z.string() });

/** One of the grid worker's deliveries; recipient and address only while it is still to make. */
export const DeliveryTask = z.object({
  caseId: z.uuid(),
  caseNumber: z.string(),
  version: z.number(),
  itemName: z.string(),
  recipientName: z.string(),
  recipientPhone: z.string().nullable(),
  regionName: z.string(),
  address: z.string().nullable(),
  assignedAt: z.string(),
  deliveredAt: at,
  receivedBy: z.string().nullable(),
  note: z.string().nullable(),
});
