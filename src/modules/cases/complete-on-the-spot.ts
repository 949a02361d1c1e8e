import { conflict } from '../../server/errors';
import type { AuditActor, StaffActor } from '../auth/actor';
import { requireAct } from './acting';
import { type ActDeps, actOnCase } from './case-act';
import type { Issued } from './case-documents';
import { finishWithResult } from './finish-with-result';
import type { CompleteBody } from './schemas';

/**
 * 即办件: right after acceptance the clerk completes the case at the window and
 * hands the result over (e.g. the 老年优待证 with its number); the case closes.
 * When the applicant chose to have it posted or brought by the grid worker, or
 * the clerk acts away from a window, the result waits for its delivery instead.
 */
export async function completeOnTheSpot(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: CompleteBody,
): Promise<Issued> {
  return await actOnCase(deps.db, actor, caseId, input, async (context) => {
    const { row, item, desk } = context;
    if (row.handling_kind !== 'on_the_spot') {
      throw conflict('NOT_ON_THE_SPOT', `“${item.content.name}”是承诺件，须经后台审批办结，不能当场办结`);
    }
    requireAct(row, 'complete');
    return await finishWithResult(
      context,
      { ...deps, audit },
      { ...input, handOverNow: desk !== null },
      desk?.place ?? null,
    );
  });
}
