import { conflict, invalidField } from '../../server/errors';
import type { AuditActor, StaffActor } from '../auth/actor';
import { requireStatus } from './acting';
import { type ActDeps, actOnCase, statusChanged } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, updateCase } from './case-store';
import { issueResultCertificate } from './result-certificate';
import { resultContent } from './rules/documents';
import type { CompleteBody } from './schemas';

/**
 * 即办件: right after acceptance the clerk completes the case at the window and
 * hands the result over (e.g. the 老年优待证 with its number); the case closes.
 */
export async function completeOnTheSpot(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: CompleteBody,
): Promise<Issued> {
  return await actOnCase(deps.db, actor, caseId, input, async (context) => {
    const { tx, row, item, desk, eventActor } = context;
    if (row.handling_kind !== 'on_the_spot') {
      throw conflict('NOT_ON_THE_SPOT', `“${item.content.name}”是承诺件，须经后台审批办结，不能当场办结`);
    }
    requireStatus(row, ['accepted'], '当场办结');
    const resultName = item.content.resultName || item.content.name;
    if (item.content.resultType === 'certificate' && !input.resultNumber) {
      throw invalidField('resultNumber', `请填写所发${resultName}的编号`, 'RESULT_NUMBER_REQUIRED');
    }
    const certificate = input.resultNumber
      ? await issueResultCertificate(tx, audit, row, item.content, input.resultNumber)
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
    const head = await documentHead(tx, after, desk?.place ?? null);
    const document = await issueDocument(tx, after, 'result', resultContent(head, result), eventActor);
    await appendEvent(tx, after, 'completed', eventActor, { document: document.number, result });
    await statusChanged(context, { notifier: deps.notifier, audit }, after, 'case.complete');
    return issued(after, document);
  });
}
