import type { Tx } from '../../db/database';
import type { IdentityVerificationMethod } from '../../db/schema';
import { maskCitizenId } from '../../shared/citizen-id';
import { maskPhone } from '../../shared/phone';
import type { Notifier } from '../notify/notifier';

/**
 * The writes every way of linking shares: the account's claim, the
 * verification that stands for it (append-only), and the SMS that tells the
 * number's owner a new phone linked to it.
 */

/** How a link was verified, as identity_verifications records it (who, where, when). */
export interface VerificationRecord {
  method: IdentityVerificationMethod;
  staffId?: string;
  staffName?: string;
  hallId?: string | null;
  windowId?: string | null;
  place?: string | null;
  departmentId?: string | null;
  officeName?: string | null;
  regionCode?: string | null;
  provider?: string;
  providerReference?: string | null;
}

export interface Claim {
  idNumber: string;
  name: string;
}

/** The account that holds a number now, locked, if it is another than `residentId`. */
export async function holderOf(tx: Tx, idNumber: string, residentId: string) {
  return await tx
    .selectFrom('residents')
    .select(['id', 'phone', 'identity_verification_id'])
    .where('id_number', '=', idNumber)
    .where('id', '<>', residentId)
    .forUpdate()
    .executeTakeFirst();
}

/** Takes the number off the account that held it (a moved link); that account keeps its phone. */
export async function releaseNumber(tx: Tx, residentId: string): Promise<void> {
  await tx
    .updateTable('residents')
    .set({ id_number: null, name: null, identity_verification_id: null, updated_at: new Date() })
    .where('id', '=', residentId)
    .execute();
}

/** Sets the account's claim; verified when `verification` is given, else unverified. */
export async function writeLink(
  tx: Tx,
  residentId: string,
  claim: Claim,
  verification: (VerificationRecord & { movedFrom?: string | null }) | null,
): Promise<void> {
  await tx
    .updateTable('residents')
    .set({
      id_number: claim.idNumber,
      name: claim.name,
      identity_verification_id: null,
      updated_at: new Date(),
    })
    .where('id', '=', residentId)
    .execute();
  if (!verification) return;
  const row = await tx
    .insertInto('identity_verifications')
    .values({
      resident_id: residentId,
      id_number: claim.idNumber,
      name: claim.name,
      method: verification.method,
      staff_id: verification.staffId ?? null,
      staff_name: verification.staffName ?? null,
      hall_id: verification.hallId ?? null,
      window_id: verification.windowId ?? null,
      place: verification.place ?? null,
      department_id: verification.departmentId ?? null,
      office_name: verification.officeName ?? null,
      region_code: verification.regionCode ?? null,
      provider: verification.provider ?? null,
      provider_reference: verification.providerReference ?? null,
      moved_from_resident_id: verification.movedFrom ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .updateTable('residents')
    .set({ identity_verification_id: row.id })
    .where('id', '=', residentId)
    .execute();
}

/**
 * Tells the number's owner that `newPhone` linked to it: the phone the registry
 * holds for the number and, for a moved link, the phone that held it; never the
 * new phone itself. In the caller's transaction, through the notify outbox.
 */
export async function tellOwner(
  tx: Tx,
  notifier: Notifier,
  link: { idNumber: string; newPhone: string; verified: boolean; previousPhone: string | null },
): Promise<void> {
  const registry = await tx
    .selectFrom('persons')
    .select('phone')
    .where('id_number', '=', link.idNumber)
    .executeTakeFirst();
  const recipients = new Set(
    [registry?.phone, link.previousPhone].filter((phone): phone is string => !!phone),
  );
  recipients.delete(link.newPhone);
  const state = link.verified ? '已核验' : '未核验';
  const moved = link.previousPhone ? '（原绑定手机已解除）' : '';
  const body =
    `【一次政务服务】您的身份证号码 ${maskCitizenId(link.idNumber)} 已被手机号 ${maskPhone(link.newPhone)} ` +
    `绑定（${state}）${moved}。如非本人操作，请携带身份证到任一便民服务中心窗口办理，工作人员核验后可改绑到您的手机。`;
  await notifier.sendAll(
    tx,
    [...recipients].map((recipient) => ({
      channel: 'sms' as const,
      recipient,
      purpose: 'identity_linked',
      body,
    })),
  );
}
