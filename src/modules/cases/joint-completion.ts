import type { Tx } from '../../db/database';
import { CASE_STATUSES, CLOSED_STATUSES, DOCUMENT_KINDS } from '../../shared/case-terms';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor } from '../auth/actor';
import type { Notifier } from '../notify/notifier';
import { caseTitle, documentHead, issueDocument } from './case-documents';
import { notifyApplicant } from './case-notify';
import { appendEvent, type CaseRow, type EventActor, lockCase, updateCase } from './case-store';

/**
 * A joint case ends with its last child. Each child's closing (a result, or a
 * 不予许可) is recorded on the parent; once every child is closed the parent
 * closes with ONE joint result notice listing each child's outcome, and the
 * applicant is told once. The parent is locked after the child (children lock
 * first, then their parent), so two children closing at once are serialised
 * on the parent and the second sees the first's closing.
 */

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

export async function closeJointIfDone(
  tx: Tx,
  deps: { notifier: Notifier; audit: AuditActor },
  child: CaseRow,
  actor: EventActor,
): Promise<void> {
  if (child.parent_case_id === null) return;
  const parent = await lockCase(tx, child.parent_case_id);
  if (CLOSED_STATUSES.includes(parent.status)) return;
  await appendEvent(tx, parent, 'child_closed', actor, {
    child: child.case_number,
    status: child.status,
    statusLabel: CASE_STATUSES[child.status],
  });
  const outcomes = await childOutcomes(tx, parent.id);
  if (!outcomes.every((outcome) => CLOSED_STATUSES.includes(outcome.status))) return;
  const children = outcomes.map((outcome) => ({
    caseNumber: outcome.case_number,
    itemName: outcome.item_name,
    departmentName: outcome.department_name,
    status: outcome.status,
    statusLabel: CASE_STATUSES[outcome.status],
    result: outcome.result,
  }));
  // The bundle is done when all its items are; it counts as completed if any item was granted.
  const granted = outcomes.some((outcome) => outcome.status === 'completed');
  const after = await updateCase(tx, parent, {
    status: granted ? 'completed' : 'disapproved',
    closed_at: new Date(),
    result: JSON.stringify({ children }),
  });
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
    },
    actor,
  );
  await appendEvent(tx, after, 'bundle_completed', actor, { document: document.number });
  await notifyApplicant(tx, deps.notifier, after, await caseTitle(tx, after), '请查看联办办结通知书。');
  await recordAudit(tx, deps.audit, {
    action: 'case.complete_joint',
    entityType: 'case',
    entityId: after.id,
    regionCode: after.intake_region_code,
    before: { status: parent.status, version: parent.row_version },
    after: { caseNumber: after.case_number, status: after.status, version: after.row_version },
  });
}
