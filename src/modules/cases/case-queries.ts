import { sql } from 'kysely';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database';
import {
  CASE_EVENT_KINDS,
  type CaseChannel,
  type CaseEventKind,
  DOCUMENT_KINDS,
  type DocumentKind,
} from '../../shared/case-terms';
import { maskName } from '../../shared/phone';
import { itemOfCase } from './case-item';
import { type CaseRow, loadMaterials } from './case-store';
import { deliveryDetail } from './delivery/delivery-views';
import { jointFacts, parentItemFacts } from './joint-views';
import type { CaseMaterial } from './rules/materials';
import type { AttachmentView, CaseDetail } from './views';

type AttachmentRef = z.infer<typeof AttachmentView>;

/** Reading a case whole: the row, its item version, materials, documents and history. */

/**
 * Cases with the item version each keeps (v), or for a joint case's parent its
 * bundle (b), as the staff lists read them.
 */
export const casesWithItem = (db: Db) =>
  db
    .selectFrom('cases as c')
    .leftJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
    )
    .leftJoin('catalog_bundles as b', 'b.id', 'c.bundle_id');

/** In a list over casesWithItem: the item's name, or the bundle's for a parent. */
export const caseTitleColumn = sql<string>`coalesce(v.name, b.name)`.as('item_name');

/** What every list row shows of a case (names masked by the caller). */
export const LIST_COLUMNS = [
  'c.id',
  'c.case_number',
  caseTitleColumn,
  'c.applicant_name',
  'c.channel',
  'c.submitted_at',
  'c.row_version',
] as const;

/** A list row as the API gives it: the applicant's name masked, so listing logs nothing. */
export const listRowView = (row: {
  id: string;
  case_number: string;
  item_name: string;
  applicant_name: string;
  channel: CaseChannel;
  submitted_at: Date;
  row_version: number;
}) => ({
  id: row.id,
  caseNumber: row.case_number,
  itemName: row.item_name,
  applicantNameMasked: maskName(row.applicant_name),
  channel: row.channel,
  submittedAt: row.submitted_at.toISOString(),
  version: row.row_version,
});

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** The case's history; `internal` (staff) adds the officers' attachments, which residents and the public never get. */
export async function timelineOf(
  db: Db | Tx,
  caseId: string,
  nameOf: (name: string, kind: string) => string,
  internal = false,
) {
  const events = await db
    .selectFrom('case_events')
    .select([
      'kind',
      'at',
      'status',
      'office_name',
      'place',
      'actor_name',
      'actor_kind',
      'channel',
      'details',
    ])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return events.map((event) => ({
    kind: event.kind as CaseEventKind,
    label: CASE_EVENT_KINDS[event.kind as CaseEventKind],
    at: event.at.toISOString(),
    status: event.status,
    officeName: event.office_name,
    place: event.place,
    actorName: nameOf(event.actor_name, event.actor_kind),
    channel: event.channel,
    stepName: typeof event.details.stepName === 'string' ? event.details.stepName : null,
    // A form correction names the fields it changed (labels only; the values stay out of the history).
    fields: (event.details as { labels?: string[] }).labels ?? null,
    ...(internal && { attachments: (event.details as { attachments?: AttachmentRef[] }).attachments ?? [] }),
  }));
}

const documentSummary = (row: {
  id: string;
  kind: DocumentKind;
  number: string;
  issued_at: Date;
  office_name: string;
}) => ({
  id: row.id,
  kind: row.kind,
  number: row.number,
  title: DOCUMENT_KINDS[row.kind].label,
  issuedAt: row.issued_at.toISOString(),
  officeName: row.office_name,
});

export async function documentsOf(db: Db | Tx, caseId: string) {
  const rows = await db
    .selectFrom('case_documents')
    .select(['id', 'kind', 'number', 'issued_at', 'office_name'])
    .where('case_id', '=', caseId)
    .orderBy('issued_at')
    .execute();
  return rows.map(documentSummary);
}

export async function documentOf(db: Db | Tx, caseId: string, documentId: string) {
  const row = await db
    .selectFrom('case_documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...documentSummary(row),
    issuedByName: row.issued_by_name,
    content: row.content as Record<string, unknown>,
  };
}

export const materialView = (material: CaseMaterial) => ({
  key: material.key,
  name: material.name,
  required: material.required,
  state: material.state,
  reason: material.defectReason,
  materialId: material.materialId,
  certificateId: material.certificateId,
  promisedDue: material.promisedDue,
  submittedAt: iso(material.submittedAt),
});

async function placeOf(db: Db | Tx, row: CaseRow): Promise<string | null> {
  if (!row.hall_id) return null;
  const hall = await db
    .selectFrom('halls')
    .leftJoin('service_windows as w', (join) => join.on('w.id', '=', row.window_id))
    .select(['halls.name', 'w.number'])
    .where('halls.id', '=', row.hall_id)
    .executeTakeFirstOrThrow();
  return hall.number === null ? hall.name : `${hall.name} ${hall.number}号窗口`;
}

/** The item a case is for, as its view shows it; a joint case's parent shows its bundle (joint-views). */
async function itemFactsOf(db: Db, row: CaseRow) {
  if (row.item_id === null) return { ...(await parentItemFacts(db, row)), stepOf: () => null };
  const item = await itemOfCase(db, row.item_id, row.item_version);
  const { content } = item;
  return {
    facts: {
      id: item.itemId,
      version: item.version,
      name: content.name,
      handlingKind: content.handlingKind,
      promisedLimitDays: content.promisedLimitDays,
      legalLimitDays: content.legalLimitDays,
      resultName: content.resultName,
      courierDelivery: content.courierDelivery,
    },
    formFields: content.formFields,
    stepOf: (key: string | null) => {
      const step = content.workflow.find((candidate) => candidate.key === key);
      return step ? { key: step.key, name: step.name } : null;
    },
  };
}

export async function caseDetail(
  db: Db,
  row: CaseRow,
  nameOf: (name: string, kind: string) => string,
  internal = false,
): Promise<CaseDetail> {
  const [item, department, place, materials, documents, timeline, delivery, joint] = await Promise.all([
    itemFactsOf(db, row),
    db
      .selectFrom('departments')
      .select('name')
      .where('id', '=', row.competent_department_id)
      .executeTakeFirstOrThrow(),
    placeOf(db, row),
    loadMaterials(db, row.id),
    documentsOf(db, row.id),
    timelineOf(db, row.id, nameOf, internal),
    deliveryDetail(db, row, nameOf),
    jointFacts(db, row),
  ]);
  return {
    id: row.id,
    caseNumber: row.case_number,
    publicCode: row.public_code,
    version: row.row_version,
    status: row.status,
    currentStep: item.stepOf(row.current_step),
    item: item.facts,
    joint,
    applicant: {
      kind: row.applicant_kind,
      number: row.applicant_number,
      name: row.applicant_name,
      phone: row.applicant_phone,
    },
    agent: row.agent_name
      ? { name: row.agent_name, number: row.agent_number, isStaff: row.agent_staff_id !== null }
      : null,
    channel: row.channel,
    place,
    routing: {
      basis: row.routing_basis,
      applicantRegion: row.applicant_region_code,
      intakeRegion: row.intake_region_code,
      competentRegion: row.competent_region_code,
      departmentName: department.name,
      anyWindow: row.any_window,
    },
    formData: row.form_data,
    formFields: item.formFields,
    materials: materials.map(materialView),
    documents,
    timeline,
    counts: { visits: row.visits, reusedMaterials: row.reused_material_count, tolerant: row.tolerant },
    submittedAt: row.submitted_at.toISOString(),
    acceptedAt: iso(row.accepted_at),
    closedAt: iso(row.closed_at),
    promisedDeadline: iso(row.promised_deadline),
    legalDeadline: iso(row.legal_deadline),
    result: row.result,
    paper: {
      trackingNumber: row.paper_tracking_number,
      sentAt: iso(row.paper_sent_at),
      receivedAt: iso(row.paper_received_at),
    },
    delivery,
  };
}
