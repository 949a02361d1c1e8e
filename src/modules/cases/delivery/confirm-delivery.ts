import { conflict, invalidField } from '../../../server/errors';
import { CARRIERS } from '../../../shared/case-terms';
import { maskName } from '../../../shared/phone';
import { deliveryOperation, pendingDelivery, recordStep } from './delivery-step';
import type { HandOverBody, PostedBody, SignedForBody } from './schemas';

/**
 * A clerk of the intake hall or the competent office records how the result
 * reached the applicant: collected at a window, or posted and then signed for.
 * Each is one transaction on the case's current version.
 */

export const handOverAtWindow = deliveryOperation<HandOverBody>(async (context, deps, input) => {
  await pendingDelivery(context, 'window_pickup', 'hand_over');
  const onBehalf = input.receivedBy !== context.row.applicant_name;
  return await recordStep(context, deps, {
    event: 'result_handed_over',
    details: { receivedBy: input.receivedBy, onBehalf, note: input.note ?? null },
    delivery: {
      delivered_at: new Date(),
      received_by: input.receivedBy,
      received_by_id_number: input.receivedByIdNumber ?? null,
      note: input.note ?? null,
    },
    closes: true,
    // Coming to collect the result is a trip the applicant (or someone for them) made.
    caseChanges: input.visit ? { visits: context.row.visits + 1 } : {},
    message: `办理结果已由${maskName(input.receivedBy)}在窗口领取。`,
  });
});

export const recordResultPosted = deliveryOperation<PostedBody>(async (context, deps, input) => {
  const delivery = await pendingDelivery(context, 'courier', 'post');
  if (delivery?.posted_at) {
    throw conflict('RESULT_ALREADY_POSTED', `办理结果已寄出，快递单号 ${delivery.tracking_number}`);
  }
  return await recordStep(context, deps, {
    event: 'result_posted',
    details: { carrier: input.carrier, trackingNumber: input.trackingNumber },
    delivery: { carrier: input.carrier, tracking_number: input.trackingNumber, posted_at: new Date() },
    closes: false,
    message: `办理结果已交${CARRIERS[input.carrier]}免费寄出，快递单号${input.trackingNumber}。`,
  });
});

export const recordSignedFor = deliveryOperation<SignedForBody>(async (context, deps, input) => {
  const delivery = await pendingDelivery(context, 'courier', 'sign_for');
  if (!delivery?.posted_at) throw conflict('RESULT_NOT_POSTED', '办理结果尚未登记寄出，不能登记签收');
  const now = new Date();
  const signedAt = input.deliveredAt ? new Date(input.deliveredAt) : now;
  if (signedAt > now || signedAt < delivery.posted_at) {
    throw invalidField('deliveredAt', '签收时间应在寄出之后、现在之前', 'SIGNED_AT_OUT_OF_RANGE');
  }
  const receivedBy = input.receivedBy ?? delivery.recipient_name;
  return await recordStep(context, deps, {
    event: 'result_signed_for',
    details: {
      trackingNumber: delivery.tracking_number,
      signedAt: signedAt.toISOString(),
      receivedBy,
      note: input.note ?? null,
    },
    delivery: { delivered_at: signedAt, received_by: receivedBy, note: input.note ?? null },
    closes: true,
    message: `快递（单号${delivery.tracking_number}）已签收，本件办结。`,
  });
});
