import { invalidField } from '../../server/errors';
import type { AuditActor } from '../auth/actor';
import { type ActContext, type ActDeps, statusChanged } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, updateCase } from './case-store';
import { closeJointIfDone } from './joint-completion';
import { issueResultCertificate } from './result-certificate';
import { resultContent } from './rules/documents';

export interface ResultInput {
  /** The result's number, e.g. the 老年优待证 number; required when the item's result is a certificate. */
  resultNumber?: string | undefined;
  note: string;
}

/**
 * The end of every approved case, at the window (即办件) or after the back
 * office's decision (承诺件): the result is recorded, a certificate result is
 * issued into the library, the result notice is written and the case closes
 * (and, for a joint case's last child, its parent).
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
  const after = await updateCase(tx, row, {
    status: 'completed',
    closed_at: new Date(),
    current_step: null,
    result: JSON.stringify(result),
  });
  const head = await documentHead(tx, after, place);
  const document = await issueDocument(tx, after, 'result', resultContent(head, result), eventActor);
  await appendEvent(tx, after, 'completed', eventActor, { document: document.number, result });
  await statusChanged(context, { notifier: deps.notifier, audit: deps.audit }, after, 'case.complete');
  await closeJointIfDone(tx, deps, after, eventActor);
  return issued(after, document);
}
