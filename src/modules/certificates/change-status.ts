import type { Db, Tx } from '../../db/database';
import { conflict, forbidden, notFound } from '../../server/errors';
import { maskHolderNumber } from '../../shared/certificate-holder';
import { canManageCertificate, canViewCertificate } from '../../shared/certificate-scope';
import {
  CERTIFICATE_STATUSES,
  canChangeStatus,
  certificateStatusOn,
  STATUS_CHANGES,
  type StatusChange,
  todayInChina,
} from '../../shared/certificate-status';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';

/** Suspends, reinstates or revokes a certificate, with the reason, in its event history and the audit log. */
export async function changeCertificateStatus(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  id: string,
  change: StatusChange,
  reason: string,
) {
  return await db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('certificates')
      .select([
        'id',
        'identifier',
        'holder_number',
        'issuer_department_id',
        'region_code',
        'status',
        'status_reason',
        'valid_until',
      ])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row || !canViewCertificate(actor.grants, row.region_code)) throw notFound('证照');
    if (
      !canManageCertificate(actor.grants, {
        departmentId: row.issuer_department_id,
        regionCode: row.region_code,
      })
    )
      throw forbidden('只有发证机关的工作人员可以暂停、恢复或撤销该证照');
    const current = certificateStatusOn(row.status, row.valid_until, todayInChina());
    if (!canChangeStatus(change, current)) {
      throw conflict(
        'CERTIFICATE_STATUS_CONFLICT',
        `证照当前${CERTIFICATE_STATUSES[current]}，不能${STATUS_CHANGES[change].label}`,
      );
    }
    const status = await writeStatusChange(tx, audit, row, change, reason);
    return { status: certificateStatusOn(status, row.valid_until, todayInChina()) };
  });
}

/** The status row, its event with the reason and the audit row, in the caller's transaction (the row locked). */
export async function writeStatusChange(
  tx: Tx,
  audit: AuditActor,
  row: { id: string; identifier: string; holder_number: string; region_code: string; status: string },
  change: StatusChange,
  reason: string,
) {
  const id = row.id;
  const status = STATUS_CHANGES[change].to;
  const statusReason = status === 'valid' ? null : reason;
  await tx
    .updateTable('certificates')
    .set({ status, status_reason: statusReason, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
  await tx
    .insertInto('certificate_events')
    .values({
      certificate_id: id,
      action: change,
      status,
      reason,
      actor_kind: audit.kind,
      actor_id: audit.id,
      actor_name: audit.name,
    })
    .execute();
  await recordAudit(tx, audit, {
    action: `certificate.${change}`,
    entityType: 'certificate',
    entityId: id,
    regionCode: row.region_code,
    before: { identifier: row.identifier, holder: maskHolderNumber(row.holder_number), status: row.status },
    after: { status, reason },
  });
  return status;
}
