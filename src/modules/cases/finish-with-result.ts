import { invalidField } from '../../server/errors';
import type { AuditActor } from '../auth/actor';
import { type ActContext, type ActDeps, statusChanged } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, updateCase } from './case-store';
import { destinationOf, loadDelivery, saveDelivery } from './delivery/delivery-store';
import { deliveryOwnerOf, jointChildDecided } from './joint-completion';
import { issueResultCertificate } from './result-certificate';
import { deliveryNoticeText, resultReadyMessage, withTheBundle } from './rules/delivery';
import { resultContent } from './rules/documents';

export interface ResultInput {
  /** The result's number, e.g. the 老年优待证 number; required when the item's result is a certificate. */
  resultNumber?: string | undefined;
  /** The applicant holds a valid certificate of the result's type and the clerk chose to replace it. */
  replaceHeld?: boolean | undefined;
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
 * result_ready until its delivery is confirmed (delivery/). A joint case's
 * child's result goes with the bundle's: by the parent's method, to the
 * parent's address, delivered with the parent (joint-completion.ts), which is
 * told of the decision here.
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
    ? await issueResultCertificate(
        tx,
        deps.audit,
        row,
        item.content,
        input.resultNumber,
        input.replaceHeld === true,
      )
    : null;
  const result = {
    resultName,
    number: input.resultNumber ?? '',
    note: input.note,
    ...(certificate
      ? { certificateIdentifier: certificate.identifier, verifyToken: certificate.verifyToken }
      : {}),
  };
  // A joint case's child delivers with its parent: the parent's method and address.
  const owner = await deliveryOwnerOf(tx, row);
  const method = owner.delivery_method;
  const handedOver = input.handOverNow === true && method === 'window_pickup';
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
  const destination = await destinationOf(
    tx,
    owner,
    owner === row ? delivery : await loadDelivery(tx, owner.id),
  );
  const sentence = deliveryNoticeText(method, handedOver, destination);
  const head = await documentHead(tx, after, place, item);
  const content = resultContent(
    head,
    result,
    owner === row || handedOver ? sentence : withTheBundle(owner.case_number, sentence),
  );
  const document = await issueDocument(tx, after, 'result', content, eventActor);
  await appendEvent(tx, after, 'completed', eventActor, {
    document: document.number,
    result,
    delivery: { method: method, handedOver },
  });
  const message = handedOver ? '' : resultReadyMessage(method, destination);
  await statusChanged(
    context,
    { notifier: deps.notifier, audit: deps.audit },
    after,
    'case.complete',
    message,
  );
  await jointChildDecided(tx, deps, after, eventActor);
  return issued(after, document);
}
