import type { Db } from '../../db/database';
import { AppError, invalidField, notFound } from '../../server/errors';
import { type AuditActor, type ResidentActor, verifiedIdNumberOf } from '../auth/actor';
import type { Notifier } from '../notify/notifier';
import { residentEventActor } from './acting';
import { readOwnRecord } from './applicant-facts';
import { caseDetail } from './case-detail';
import { prepareDraft } from './case-draft';
import { publishedItem } from './case-item';
import { caseTitleColumn, documentOf } from './case-queries';
import { workingDaysLeft } from './deadlines';
import { createOnce, type IdempotencyKey } from './idempotency';
import { createCase, nextCaseNumber } from './new-case';
import { publicName } from './public-progress';
import { ownCase } from './resident-own';
import type { ApplyBody } from './schemas';

/**
 * A resident's own cases: applying online for themselves (the case then waits
 * for a clerk's intake decision), the list, the whole case, its documents.
 * A resident follows the cases filed under their verified ID number and the
 * ones they applied for from this account. An unverified link may apply (typing
 * everything; nothing is pre-filled) and the case is marked for the window.
 */

function linkedId(resident: ResidentActor): string {
  if (!resident.claimedIdNumber) {
    throw new AppError(409, 'IDENTITY_REQUIRED', '请先完成实名认证，办件将以您的身份证号码申请');
  }
  return resident.claimedIdNumber;
}

/** Items offered online are those with at least online pre-review (网上办理深度二级及以上). */
const MIN_ONLINE_DEPTH = 2;

export function requireOnline(name: string, onlineDepth: number): void {
  if (onlineDepth < MIN_ONLINE_DEPTH) {
    throw new AppError(409, 'NOT_OFFERED_ONLINE', `“${name}”暂不支持网上申请，请到窗口办理`);
  }
}

/** The resident's own ID number, once every provided material has its scan attached. */
export function checkedOnline(resident: ResidentActor, input: Pick<ApplyBody, 'materials'>): string {
  const idNumber = linkedId(resident);
  const unattached = input.materials.findIndex((entry) => entry.state === 'provided' && !entry.materialId);
  if (unattached >= 0) {
    throw invalidField(
      `materials.${unattached}.materialId`,
      '网上申请须上传该材料的照片或扫描件',
      'MATERIAL_FILE_MISSING',
    );
  }
  return idNumber;
}

/** The resident applies for themselves, online, taken in by their own street. */
export function onlineDraftInput(
  resident: ResidentActor,
  idNumber: string,
  input: Pick<ApplyBody, 'phone' | 'regionCode'>,
) {
  return {
    applicant: {
      kind: 'person' as const,
      number: idNumber,
      name: resident.name ?? undefined,
      phone: input.phone ?? resident.phone,
      regionCode: input.regionCode,
    },
    channel: 'online' as const,
    desk: null,
    intakeRegion: null,
  };
}

export async function applyOnline(
  deps: { db: Db; notifier: Notifier },
  resident: ResidentActor,
  audit: AuditActor,
  input: ApplyBody,
  key: IdempotencyKey | null,
) {
  const { db } = deps;
  const idNumber = checkedOnline(resident, input);
  return await createOnce(db, key, async () => {
    const chosenItem = await publishedItem(db, input.itemId);
    requireOnline(chosenItem.content.name, chosenItem.content.onlineDepth);
    const draft = await prepareDraft(db, {
      ...onlineDraftInput(resident, idNumber, input),
      chosenItem,
      facts: await readOwnRecord(db, resident),
      formData: input.formData,
      materials: input.materials,
      delivery: input.delivery,
      // The resident chose what to attach; the clerk who takes the case in is offered the rest.
      reuseHeld: false,
    });
    const submittedAt = new Date();
    return await createCase(db, deps.notifier, {
      draft,
      caseNumber: await nextCaseNumber(db, draft.intakeRegion, submittedAt),
      submittedAt,
      agent: null,
      startedBy: { kind: 'resident', id: resident.id, name: draft.applicant.name },
      applicantUnverified: !resident.identityVerified,
      visits: 0,
      actor: residentEventActor(resident),
      audit,
      key,
    });
  });
}

export async function listMyCases(db: Db, resident: ResidentActor) {
  const verified = verifiedIdNumberOf(resident);
  const rows = await db
    .selectFrom('cases as c')
    .leftJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
    )
    .leftJoin('catalog_bundles as b', 'b.id', 'c.bundle_id')
    .select([
      'c.id',
      'c.case_number',
      'c.public_code',
      'c.status',
      'c.submitted_at',
      'c.promised_deadline',
      caseTitleColumn,
    ])
    // A joint case is listed once, as its parent, which shows each child's progress.
    .where('c.parent_case_id', 'is', null)
    .where('c.applicant_kind', '=', 'person')
    .where((eb) =>
      eb.or([
        eb.and([eb('c.started_by_kind', '=', 'resident'), eb('c.started_by_id', '=', resident.id)]),
        ...(verified ? [eb('c.applicant_number', '=', verified)] : []),
      ]),
    )
    .orderBy('c.submitted_at', 'desc')
    .limit(200)
    .execute();
  return await Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      caseNumber: row.case_number,
      publicCode: row.public_code,
      itemName: row.item_name,
      status: row.status,
      submittedAt: row.submitted_at.toISOString(),
      promisedDeadline: row.promised_deadline?.toISOString() ?? null,
      // Only a case being worked on counts down; few of a resident's cases are at once.
      workingDaysLeft:
        row.status === 'accepted' && row.promised_deadline
          ? await workingDaysLeft(db, row.promised_deadline)
          : null,
    })),
  );
}

/** The whole case for its applicant; staff names are masked as on the public page. */
export async function getMyCase(db: Db, resident: ResidentActor, caseId: string) {
  return await caseDetail(db, await ownCase(db, resident, caseId), publicName);
}

export async function getMyDocument(db: Db, resident: ResidentActor, caseId: string, documentId: string) {
  const row = await ownCase(db, resident, caseId);
  const document = await documentOf(db, row.id, documentId);
  if (!document) throw notFound('文书');
  return document;
}
