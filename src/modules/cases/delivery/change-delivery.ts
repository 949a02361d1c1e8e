import { conflict, notFound } from '../../../server/errors';
import type { AuditActor, ResidentActor } from '../../auth/actor';
import { requireAct, residentEventActor } from '../acting';
import { type ActDeps, statusChanged } from '../case-act';
import { appendEvent, checkVersion, lockCase, updateCase } from '../case-store';
import { deliveryItemOf } from '../joint-views';
import { type Changed, changed } from '../paper-handover';
import { isResidentsCase } from '../resident-own';
import { deliveryChangeable, methodChangedMessage } from '../rules/delivery';
import type { DeliveryChoice } from './choice-schema';
import { addressColumns, checkDelivery } from './delivery-choice';
import { type DeliveryContext, deliveryOperation, requireOwnDelivery, type StepDeps } from './delivery-step';
import { loadDelivery, saveDelivery } from './delivery-store';
import type { ChangeDeliveryBody, ResidentChangeBody } from './schemas';

/**
 * The applicant (in the app) or a clerk changes how the result is to be got,
 * any time before the result has left the office: posted, or given to the
 * grid worker. The history keeps every choice.
 */

async function changeMethod(
  context: DeliveryContext,
  deps: StepDeps,
  choice: DeliveryChoice,
): Promise<Changed> {
  const { tx, row, item, eventActor } = context;
  requireOwnDelivery(row, '变更结果领取方式');
  requireAct(row, 'change_delivery');
  const current = await loadDelivery(tx, row.id);
  const facts = {
    postedAt: current?.posted_at ?? null,
    assignedAt: current?.assigned_at ?? null,
    deliveredAt: current?.delivered_at ?? null,
  };
  if (!deliveryChangeable(row.status, facts)) {
    throw conflict(
      'DELIVERY_UNDER_WAY',
      facts.postedAt
        ? `办理结果已寄出（快递单号 ${current?.tracking_number}），不能再变更领取方式`
        : '办理结果已交网格员送达，不能再变更领取方式',
    );
  }
  const checked = await checkDelivery(tx, item.content, choice, {
    name: row.applicant_name,
    phone: row.applicant_phone,
  });
  const after = await updateCase(tx, row, { delivery_method: checked.method });
  if (current || checked.address) await saveDelivery(tx, after, addressColumns(checked.address));
  await appendEvent(tx, after, 'delivery_changed', eventActor, {
    from: row.delivery_method,
    to: checked.method,
    addressRegion: checked.address?.regionCode ?? null,
  });
  await statusChanged(context, deps, after, 'case.delivery_changed', methodChangedMessage(checked.method));
  return changed(after);
}

export const changeDeliveryAsClerk = deliveryOperation<ChangeDeliveryBody>((context, deps, input) =>
  changeMethod(context, deps, input.delivery),
);

/** The applicant changes it in the app: their own case (isResidentsCase), else 404. */
export async function changeDeliveryAsApplicant(
  deps: ActDeps,
  resident: ResidentActor,
  audit: AuditActor,
  caseId: string,
  input: ResidentChangeBody,
): Promise<Changed> {
  return await deps.db.transaction().execute(async (tx) => {
    const row = await lockCase(tx, caseId);
    if (!isResidentsCase(resident, row)) throw notFound('办件');
    checkVersion(row, input.version);
    const item = await deliveryItemOf(tx, row);
    const context = { tx, row, item, desk: null, eventActor: residentEventActor(resident) };
    return await changeMethod(context, { notifier: deps.notifier, audit }, input.delivery);
  });
}
