import type { Db, Tx } from '../../db/database';
import { AppError, conflict, invalidField } from '../../server/errors';
import { maskCitizenId } from '../../shared/citizen-id';
import { maskName, maskPhone } from '../../shared/phone';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { staffAt } from '../cases/acting';
import { clearMarksOfAccount } from '../cases/applicant-identity';
import type { Notifier } from '../notify/notifier';
import { holderOf, releaseNumber, tellOwner, writeLink } from './link-store';
import type { AccountLookupBody, ResidentIdentityView, WindowVerifyBody } from './schemas';

/**
 * At a window a clerk checks a resident's ID card and verifies the link of the
 * account the resident signs in with (found by its phone, sent in the body):
 * the claim is verified, or made, with the card's name and number; a number
 * linked to another phone moves here when the clerk says so. Recorded with who,
 * where (the window, else the clerk's department and region) and when; audited;
 * the number's owner is told by SMS when a new phone links to it.
 */

const accountNotFound = () =>
  new AppError(
    404,
    'RESIDENT_NOT_FOUND',
    '该手机号码尚未登录过“一次”群众端：请申请人先用该手机号码登录，再来核验',
  );

async function accountByPhone(db: Db | Tx, phone: string) {
  return await db
    .selectFrom('residents as r')
    .leftJoin('identity_verifications as v', 'v.id', 'r.identity_verification_id')
    .select([
      'r.id',
      'r.phone',
      'r.id_number',
      'r.name',
      'r.identity_verification_id',
      'v.method',
      'v.verified_at',
      'v.place',
    ])
    .where('r.phone', '=', phone)
    .executeTakeFirst();
}

type AccountRow = NonNullable<Awaited<ReturnType<typeof accountByPhone>>>;

/** The account as the clerk sees it: phone, name and number masked, the claim's state. */
function viewOf(row: AccountRow): ResidentIdentityView {
  return {
    phoneMasked: maskPhone(row.phone),
    claim: row.id_number
      ? {
          nameMasked: row.name ? maskName(row.name) : null,
          idNumberMasked: maskCitizenId(row.id_number),
          verified: row.identity_verification_id !== null,
          verifiedBy: row.method ?? null,
          verifiedAt: row.verified_at?.toISOString() ?? null,
          verifiedPlace: row.place ?? null,
        }
      : null,
  };
}

export async function lookUpAccount(db: Db, input: AccountLookupBody): Promise<ResidentIdentityView> {
  const row = await accountByPhone(db, input.phone);
  if (!row) throw accountNotFound();
  return viewOf(row);
}

export async function verifyAtWindow(
  deps: { db: Db; notifier: Notifier },
  actor: StaffActor,
  audit: AuditActor,
  input: WindowVerifyBody,
): Promise<ResidentIdentityView> {
  const { db } = deps;
  const { desk, eventActor } = await staffAt(db, actor, input.windowId ?? null, 'window');
  if (!desk && !actor.departmentId && !actor.regionCode) {
    throw invalidField('windowId', '请选择您所在的窗口，核验记录须写明核验地点', 'WINDOW_REQUIRED');
  }
  const claim = { idNumber: input.idNumber, name: input.name };
  return await db.transaction().execute(async (tx) => {
    const account = await tx
      .selectFrom('residents')
      .select(['id', 'phone', 'id_number', 'identity_verification_id'])
      .where('phone', '=', input.phone)
      .forUpdate()
      .executeTakeFirst();
    if (!account) throw accountNotFound();
    if (account.identity_verification_id && account.id_number !== claim.idNumber) {
      throw conflict(
        'IDENTITY_ALREADY_LINKED',
        `该手机号码已实名绑定身份证号码 ${maskCitizenId(account.id_number ?? '')}，与所持身份证不一致`,
      );
    }
    const holder = await holderOf(tx, claim.idNumber, account.id);
    if (holder && !input.moveLink) {
      throw conflict(
        'ID_NUMBER_TAKEN',
        `该身份证号码已绑定手机号码 ${maskPhone(holder.phone)}（${holder.identity_verification_id ? '已核验' : '未核验'}）。确认持证人本人要改绑到此手机号码，请勾选“改绑到此手机号码”后再提交`,
        {
          holderPhoneMasked: maskPhone(holder.phone),
          holderVerified: holder.identity_verification_id !== null,
        },
      );
    }
    if (holder) await releaseNumber(tx, holder.id);
    await writeLink(tx, account.id, claim, {
      method: 'window',
      staffId: actor.id,
      staffName: actor.name,
      hallId: desk?.hallId ?? null,
      windowId: desk?.windowId ?? null,
      place: desk?.place ?? null,
      departmentId: actor.departmentId,
      officeName: eventActor.officeName,
      regionCode: actor.regionCode,
      movedFrom: holder?.id ?? null,
    });
    await clearMarksOfAccount(tx, { residentId: account.id, idNumber: claim.idNumber }, eventActor);
    if (account.id_number !== claim.idNumber) {
      await tellOwner(tx, deps.notifier, {
        idNumber: claim.idNumber,
        newPhone: account.phone,
        verified: true,
        previousPhone: holder?.phone ?? null,
      });
    }
    await recordAudit(tx, audit, {
      action: holder ? 'resident.move_identity' : 'resident.verify_identity',
      entityType: 'resident',
      entityId: account.id,
      regionCode: desk?.hallRegion ?? actor.regionCode,
      before: {
        idNumber: account.id_number ? maskCitizenId(account.id_number) : null,
        verified: account.identity_verification_id !== null,
        movedFromPhone: holder ? maskPhone(holder.phone) : null,
      },
      after: {
        idNumber: maskCitizenId(claim.idNumber),
        verified: true,
        place: desk?.place ?? eventActor.officeName,
      },
    });
    return viewOf((await accountByPhone(tx, input.phone)) as AccountRow);
  });
}
