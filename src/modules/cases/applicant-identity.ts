import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import { conflict, invalidField } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { type ActDeps, actOnLockedCase } from './case-act';
import { appendEvent, type CaseRow, type EventActor, updateCase } from './case-store';
import { type Changed, changed } from './paper-handover';
import type { IdentityCheckBody } from './schemas';

/**
 * An online application made from an unverified real-name link is marked
 * (cases.applicant_unverified, 未核验身份) until the applicant's identity is
 * established: a clerk checks the ID card at a window against the case, or
 * the account's link gets verified. Until then it cannot be accepted.
 */

/** Acceptance needs the applicant's identity established first. */
export function requireIdentityChecked(row: CaseRow): void {
  if (row.applicant_unverified) {
    throw conflict(
      'APPLICANT_IDENTITY_UNCHECKED',
      `办件 ${row.case_number} 的申请人未核验身份（网上申请时实名未核验）：请查验申请人身份证原件并点击“核验身份证”后再受理`,
    );
  }
}

/** The case and, for a joint case's parent, its children: marked no more, each with a history entry. */
async function clearMark(tx: Tx, row: CaseRow, actor: EventActor, details: Record<string, unknown>) {
  const after = await updateCase(tx, row, { applicant_unverified: false });
  await appendEvent(tx, after, 'identity_checked', actor, details);
  const children = await tx
    .updateTable('cases')
    .set({ applicant_unverified: false, row_version: sql`row_version + 1`, updated_at: new Date() })
    .where('parent_case_id', '=', row.id)
    .where('applicant_unverified', '=', true)
    .returningAll()
    .execute();
  for (const child of children) await appendEvent(tx, child, 'identity_checked', actor, details);
  return after;
}

/** A clerk at a window checked the applicant's ID card against the case (who, where and when are the event's). */
export async function checkApplicantIdentity(
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  caseId: string,
  input: IdentityCheckBody,
): Promise<Changed> {
  return await actOnLockedCase(deps.db, actor, caseId, input, async ({ tx, row, desk, eventActor }) => {
    if (!desk)
      throw invalidField('windowId', '核验身份证须在窗口进行，请选择您所在的窗口', 'WINDOW_REQUIRED');
    if (!row.applicant_unverified) {
      throw conflict('IDENTITY_ALREADY_CHECKED', `办件 ${row.case_number} 的申请人身份已核验`);
    }
    const after = await clearMark(tx, row, eventActor, { how: 'id_card' });
    await recordAudit(tx, audit, {
      action: 'case.check_identity',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.intake_region_code,
      before: { applicantUnverified: true, version: row.row_version },
      after: { applicantUnverified: false, version: after.row_version, place: desk.place },
    });
    return changed(after);
  });
}

/**
 * Once an account's link to `idNumber` is verified, the applications it made
 * under that number while unverified no longer wait for an ID-card check.
 */
export async function clearMarksOfAccount(
  tx: Tx,
  account: { residentId: string; idNumber: string },
  actor: EventActor,
): Promise<void> {
  const marked = await tx
    .selectFrom('cases')
    .selectAll()
    .where('started_by_kind', '=', 'resident')
    .where('started_by_id', '=', account.residentId)
    .where('applicant_number', '=', account.idNumber)
    .where('applicant_unverified', '=', true)
    .where('parent_case_id', 'is', null)
    .orderBy('case_number')
    .forUpdate()
    .execute();
  for (const row of marked) await clearMark(tx, row, actor, { how: 'account_verified' });
}
