import type { Updateable } from 'kysely';
import type { CasesTable } from '../../../db/schema';
import { conflict } from '../../../server/errors';
import { CASE_ACTS, type CaseAct } from '../../../shared/case-lifecycle';
import { DELIVERY_METHODS, type DeliveryMethod } from '../../../shared/case-terms';
import type { AuditActor, StaffActor } from '../../auth/actor';
import { shanghaiDate } from '../../calendar/rules/days';
import type { Notifier } from '../../notify/notifier';
import { type CaseAccess, competentOffice, intakeClerk, requireAct } from '../acting';
import { type ActDeps, actOnLockedCase, type CaseFrame, statusChanged } from '../case-act';
import { appendEvent, type CaseRow, updateCase } from '../case-store';
import { deliverChildrenWithParent } from '../joint-completion';
import { type DeliveryItem, deliveryItemOf } from '../joint-views';
import { type Changed, changed } from '../paper-handover';
import type { Act } from '../schemas';
import { type DeliveryRow, loadDelivery, saveDelivery } from './delivery-store';

/**
 * One step of a result's delivery, inside the act's transaction: the case gets
 * its next version (so two people confirming the same delivery cannot both
 * succeed), the delivery row its facts, the history its entry, the applicant a
 * message and the audit log the change.
 */

/** Results are handed over, posted and assigned by the clerks of the intake hall or the competent office. */
export const resultDesk: CaseAccess = async (actor, row, tx) =>
  (await intakeClerk(actor, row, tx)) || (await competentOffice(actor, row, tx));

export interface StepDeps {
  notifier: Notifier;
  audit: AuditActor;
}

/** A delivery act's context: a joint case's parent stands for its bundle (its results travel together). */
export type DeliveryContext = CaseFrame & { item: DeliveryItem };

/** A joint case's child has no delivery of its own: its result goes with the parent's. */
export function requireOwnDelivery(row: CaseRow, action: string): void {
  if (row.parent_case_id === null) return;
  throw conflict(
    'DELIVERED_WITH_PARENT',
    `办件 ${row.case_number} 是“一件事”联办件的子件，办理结果随母件一并交付，请在母件上${action}`,
    { parentCaseId: row.parent_case_id },
  );
}

/** The delivery an act confirms or advances: the case waits for its result to be delivered by `method`. */
export async function pendingDelivery(
  context: DeliveryContext,
  method: DeliveryMethod,
  act: Extract<CaseAct, 'hand_over' | 'post' | 'sign_for' | 'assign_delivery' | 'deliver'>,
): Promise<DeliveryRow | null> {
  const { tx, row } = context;
  const action = CASE_ACTS[act].label;
  requireOwnDelivery(row, action);
  const delivery = await loadDelivery(tx, row.id);
  if (delivery?.delivered_at) {
    throw conflict(
      'DELIVERY_ALREADY_CONFIRMED',
      `办件 ${row.case_number} 的办理结果已于 ${shanghaiDate(delivery.delivered_at)} 送达，不能重复${action}`,
    );
  }
  requireAct(row, act);
  if (row.delivery_method !== method) {
    throw conflict(
      'DELIVERY_METHOD_MISMATCH',
      `办件 ${row.case_number} 的结果领取方式是“${DELIVERY_METHODS[row.delivery_method]}”，不能${action}`,
      { method: row.delivery_method },
    );
  }
  return delivery;
}

export interface Step {
  event: DeliveryEvent;
  details: Record<string, unknown>;
  delivery: Parameters<typeof saveDelivery>[2];
  /** The delivery is confirmed: the case closes. */
  closes: boolean;
  /** What the applicant's text message adds. */
  message: string;
  caseChanges?: Updateable<CasesTable>;
}

/** The events a result's delivery appends; each is audited as case.<event>. */
type DeliveryEvent =
  | 'result_handed_over'
  | 'result_posted'
  | 'result_signed_for'
  | 'delivery_assigned'
  | 'result_delivered';

export async function recordStep(context: DeliveryContext, deps: StepDeps, step: Step): Promise<Changed> {
  const { tx, row, eventActor } = context;
  const after = await updateCase(tx, row, {
    ...step.caseChanges,
    ...(step.closes ? { status: 'completed', closed_at: new Date() } : {}),
  });
  await saveDelivery(tx, after, step.delivery);
  await appendEvent(tx, after, step.event, eventActor, step.details);
  if (step.closes) await deliverChildrenWithParent(tx, after, step.event, eventActor);
  await statusChanged(context, deps, after, `case.${step.event}`, step.message);
  return changed(after);
}

/** What a delivery act does on the locked case, once the actor and the version are checked. */
export type DeliveryAct<B> = (context: DeliveryContext, deps: StepDeps, input: B) => Promise<Changed>;

/**
 * A delivery act as an operation: one transaction on the case's current
 * version, by a staff member `access` lets act on it (anyone else gets 404).
 */
export function deliveryOperation<B extends Act>(act: DeliveryAct<B>, access: CaseAccess = resultDesk) {
  return (deps: ActDeps, actor: StaffActor, audit: AuditActor, caseId: string, input: B): Promise<Changed> =>
    actOnLockedCase(
      deps.db,
      actor,
      caseId,
      input,
      async (frame) =>
        act(
          { ...frame, item: await deliveryItemOf(frame.tx, frame.row) },
          { notifier: deps.notifier, audit },
          input,
        ),
      access,
    );
}
