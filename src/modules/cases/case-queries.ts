import { type Expression, type Selectable, sql } from 'kysely';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database';
import type { CaseEventsTable } from '../../db/schema';
import {
  CASE_EVENT_KINDS,
  type CaseChannel,
  type CaseEventKind,
  DOCUMENT_KINDS,
  type DocumentKind,
} from '../../shared/case-terms';
import { maskName } from '../../shared/phone';
import type { CaseMaterial } from './rules/materials';
import type { AttachmentView } from './views';

type AttachmentRef = z.infer<typeof AttachmentView>;

/** The parts of the case views: list rows, history, documents and materials as the API shows them. */

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

export const iso = (value: Date | null) => value?.toISOString() ?? null;

const TIMELINE_COLUMNS = [
  'kind',
  'at',
  'status',
  'office_name',
  'place',
  'actor_name',
  'actor_kind',
  'channel',
  'details',
] as const;

/** A history row as the timeline shows it; its time is a Date, or text when nested in JSON. */
export type EventRow = Omit<Pick<Selectable<CaseEventsTable>, (typeof TIMELINE_COLUMNS)[number]>, 'at'> & {
  at: Date | string;
};

/** A history entry; `internal` (staff) adds the officers' attachments, which residents and the public never get. */
export function timelineEntry(
  event: EventRow,
  nameOf: (name: string, kind: string) => string,
  internal = false,
) {
  return {
    kind: event.kind as CaseEventKind,
    label: CASE_EVENT_KINDS[event.kind as CaseEventKind],
    at: new Date(event.at).toISOString(),
    status: event.status,
    officeName: event.office_name,
    place: event.place,
    actorName: nameOf(event.actor_name, event.actor_kind),
    channel: event.channel,
    stepName: typeof event.details.stepName === 'string' ? event.details.stepName : null,
    // A form correction names the fields it changed (labels only; the values stay out of the history).
    fields: (event.details as { labels?: string[] }).labels ?? null,
    ...(internal && { attachments: (event.details as { attachments?: AttachmentRef[] }).attachments ?? [] }),
  };
}

/** The case's history in order (a query, so the views nest it in theirs). */
export function eventRowsOf(db: Db | Tx, caseId: string | Expression<string>) {
  return db.selectFrom('case_events').select(TIMELINE_COLUMNS).where('case_id', '=', caseId).orderBy('id');
}

/** A document in a case's list; issued_at is a Date, or text when nested in JSON. */
export const documentSummary = (row: {
  id: string;
  kind: DocumentKind;
  number: string;
  issued_at: Date | string;
  office_name: string;
}) => ({
  id: row.id,
  kind: row.kind,
  number: row.number,
  title: DOCUMENT_KINDS[row.kind].label,
  issuedAt: new Date(row.issued_at).toISOString(),
  officeName: row.office_name,
});

/** The case's documents in the order issued (a query, so a case's whole view nests it). */
export function documentRowsOf(db: Db | Tx, caseId: string) {
  return db
    .selectFrom('case_documents')
    .select(['id', 'kind', 'number', 'issued_at', 'office_name'])
    .where('case_id', '=', caseId)
    .orderBy('issued_at');
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
