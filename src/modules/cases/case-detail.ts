import { sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database';
import { windowActs } from '../../shared/case-lifecycle';
import type { ItemContent } from '../catalog/item-content';
import {
  documentRowsOf,
  documentSummary,
  type EventRow,
  eventRowsOf,
  iso,
  materialView,
  timelineEntry,
} from './case-queries';
import { type CaseRow, materialOf, materialRowsOf } from './case-store';
import { deliveryRowOf, pickupHallOf, pickupPlaceFrom } from './delivery/delivery-store';
import { deliveryDetail } from './delivery/delivery-views';
import { jointMaterials } from './joint-act';
import { jointFacts, parentItemFacts } from './joint-views';
import { noticeRowsOf, noticesFrom } from './missing-notice';
import { type CaseMaterial, type Notices, noticeTellsNew, owedMaterials } from './rules/materials';
import { lastVisitDay } from './rules/visits';
import type { CaseDetail } from './views';

/**
 * A case whole: the row (read by the caller, who checked who may see it) and,
 * in one query on one connection, its item version, office, place, materials,
 * documents, history, delivery row and pickup hall (decision 16). A joint
 * case's parent reads its children's items and the bundle besides.
 */

function caseParts(db: Db, row: CaseRow) {
  const { item_id: itemId, item_version: itemVersion } = row;
  return db
    .selectFrom('departments as d')
    .select(['d.name as department_name', 'd.phone as department_phone'])
    .select((eb) => [
      itemId === null || itemVersion === null
        ? sql<unknown>`NULL`.as('content')
        : eb
            .selectFrom('catalog_item_versions as v')
            .select('v.content')
            .where('v.item_id', '=', itemId)
            .where('v.version', '=', itemVersion)
            .as('content'),
      jsonObjectFrom(
        eb
          .selectFrom('halls as h')
          .leftJoin('service_windows as w', (join) => join.on('w.id', '=', row.window_id))
          .select(['h.name', 'w.number'])
          .where('h.id', '=', row.hall_id),
      ).as('hall'),
      jsonArrayFrom(materialRowsOf(db, row.id)).as('materials'),
      jsonArrayFrom(documentRowsOf(db, row.id)).as('documents'),
      jsonArrayFrom(noticeRowsOf(db, row.id)).as('notices'),
      jsonArrayFrom(eventRowsOf(db, row.id)).as('events'),
      jsonObjectFrom(eb.selectFrom('case_deliveries').selectAll().where('case_id', '=', row.id)).as(
        'delivery',
      ),
      jsonObjectFrom(pickupHallOf(db, row)).as('pickup_hall'),
    ])
    .where('d.id', '=', row.competent_department_id)
    .executeTakeFirstOrThrow();
}

/** The item a case is for, as its view shows it; a joint case's parent shows its bundle (joint-views). */
async function itemFactsOf(db: Db, row: CaseRow, content: ItemContent | null) {
  if (content === null) return { ...(await parentItemFacts(db, row)), stepOf: () => null };
  return {
    facts: {
      id: row.item_id as string,
      version: row.item_version as number,
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

/**
 * The window's acts on the case now (the lifecycle table narrowed by its
 * materials): a parent's materials are its children's, each paper once.
 */
async function actsAtWindow(db: Db, row: CaseRow, materials: CaseMaterial[], notices: Notices | null) {
  const held =
    row.case_kind === 'bundle'
      ? (await jointMaterials(db, row.id)).map((material) => ({ ...material, key: material.name }))
      : materials;
  const owed = owedMaterials(held, notices);
  return windowActs({
    status: row.status,
    jointParent: row.case_kind === 'bundle',
    handlingKind: row.handling_kind,
    identityUnchecked: row.applicant_unverified,
    owed,
    noticeTellsNew: noticeTellsNew(owed, notices),
  });
}

/**
 * `internal`: for staff (the history keeps officers' attachments); `atWindow`:
 * the reader is a clerk who may decide on the case, so its acts are listed.
 */
export async function caseDetail(
  db: Db,
  row: CaseRow,
  nameOf: (name: string, kind: string) => string,
  internal = false,
  atWindow = false,
): Promise<CaseDetail> {
  const parts = await caseParts(db, row);
  const notices = noticesFrom(parts.notices);
  const materials = parts.materials.map(materialOf);
  const owed = owedMaterials(materials, notices);
  const office = { name: parts.department_name, phone: parts.department_phone };
  const [item, delivery, joint] = await Promise.all([
    itemFactsOf(db, row, parts.content as ItemContent | null),
    deliveryDetail(
      db,
      row,
      { delivery: deliveryRowOf(parts.delivery), pickupPlace: pickupPlaceFrom(parts.pickup_hall, office) },
      nameOf,
    ),
    jointFacts(db, row),
  ]);
  const { hall } = parts;
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
    applicantUnverified: row.applicant_unverified,
    channel: row.channel,
    place: hall ? (hall.number === null ? hall.name : `${hall.name} ${hall.number}号窗口`) : null,
    routing: {
      basis: row.routing_basis,
      applicantRegion: row.applicant_region_code,
      intakeRegion: row.intake_region_code,
      competentRegion: row.competent_region_code,
      departmentName: office.name,
      anyWindow: row.any_window,
    },
    formData: row.form_data,
    formFields: item.formFields,
    materials: materials.map((material) => ({ ...materialView(material), owed: owed.includes(material) })),
    acts: atWindow ? await actsAtWindow(db, row, materials, notices) : [],
    documents: parts.documents.map(documentSummary),
    // The aggregate's rows are case_events' (times as text); the outer query blurs their column types.
    timeline: (parts.events as EventRow[]).map((event) => timelineEntry(event, nameOf, internal)),
    counts: { visits: row.visits, reusedMaterials: row.reused_material_count, tolerant: row.tolerant },
    lastVisitOn: lastVisitDay(parts.events as EventRow[]),
    submittedAt: row.submitted_at.toISOString(),
    acceptedAt: iso(row.accepted_at),
    closedAt: iso(row.closed_at),
    promisedDeadline: iso(row.promised_deadline),
    legalDeadline: iso(row.legal_deadline),
    deadlinesProvisional: row.deadlines_provisional,
    result: row.result,
    paper: {
      trackingNumber: row.paper_tracking_number,
      sentAt: iso(row.paper_sent_at),
      receivedAt: iso(row.paper_received_at),
    },
    delivery,
    personalData: 'full',
  };
}
