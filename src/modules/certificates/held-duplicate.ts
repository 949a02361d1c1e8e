import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import { AppError, conflict } from '../../server/errors';
import { CERTIFICATE_TYPES, type CertificateType } from '../../shared/catalog-terms';
import { todayInChina } from '../../shared/certificate-status';
import { CERTIFICATE_TYPE_SPECS } from '../../shared/certificate-types';
import { fieldLabel } from '../../shared/field-labels';
import type { AuditActor } from '../auth/actor';
import { writeStatusChange } from './change-status';

/** The reason written on a certificate revoked because a new one of its type replaces it. */
export const REPLACED_REASON = '换发';

/**
 * Before a certificate is issued to someone already holding a valid one of
 * its type, the type's rule (onDuplicate in certificate-types.ts) decides:
 * the held one is revoked with reason 换发, the issue is refused, or — for
 * 'ask' — the issuing clerk must have chosen to replace (`replaceHeld`).
 * Holder and type are locked for the transaction, so two issues at once
 * cannot both see no certificate held.
 */
export async function settleHeldCertificate(
  tx: Tx,
  audit: AuditActor,
  certificate: { type: CertificateType; holderNumber: string },
  replaceHeld: boolean,
): Promise<void> {
  const rule = CERTIFICATE_TYPE_SPECS[certificate.type].onDuplicate;
  if (rule === 'allow') return;
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`certificate:${certificate.type}:${certificate.holderNumber}`}))`.execute(
    tx,
  );
  const held = await tx
    .selectFrom('certificates')
    .select(['id', 'identifier', 'number', 'holder_number', 'region_code', 'status'])
    .where('type', '=', certificate.type)
    .where('holder_number', '=', certificate.holderNumber)
    .where('status', '=', 'valid')
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', todayInChina())]))
    .forUpdate()
    .execute();
  if (held.length === 0) return;
  const name = CERTIFICATE_TYPES[certificate.type];
  const numbers = held.map((row) => row.number).join('、');
  if (rule === 'refuse') {
    throw conflict(
      'CERTIFICATE_ALREADY_HELD',
      `申请人已持有有效的${name}（编号 ${numbers}），该证照不重复颁发`,
      {
        held: numbers,
      },
    );
  }
  if (rule === 'ask' && !replaceHeld) {
    throw new AppError(
      409,
      'CERTIFICATE_HELD',
      `申请人已持有有效的${name}（编号 ${numbers}）：换发（原证撤销）还是不再颁发？`,
      [
        {
          field: 'replaceHeld',
          label: fieldLabel(['replaceHeld']),
          message: `已持有有效的${name}（编号 ${numbers}）`,
        },
      ],
    );
  }
  for (const row of held) await writeStatusChange(tx, audit, row, 'revoke', REPLACED_REASON);
}
