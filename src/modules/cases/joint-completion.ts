import type { Tx } from '../../db/database';
import { FINAL_STATUSES } from '../../shared/case-lifecycle';
import { CASE_STATUSES, type CaseEventKind, type CaseStatus, DOCUMENT_KINDS } from '../../shared/case-terms';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor } from '../auth/actor';
import type { Notifier } from '../notify/notifier';
import { caseTitle, documentHead, issueDocument } from './case-documents';
import { notifyApplicant } from './case-notify';
import { appendEvent, type CaseRow, type EventActor, lockCase, updateCase } from './case-store';
import { destinationOf, loadDelivery, saveDelivery } from './delivery/delivery-store';
import { childrenOf } from './joint-act';
import { deliveryNoticeText, resultReadyMessage } from './rules/delivery';

/**
 * A joint case is decided with its last child, and its results are delivered
 * together. Each child's decision (a result, or a 不予许可) is recorded on the
 * parent; once every child is decided the parent gets ONE joint result notice
 * listing each child's outcome and waits in result_ready for the one delivery
 * (the parent's method and address), and the applicant is told once. The
 * parent's delivery, when confirmed, closes the children still waiting with it.
 * Locks: an open child first, then its parent (never the reverse while children
 * are open); the parent's delivery locks the parent, then its decided children.
 */

/** A child's result counts as granted once it is ready or handed over. */
const GRANTED: readonly CaseStatus[] = ['result_ready', 'completed'];
const DECIDED: readonly CaseStatus[] = [...FINAL_STATUSES, 'result_ready'];

/** Whose delivery a case's result takes: its own, or a joint case's child's parent's (locked). */
export async function deliveryOwnerOf(tx: Tx, row: CaseRow): Promise<CaseRow> {
  return row.parent_case_id === null ? row : await lockCase(tx, row.parent_case_id);
}

async function childOutcomes(tx: Tx, parentId: string) {
  return await tx
    .selectFrom('cases as c')
    .innerJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
    )
    .innerJoin('departments as d', 'd.id', 'c.competent_department_id')
    .select(['c.case_number', 'c.status', 'c.result', 'v.name as item_name', 'd.name as department_name'])
    .where('c.parent_case_id', '=', parentId)
    .orderBy('c.case_number')
    .execute();
}

/** The parent's status once every child is decided: waiting for the one delivery, or closed. */
function parentOutcome(statuses: readonly CaseStatus[]): CaseStatus {
  if (statuses.includes('result_ready')) return 'result_ready';
  // Every granted result was handed over at the window already, or nothing was granted.
  return statuses.some((status) => GRANTED.includes(status)) ? 'completed' : 'disapproved';
}

export async function jointChildDecided(
  tx: Tx,
  deps: { notifier: Notifier; audit: AuditActor },
  child: CaseRow,
  actor: EventActor,
): Promise<void> {
  if (child.parent_case_id === null) return;
  const parent = await lockCase(tx, child.parent_case_id);
  if (parent.status !== 'accepted') return;
  await appendEvent(tx, parent, 'child_closed', actor, {
    child: child.case_number,
    status: child.status,
    statusLabel: CASE_STATUSES[child.status],
  });
  const outcomes = await childOutcomes(tx, parent.id);
  if (!outcomes.every((outcome) => DECIDED.includes(outcome.status))) return;
  const children = outcomes.map((outcome) => ({
    caseNumber: outcome.case_number,
    itemName: outcome.item_name,
    departmentName: outcome.department_name,
    status: outcome.status,
    statusLabel: CASE_STATUSES[outcome.status],
    result: outcome.result,
  }));
  const status = parentOutcome(outcomes.map((outcome) => outcome.status));
  const now = new Date();
  const after = await updateCase(tx, parent, {
    status,
    closed_at: status === 'result_ready' ? null : now,
    current_step: null,
    result: JSON.stringify({ children }),
  });
  const waiting = status === 'result_ready';
  const delivery = waiting ? await saveDelivery(tx, after, { ready_at: now }) : null;
  const destination = waiting ? await destinationOf(tx, after, delivery) : null;
  const head = await documentHead(tx, after, null);
  const document = await issueDocument(
    tx,
    after,
    'joint_result',
    {
      title: DOCUMENT_KINDS.joint_result.label,
      ...head,
      text: `您申请的“${head.itemName}”所含${children.length}个事项已全部办结，结果如下：`,
      children,
      delivery: destination ? deliveryNoticeText(after.delivery_method, false, destination) : '',
    },
    actor,
  );
  await appendEvent(tx, after, 'bundle_completed', actor, { document: document.number });
  const message = destination ? resultReadyMessage(after.delivery_method, destination) : '';
  await notifyApplicant(
    tx,
    deps.notifier,
    after,
    await caseTitle(tx, after),
    `请查看联办办结通知书。${message}`,
  );
  await recordAudit(tx, deps.audit, {
    action: 'case.complete_joint',
    entityType: 'case',
    entityId: after.id,
    regionCode: after.intake_region_code,
    before: { status: parent.status, version: parent.row_version },
    after: { caseNumber: after.case_number, status: after.status, version: after.row_version },
  });
}

/**
 * The parent's delivery is confirmed (it has just closed): each child whose
 * result waited with it closes too, its delivery row taking the parent's facts,
 * its history the same step citing the parent.
 */
export async function deliverChildrenWithParent(
  tx: Tx,
  parent: CaseRow,
  event: CaseEventKind,
  actor: EventActor,
): Promise<void> {
  if (parent.case_kind !== 'bundle') return;
  const delivery = await loadDelivery(tx, parent.id);
  // How it went, not where to (the address stays on the parent alone) nor by whom: the
  // grid worker's list shows the parent's delivery once.
  const facts = {
    carrier: delivery?.carrier ?? null,
    tracking_number: delivery?.tracking_number ?? null,
    posted_at: delivery?.posted_at ?? null,
    delivered_at: delivery?.delivered_at ?? parent.closed_at,
    received_by: delivery?.received_by ?? null,
    note: delivery?.note ?? null,
  };
  for (const id of await childrenOf(tx, parent.id)) {
    const child = await lockCase(tx, id);
    if (child.status !== 'result_ready') continue;
    const after = await updateCase(tx, child, {
      status: 'completed',
      closed_at: parent.closed_at,
      delivery_method: parent.delivery_method,
    });
    await saveDelivery(tx, after, facts);
    await appendEvent(tx, after, event, actor, { parent: parent.case_number });
  }
}
