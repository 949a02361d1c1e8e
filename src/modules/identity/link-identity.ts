import type { Db } from '../../db/database';
import { AppError, conflict } from '../../server/errors';
import { maskCitizenId } from '../../shared/citizen-id';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, ResidentActor } from '../auth/actor';
import { residentEventActor } from '../cases/acting';
import { clearMarksOfAccount } from '../cases/applicant-identity';
import type { Notifier } from '../notify/notifier';
import {
  type Claim,
  holderOf,
  releaseNumber,
  tellOwner,
  type VerificationRecord,
  writeLink,
} from './link-store';
import type { RealNameProvider } from './real-name-provider';

/**
 * A resident links their account to a citizen ID number (实名认证). The link is
 * verified when the registry vouches for it (the name it holds for the number,
 * and the signing-in phone is the phone it holds) or the real-name provider
 * matches name, number and phone; otherwise it is made unverified and opens
 * nothing until a clerk checks the ID card at a window. A number belongs to
 * one account: a second phone is refused and told how to contest at a window,
 * except that a verified claim takes a number from an unverified one. The
 * number's owner is told by SMS whenever a new phone links to it.
 */

export interface LinkDeps {
  db: Db;
  notifier: Notifier;
  realName: RealNameProvider | null;
}

export const numberTaken = () =>
  conflict(
    'ID_NUMBER_TAKEN',
    '该身份证号码已绑定其他手机号码。如确系本人，请携带身份证到任一便民服务中心窗口，工作人员核验后可改绑到您现在的手机号码',
  );

/** Who vouches for the claim made from `phone`: the registry, else the provider; null when nobody does. */
async function vouchFor(deps: LinkDeps, claim: Claim, phone: string): Promise<VerificationRecord | null> {
  const person = await deps.db
    .selectFrom('persons')
    .select(['name', 'phone'])
    .where('id_number', '=', claim.idNumber)
    .executeTakeFirst();
  if (person && person.name === claim.name && person.phone === phone) return { method: 'registry' };
  if (!deps.realName) return null;
  try {
    const answer = await deps.realName.check({ ...claim, phone });
    if (answer.outcome !== 'match') return null;
    return { method: 'provider', provider: deps.realName.name, providerReference: answer.reference };
  } catch {
    // The service did not answer: the link is made unverified; linking again retries.
    return null;
  }
}

export async function linkResidentIdentity(
  deps: LinkDeps,
  actor: ResidentActor,
  audit: AuditActor,
  claim: Claim,
): Promise<{ verified: boolean }> {
  // The provider is asked before the transaction opens: no lock is held across its network call.
  const vouch = await vouchFor(deps, claim, actor.phone);
  return await deps.db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('residents')
      .select(['id_number', 'name', 'identity_verification_id'])
      .where('id', '=', actor.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (current.id_number && current.id_number !== claim.idNumber) {
      throw new AppError(409, 'IDENTITY_ALREADY_LINKED', '该账号已绑定其他身份证号码，如需更改请到窗口办理');
    }
    if (current.identity_verification_id) return { verified: true };
    const holder = await holderOf(tx, claim.idNumber, actor.id);
    if (holder && (holder.identity_verification_id || !vouch)) throw numberTaken();
    if (holder) await releaseNumber(tx, holder.id);
    await writeLink(tx, actor.id, claim, vouch && { ...vouch, movedFrom: holder?.id ?? null });
    if (vouch) await clearMarksOfAccount(tx, { residentId: actor.id, ...claim }, residentEventActor(actor));
    if (current.id_number !== claim.idNumber) {
      await tellOwner(tx, deps.notifier, {
        idNumber: claim.idNumber,
        newPhone: actor.phone,
        verified: Boolean(vouch),
        previousPhone: holder?.phone ?? null,
      });
    }
    await recordAudit(tx, audit, {
      action: 'resident.link_identity',
      entityType: 'resident',
      entityId: actor.id,
      before: { name: current.name, idNumber: current.id_number ? maskCitizenId(current.id_number) : null },
      after: {
        name: claim.name,
        idNumber: maskCitizenId(claim.idNumber),
        verifiedBy: vouch?.method ?? null,
        movedFromAccount: holder?.id ?? null,
      },
    });
    return { verified: Boolean(vouch) };
  });
}
