import type { Db, Tx } from '../../db/database';
import { maskCitizenId } from '../../shared/citizen-id';
import { recordAudit } from '../audit/record-audit';
import type { Notifier } from '../notify/notifier';
import { notifyApplicant } from './case-notify';
import { appendEvent, type CaseRow } from './case-store';
import { decisionDueOf } from './decision-due';
import { addressColumns } from './delivery/delivery-choice';
import { saveDelivery } from './delivery/delivery-store';
import { claimKey } from './idempotency';
import type { JointDraft } from './joint-draft';
import { intakeColumns, type NewCase, nextCaseNumber, writeCase } from './new-case';
import { newPublicCode } from './rules/case-codes';
import { type CaseMaterial, isSatisfied } from './rules/materials';

/**
 * Writing a joint case in one transaction: the parent (the bundle, its number
 * and public code, the merged form), one child per item with its part of the
 * answers, the Idempotency-Key on the parent, ONE notice to the applicant.
 */

/** caseNumber is the parent's, taken before the registry read that cites it; children take theirs here. */
export type NewJointCase = Omit<NewCase, 'draft'> & { joint: JointDraft };

async function insertParent(tx: Tx, input: NewJointCase, decisionDue: Date | null): Promise<CaseRow> {
  const { joint } = input;
  const first = joint.children[0]?.draft as NewCase['draft'];
  const drafts = joint.children.map((child) => child.draft);
  return await tx
    .insertInto('cases')
    .values({
      case_number: input.caseNumber,
      public_code: newPublicCode(),
      case_kind: 'bundle',
      bundle_id: joint.bundle.id,
      item_id: null,
      item_version: null,
      handling_kind: drafts.some((draft) => draft.item.content.handlingKind === 'promised')
        ? 'promised'
        : 'on_the_spot',
      ...intakeColumns(first, input),
      competent_region_code: joint.bundle.leadRegion,
      competent_department_id: joint.bundle.leadDepartmentId,
      any_window: drafts.some((draft) => draft.anyWindow),
      // The results travel together, by the method chosen once (each child's draft checked it).
      delivery_method: first.delivery.method,
      status: 'submitted',
      form_data: JSON.stringify(joint.formData),
      visits: input.visits,
      submitted_at: input.submittedAt,
      decision_due: decisionDue,
      started_by_kind: input.startedBy.kind,
      started_by_id: input.startedBy.id,
      started_by_name: input.startedBy.name,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Writes the children; a paper reused for several items (the same scan, the
 * same certificate) is counted and recorded as a use once, on the first child.
 */
async function writeChildren(tx: Tx, input: NewJointCase, parent: CaseRow) {
  const counted = new Set<string>();
  let reused = 0;
  const children: CaseRow[] = [];
  for (const child of input.joint.children) {
    const mergedKey = (material: CaseMaterial) => child.mergedKeyOf.get(material.key) ?? material.key;
    const isReuse = (material: CaseMaterial) =>
      isSatisfied(material) && material.state !== 'provided' && !counted.has(mergedKey(material));
    const fresh = child.draft.materials.filter(isReuse);
    const caseNumber = await nextCaseNumber(tx, parent.intake_region_code, input.submittedAt);
    const row = await writeCase(
      tx,
      { ...input, draft: child.draft, caseNumber },
      { parent_case_id: parent.id, bundle_id: parent.bundle_id, reused_material_count: fresh.length },
      (material) => counted.has(mergedKey(material)),
    );
    for (const material of child.draft.materials) if (material.materialId) counted.add(mergedKey(material));
    for (const material of fresh) counted.add(mergedKey(material));
    reused += fresh.length;
    children.push(row);
  }
  return { children, reused };
}

export async function createJointCase(db: Db, notifier: Notifier, input: NewJointCase): Promise<string> {
  const first = input.joint.children[0]?.draft as NewCase['draft'];
  // Decided on the parent alone: the children have no decision date of their own.
  const decisionDue = await decisionDueOf(db, first.channel, input.submittedAt);
  return await db.transaction().execute(async (tx) => {
    const inserted = await insertParent(tx, input, decisionDue);
    if (input.key) await claimKey(tx, input.key, inserted);
    if (first.delivery.address) await saveDelivery(tx, inserted, addressColumns(first.delivery.address));
    const { children, reused } = await writeChildren(tx, input, inserted);
    const parent = await tx
      .updateTable('cases')
      .set({ reused_material_count: reused })
      .where('id', '=', inserted.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendEvent(tx, parent, 'created', input.actor, {
      bundle: input.joint.bundle.name,
      delivery: parent.delivery_method,
      children: children.map((child) => child.case_number),
    });
    await notifyApplicant(tx, notifier, parent, input.joint.bundle.name);
    await recordAudit(tx, input.audit, {
      action: 'case.create_joint',
      entityType: 'case',
      entityId: parent.id,
      regionCode: parent.intake_region_code,
      after: {
        caseNumber: parent.case_number,
        bundle: input.joint.bundle.name,
        children: children.map((child) => child.case_number),
        channel: parent.channel,
        applicant: maskCitizenId(parent.applicant_number),
      },
    });
    return parent.id;
  });
}
