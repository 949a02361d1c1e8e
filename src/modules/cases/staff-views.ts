import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import { forbidden, notFound } from '../../server/errors';
import { atIntake } from '../../shared/case-lifecycle';
import { hasPermission, regionRootsFor } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import { reusableMaterialsFor } from '../materials/material-queries';
import { type CasePart, caseDepartmentsOf, PURPOSE_OF_PART, partInCase } from './case-access';
import { caseDetail } from './case-detail';
import { type CaseItem, itemOfCase } from './case-item';
import { maskedCaseDetail } from './case-masking';
import { casesWithItem, documentOf, LIST_COLUMNS, listRowView, materialView } from './case-queries';
import type { CaseRow } from './case-store';
import { loadMaterials } from './case-store';
import { validCertificatesOf } from './certificate-reuse';
import { calendarForAcceptance, deadlinesFor, workingDaysLeftOfAll } from './deadlines';
import { jointMaterials } from './joint-act';
import { noticesOf } from './missing-notice';
import { standsInFor } from './rules/held-materials';
import { type CaseMaterial, owedMaterials, waivedMaterials } from './rules/materials';
import type { CaseDetail } from './views';

/**
 * Staff views of cases. Who sees a case, and how much of it, is their part in
 * it (case-access.ts): those acting on it see the personal data in full, those
 * supervising it see it masked, anyone else gets 404. Every opening of a case
 * is logged in case_reads with its purpose, which the applicant sees in their
 * read log.
 */

export async function visibleCase(db: Db, actor: StaffActor, caseId: string) {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  const part = row ? await partInCase(db, actor, row) : null;
  if (!row || !part) throw notFound('办件');
  return { row, part };
}

/** Staff read the personal data of these cases for `purpose`: one case_reads row each. */
export async function logReads(
  db: Db,
  actor: StaffActor,
  ip: string | null,
  rows: readonly Pick<CaseRow, 'id' | 'competent_region_code'>[],
  purpose: string,
  masked = false,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('case_reads')
    .values(
      rows.map((row) => ({
        case_id: row.id,
        region_code: row.competent_region_code,
        staff_id: actor.id,
        staff_name: actor.name,
        department_id: actor.departmentId,
        ip,
        purpose,
        masked,
      })),
    )
    .execute();
}

export const logRead = (db: Db, actor: StaffActor, ip: string | null, row: CaseRow, part: CasePart) =>
  logReads(db, actor, ip, [row], PURPOSE_OF_PART[part], part === 'supervision');

/** The whole case (applicant, form, materials, documents, history), masked for those supervising it; logged. */
export async function getCaseForStaff(
  db: Db,
  actor: StaffActor,
  ip: string | null,
  caseId: string,
): Promise<CaseDetail> {
  const { row, part } = await visibleCase(db, actor, caseId);
  await logRead(db, actor, ip, row, part);
  const atWindow =
    part !== 'supervision' && hasPermission(actor.grants, 'case.intake', row.intake_region_code);
  const detail = await caseDetail(db, row, (name) => name, true, atWindow);
  return part === 'supervision' ? maskedCaseDetail(detail) : detail;
}

/**
 * The case as its starter gets it back from the start request (or a retry of
 * it): what they just entered, so no read is logged.
 */
export async function caseForStarter(db: Db, actor: StaffActor, caseId: string): Promise<CaseDetail> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (row?.started_by_id !== actor.id) throw notFound('办件');
  const atWindow = hasPermission(actor.grants, 'case.intake', row.intake_region_code);
  return await caseDetail(db, row, (name) => name, true, atWindow);
}

export async function getDocumentForStaff(
  db: Db,
  actor: StaffActor,
  ip: string | null,
  caseId: string,
  documentId: string,
) {
  const { row, part } = await visibleCase(db, actor, caseId);
  // A document's full text names the applicant in full: for those acting on the case.
  if (part === 'supervision') throw forbidden('文书全文含申请人完整信息，只有办理该办件的工作人员可以打开');
  const document = await documentOf(db, row.id, documentId);
  if (!document) throw notFound('文书');
  await logRead(db, actor, ip, row, part);
  return document;
}

/**
 * The dates a commitment (容缺) may be due if the case is accepted now: after
 * today, no later than the last day of the promised limit; null where the item
 * cannot be tolerated (on the spot, or a joint case's parent).
 */
async function toleranceDue(db: Db, item: CaseItem | null) {
  if (item === null || item.content.handlingKind !== 'promised') return null;
  const now = new Date();
  const calendar = await calendarForAcceptance(db, now);
  return { after: shanghaiDate(now), until: deadlinesFor(calendar, item, now).promisedLastDay };
}

/** What is missing or wrong, with what the repository and the certificate library offer instead; logged. */
export async function checkMaterials(db: Db, actor: StaffActor, ip: string | null, caseId: string) {
  const { row, part } = await visibleCase(db, actor, caseId);
  await logRead(db, actor, ip, row, part);
  const applicant = { kind: row.applicant_kind, number: row.applicant_number };
  const item = row.item_id === null ? null : await itemOfCase(db, row.item_id, row.item_version);
  const [materials, reusable, certificates, notices, due] = await Promise.all([
    row.case_kind === 'bundle' ? jointMaterials(db, row.id) : loadMaterials(db, row.id),
    reusableMaterialsFor(db, row.applicant_kind === 'person' ? '111' : '001', row.applicant_number),
    validCertificatesOf(db, applicant),
    noticesOf(db, row.id),
    atIntake(row.status) ? toleranceDue(db, item) : null,
  ]);
  // A parent's notice names each paper by its name.
  const keyed = row.case_kind === 'bundle' ? materials.map((m) => ({ ...m, key: m.name })) : materials;
  const owed = new Set(owedMaterials(keyed, notices).map((material) => material.key));
  const waived = new Set(waivedMaterials(keyed, notices).map((material) => material.key));
  const keyOf = (material: CaseMaterial) => (row.case_kind === 'bundle' ? material.name : material.key);
  const problems = materials.filter((material) => owed.has(keyOf(material)));
  return {
    caseId: row.id,
    version: row.row_version,
    status: row.status,
    materials: materials.map((material) => {
      const accepts =
        item?.content.materials.find((entry) => entry.key === material.key)?.certificateTypes ?? [];
      return {
        ...materialView(material),
        problem: owed.has(keyOf(material)),
        waived: waived.has(keyOf(material)),
        offers: {
          materials: reusable
            .filter((candidate) => standsInFor(candidate, material))
            .map((candidate) => ({ id: candidate.id, name: candidate.name, createdAt: candidate.createdAt })),
          certificates: certificates.filter((certificate) => accepts.includes(certificate.type)),
        },
      };
    }),
    problems: problems.map((material) => ({
      key: material.key,
      name: material.name,
      state: material.state,
      reason: material.defectReason,
      required: material.required,
    })),
    toleranceDue: due,
    firstNotice: notices
      ? {
          number: notices.first.number,
          issuedAt: notices.first.issuedAt.toISOString(),
          keys: [...notices.first.keys],
        }
      : null,
  };
}

/** Cases within the staff member's regions, newest first; names masked, so nothing personal to log. */
export async function listCasesForStaff(
  db: Db,
  actor: StaffActor,
  query: {
    status?: CaseRow['status'] | undefined;
    q?: string | undefined;
    applicantNumber?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const roots = [
    ...(regionRootsFor(actor.grants, 'case.view') ?? ['']),
    ...(regionRootsFor(actor.grants, 'case.intake') ?? ['']),
  ];
  const departments = caseDepartmentsOf(actor);
  let base = casesWithItem(db).where((eb) =>
    eb.or([
      withinRegions(eb, 'c.intake_region_code', roots),
      withinRegions(eb, 'c.competent_region_code', roots),
      departments.length > 0 ? eb('c.competent_department_id', 'in', departments) : sql<boolean>`false`,
    ]),
  );
  if (query.status) base = base.where('c.status', '=', query.status);
  if (query.q) base = base.where('c.case_number', 'like', `%${query.q.replace(/[%_\\]/g, '')}%`);
  if (query.applicantNumber) {
    // Both kinds named, so the (applicant_kind, applicant_number) index serves the look-up.
    base = base
      .where('c.applicant_kind', 'in', ['person', 'enterprise'])
      .where('c.applicant_number', '=', query.applicantNumber);
  }
  const [rows, count] = await Promise.all([
    base
      .select([...LIST_COLUMNS, 'c.status', 'c.any_window', 'c.tolerant', 'c.promised_deadline'])
      .orderBy('c.submitted_at', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  // Only a case being handled has a clock running; a closed or not yet accepted one shows no days left.
  const daysLeft = await workingDaysLeftOfAll(
    db,
    rows.map((row) => (row.status === 'accepted' ? row.promised_deadline : null)),
  );
  return {
    items: rows.map((row, index) => ({
      ...listRowView(row),
      status: row.status,
      anyWindow: row.any_window,
      tolerant: row.tolerant,
      promisedDeadline: row.promised_deadline?.toISOString() ?? null,
      workingDaysLeft: daysLeft[index] ?? null,
    })),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}
