import { type Insertable, sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import type { CasesTable } from '../../db/schema';
import { maskCitizenId } from '../../shared/citizen-id';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor } from '../auth/actor';
import type { Notifier } from '../notify/notifier';
import type { CaseDraft } from './case-draft';
import { notifyApplicant } from './case-notify';
import { appendEvent, type CaseRow, type EventActor, saveMaterials } from './case-store';
import { checkCertificateUses } from './certificate-reuse';
import { decisionDueOf } from './decision-due';
import { addressColumns } from './delivery/delivery-choice';
import { saveDelivery } from './delivery/delivery-store';
import { claimKey, type IdempotencyKey } from './idempotency';
import { recordRepositoryUses } from './reuse';
import { formatCaseNumber, newPublicCode } from './rules/case-codes';
import { type CaseMaterial, reusedCount } from './rules/materials';

/** Writing a new case: the row, its materials, its first history, the key, the notice — one transaction. */

/** The next case number of an intake region; taken before the transaction, so a registry read can cite it. */
export async function nextCaseNumber(db: Db | Tx, intakeRegion: string, at: Date): Promise<string> {
  const { rows } = await sql<{ n: number }>`SELECT nextval('case_number_seq') AS n`.execute(db);
  return formatCaseNumber(intakeRegion, at, Number(rows[0]?.n));
}

export interface NewCase {
  draft: CaseDraft;
  caseNumber: string;
  submittedAt: Date;
  agent: { name: string; number: string | null; staffId: string | null } | null;
  startedBy: { kind: 'staff' | 'resident'; id: string; name: string };
  /** Applied online from an unverified real-name link: marked for the window (applicant_unverified). */
  applicantUnverified?: boolean;
  visits: number;
  actor: EventActor;
  audit: AuditActor;
  key: IdempotencyKey | null;
}

/**
 * What the caller sets beyond the draft: a single case's date for the intake
 * decision; a joint case's child its parent, its bundle and its own count of
 * reused papers (a child has no decision date: it is decided on its parent).
 */
export type RowLink = Pick<
  Insertable<CasesTable>,
  'decision_due' | 'parent_case_id' | 'bundle_id' | 'reused_material_count'
>;

/** Who applies, through whom and where: the same on a single case and on every row of a joint case. */
export function intakeColumns(draft: CaseDraft, input: Pick<NewCase, 'agent' | 'applicantUnverified'>) {
  return {
    applicant_kind: draft.applicant.kind,
    applicant_number: draft.applicant.number,
    applicant_name: draft.applicant.name,
    applicant_phone: draft.applicant.phone,
    agent_name: input.agent?.name ?? null,
    agent_number: input.agent?.number ?? null,
    agent_staff_id: input.agent?.staffId ?? null,
    channel: draft.channel,
    hall_id: draft.desk?.hallId ?? null,
    window_id: draft.desk?.windowId ?? null,
    intake_region_code: draft.intakeRegion,
    routing_basis: draft.routing.basis,
    applicant_region_code: draft.routing.applicantRegion,
    applicant_unverified: input.applicantUnverified ?? false,
  };
}

async function insertRow(tx: Tx, input: NewCase, link: RowLink): Promise<CaseRow> {
  const { draft } = input;
  return await tx
    .insertInto('cases')
    .values({
      case_number: input.caseNumber,
      public_code: newPublicCode(),
      item_id: draft.item.itemId,
      item_version: draft.item.version,
      handling_kind: draft.item.content.handlingKind,
      ...intakeColumns(draft, input),
      competent_region_code: draft.routing.competentRegion,
      competent_department_id: draft.item.department.id,
      any_window: draft.anyWindow,
      delivery_method: draft.delivery.method,
      status: 'submitted',
      form_data: JSON.stringify(draft.formData),
      visits: input.visits,
      reused_material_count: reusedCount(draft.materials),
      submitted_at: input.submittedAt,
      started_by_kind: input.startedBy.kind,
      started_by_id: input.startedBy.id,
      started_by_name: input.startedBy.name,
      ...link,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The case row, its materials, their repository and certificate uses, its first
 * history: the part of a new case that a joint case's children share.
 * `countedElsewhere` names materials a sibling already counted and recorded.
 */
export async function writeCase(
  tx: Tx,
  input: NewCase,
  link: RowLink = {},
  countedElsewhere: (material: CaseMaterial) => boolean = () => false,
): Promise<CaseRow> {
  const row = await insertRow(tx, input, link);
  const { draft } = input;
  await saveMaterials(tx, row, draft.materials);
  // A resident applying online is the applicant, attaching their own materials.
  const ownUses = draft.materials.filter((material) => !countedElsewhere(material));
  await recordRepositoryUses(tx, row, ownUses, input.startedBy.kind === 'resident');
  await checkCertificateUses(tx, row, draft.item.content.materials, draft.materials);
  await appendEvent(tx, row, 'created', input.actor, {
    itemVersion: draft.item.version,
    routingBasis: draft.routing.basis,
    delivery: draft.delivery.method,
    materials: draft.materials.map((material) => ({ key: material.key, state: material.state })),
  });
  if (draft.anyWindow) {
    await appendEvent(tx, row, 'routed', input.actor, {
      intakeRegion: draft.intakeRegion,
      competentRegion: draft.routing.competentRegion,
      departmentName: draft.item.department.name,
    });
  }
  return row;
}

export async function createCase(db: Db, notifier: Notifier, input: NewCase): Promise<string> {
  // The calendar is read before the transaction opens, as for every deadline.
  const decisionDue = await decisionDueOf(db, input.draft.channel, input.submittedAt);
  return await db.transaction().execute(async (tx) => {
    const row = await writeCase(tx, input, { decision_due: decisionDue });
    if (input.key) await claimKey(tx, input.key, row);
    const { draft } = input;
    if (draft.delivery.address) await saveDelivery(tx, row, addressColumns(draft.delivery.address));
    await notifyApplicant(tx, notifier, row, draft.item.content.name);
    await recordAudit(tx, input.audit, {
      action: 'case.create',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.intake_region_code,
      after: {
        caseNumber: row.case_number,
        item: draft.item.content.name,
        channel: row.channel,
        applicant: maskCitizenId(row.applicant_number),
      },
    });
    return row.id;
  });
}
