import { isFinal } from '../../../shared/case-lifecycle';
import { type CaseStatus, DELIVERY_METHODS, type DeliveryMethod } from '../../../shared/case-terms';

/**
 * Delivery of a decided case's result, as pure rules: where the delivery
 * stands, whether the applicant may still change how they get the result, and
 * what the result notice and the text message say about it.
 */

/** not_ready: no result yet; ready: waiting to be collected, posted or assigned; on_the_way: posted or with the grid worker. */
export type DeliveryStage = 'not_ready' | 'ready' | 'on_the_way' | 'delivered';

export interface DeliveryFacts {
  postedAt: Date | null;
  assignedAt: Date | null;
  deliveredAt: Date | null;
}

export function deliveryStage(status: CaseStatus, facts: DeliveryFacts): DeliveryStage {
  // A completed case got its result, whether or not the delivery was recorded (cases closed before delivery existed).
  if (facts.deliveredAt || status === 'completed') return 'delivered';
  if (status !== 'result_ready') return 'not_ready';
  return facts.postedAt || facts.assignedAt ? 'on_the_way' : 'ready';
}

/** Until the result has left the office (posted, or given to the grid worker) the applicant may choose again. */
export function deliveryChangeable(status: CaseStatus, facts: DeliveryFacts): boolean {
  return !isFinal(status) && !facts.postedAt && !facts.assignedAt && !facts.deliveredAt;
}

/** The public page shows where the result goes only down to the street (街道), never the community or the address. */
export function maskedAddress(regionPath: string): string {
  return `${regionPath} ****`;
}

export interface Destination {
  /** Where a window pickup happens: the hall (and its address), or the office when no hall is known. */
  pickupPlace: string;
  /** The full address of a courier or grid-worker delivery, region names first. */
  address: string | null;
}

/** The result notice's sentence on how the result reaches the applicant. */
export function deliveryNoticeText(method: DeliveryMethod, handedOver: boolean, to: Destination): string {
  if (method === 'courier') {
    return `办理结果将通过邮政快递免费寄送至：${to.address}。寄出后以短信告知快递单号，请注意查收。`;
  }
  if (method === 'grid_worker') return `办理结果将由社区网格员送达：${to.address}。`;
  if (handedOver) return '办理结果已当场交付。';
  return `请申请人本人携带有效身份证件到${to.pickupPlace}领取办理结果；委托他人领取的，受托人须携带委托书及双方身份证件。`;
}

/** A joint case's child: its result travels with the bundle's (the parent's delivery). */
export function withTheBundle(parentNumber: string, sentence: string): string {
  return `本事项结果与联办件 ${parentNumber} 的其他事项结果一并交付。${sentence}`;
}

/** The text message's addition when the result is ready (short: it is an SMS). */
export function resultReadyMessage(method: DeliveryMethod, to: Destination): string {
  if (method === 'courier') return '结果将免费邮寄给您，寄出后短信告知快递单号。';
  if (method === 'grid_worker') return '社区网格员将把结果送到您家。';
  return `请携带身份证件到${to.pickupPlace}领取。`;
}

export function methodChangedMessage(method: DeliveryMethod): string {
  return `结果领取方式已改为“${DELIVERY_METHODS[method]}”。`;
}
