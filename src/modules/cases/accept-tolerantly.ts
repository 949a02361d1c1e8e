import { conflict, invalidFields } from '../../server/errors';
import { fieldLabel } from '../../shared/field-labels';
import type { AuditActor, StaffActor } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import { actToAccept, markAccepted, startWorkflow } from './accept-case';
import { type ActDeps, statusChanged } from './case-act';
import { documentHead, type Issued, issueDocument, issued } from './case-documents';
import { appendEvent, saveMaterials } from './case-store';
import { materialsWithNotices } from './missing-notice';
import { defaultCommitmentText, tolerantAcceptanceContent } from './rules/documents';
import type { CaseMaterial } from './rules/materials';
import { type ToleranceProblem, toleranceProblems } from './rules/tolerance';
import type { TolerantBody } from './schemas';

/**
 * 容缺受理: the main materials are complete; the applicant signs a commitment to
 * supply the named secondary materials by dates no later than the last day of
 * the promised limit. The case is accepted now; an unmet commitment ends it
 * (commitments.ts).
 */

function toleranceError(problems: readonly ToleranceProblem[]) {
  return invalidFields(
    problems.map((problem) => {
      const field = problem.index === null ? problem.field : `commitments.${problem.index}.${problem.field}`;
      return { field, label: fieldLabel([field]), message: problem.message };
    }),
    problems[0]?.code,
  );
}

export async function acceptTolerantly(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: TolerantBody,
): Promise<Issued> {
  return await actToAccept(deps, actor, caseId, input, 'accept_tolerantly', async (context, acceptance) => {
    const { tx, row, item, desk, eventActor } = context;
    const { deadlines } = acceptance;
    if (row.handling_kind === 'on_the_spot') {
      throw conflict('TOLERANCE_NOT_FOR_ON_THE_SPOT', '即办件当场办结，不能容缺受理；请补齐材料或一次性告知');
    }
    const { materials, notices } = await materialsWithNotices(tx, row.id);
    const problems = toleranceProblems(
      materials,
      input.commitments,
      { today: shanghaiDate(acceptance.acceptedAt), lastDay: deadlines.promisedLastDay },
      notices,
    );
    if (problems.length > 0) throw toleranceError(problems);
    const promised: CaseMaterial[] = input.commitments.map((commitment) => ({
      ...(materials.find((material) => material.key === commitment.key) as CaseMaterial),
      state: 'promised',
      defectReason: null,
      promisedDue: commitment.due,
      submittedAt: null,
    }));
    await saveMaterials(tx, row, promised);
    const named = promised.map((material) => ({
      key: material.key,
      name: material.name,
      due: material.promisedDue as string,
    }));
    const after = await markAccepted(context, acceptance, { tolerant: true });
    const head = await documentHead(tx, after, desk?.place ?? null, item);
    const content = tolerantAcceptanceContent(
      head,
      {
        promisedLimitDays: item.content.promisedLimitDays,
        promisedDeadline: deadlines.promisedLastDay,
        deadlineProvisional: deadlines.provisional,
      },
      named,
      input.commitmentText ?? defaultCommitmentText(named),
    );
    const document = await issueDocument(tx, after, 'tolerant_acceptance', content, eventActor);
    await appendEvent(tx, after, 'accepted_tolerantly', eventActor, {
      document: document.number,
      commitments: named,
    });
    await startWorkflow(context, acceptance, deps.notifier, after);
    await statusChanged(
      context,
      { notifier: deps.notifier, audit },
      after,
      'case.accept_tolerantly',
      '请按承诺按期补交材料。',
    );
    return issued(after, document);
  });
}
