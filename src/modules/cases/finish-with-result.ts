import { invalidField } from '../../server/errors';
import type { AuditActor } from '../auth/actor';
import { type ActContext, type ActDeps, statusChanged } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, updateCase } from './case-store';
import { destinationOf, saveDelivery } from './delivery/delivery-store';
import { issueResultCertificate } from './result-certificate';
import { deliveryNoticeText, resultReadyMessage } from './rules/delivery';
import { resultContent } from './rules/documents';

export interface ResultInput {
  /** The result's number, e.g. the 老年优待证 number; required when the item's result is a certificate. */
  resultNumber?: string | undefined;
  note: string;
  /**
   * The applicant (or their agent) stands at the window as the case is decided
   * (即办件): a result to be collected at a window is handed over at once.
   * Absent (e.g. the back office's decision), the result waits to be delivered.
   */
  handOverNow?: boolean | undefined;
}

/**
 * The end of every approved case, at the window (即办件) or after the back
 * office's decision (承诺件): the case is decided with this result. The result
 * is recorded, a certificate result is issued into the library, the result
 * notice (saying how the result reaches the applicant) is written; then the
 * case closes if the result is handed over right now, or else waits in
 * result_ready until its delivery is confirmed (delivery/).
 */
export async function finishWithResult(
  context: ActContext,
  deps: ActDeps & { audit: AuditActor },
  input: ResultInput,
  place: string | null,
): Promise<Issued> {
  const { tx, row, item, eventActor } = context;
  const resultName = item.content.resultName || item.content.name;
  if (item.content.resultType === 'certificate' && !input.resultNumber) {
    throw invalidField('resultNumber', `请填写所发${resultName}的编号`, 'RESULT_NUMBER_REQUIRED');
  }
  const certificate = input.resultNumber
    ? await issueResultCertificate(tx, deps.audit, row, item.content, input.resultNumber)
    : null;
  const result = {
    resultName,
    number: input.resultNumber ?? '',
    note: input.note,
    ...(certificate
      ? { certificateIdentifier: certificate.identifier, verifyToken: certificate.verifyToken }
      : {}),
  };
  const handedOver = input.handOverNow === true && row.delivery_method === 'window_pickup';
  const now = new Date();
  const after = await updateCase(tx, row, {
    status: handedOver ? 'completed' : 'result_ready',
    closed_at: handedOver ? now : null,
    current_step: null,
    result: JSON.stringify(result),
  });
  const delivery = await saveDelivery(tx, after, {
    ready_at: now,
    ...(handedOver ? { delivered_at: now } : {}),
  });
  const destination = await destinationOf(tx, after, delivery);
  const head = await documentHead(tx, after, place);
  const content = resultContent(
    head,
    result,
    deliveryNoticeText(after.delivery_method, handedOver, destination),
  );
  const document = await issueDocument(tx, after, 'result', content, eventActor);
  await appendEvent(tx, after, 'completed', eventActor, {
    document: document.number,
    result,
    delivery: { method: after.delivery_method, handedOver },
  });
  const message = handedOver ? '' : resultReadyMessage(after.delivery_method, destination);
  await statusChanged(
    context,
    { notifier: deps.notifier, audit: deps.audit },
    after,
    'case.complete',
    message,
  );
  return issued(after, document);
}
