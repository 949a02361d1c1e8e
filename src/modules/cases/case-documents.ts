import type { Db, Tx } from '../../db/database';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/case-terms';
import { shanghaiDate } from '../calendar/rules/days';
import type { CaseItem } from './case-item';
import type { CaseRow, EventActor } from './case-store';
import { type DocumentHead, documentNumber } from './rules/documents';

/** Writing intake's documents: numbered per case and kind, issued in the competent office's name. */

export interface IssuedDocument {
  id: string;
  kind: DocumentKind;
  number: string;
  title: string;
}

/** What an act that issues a document answers: the case's new state and the document. */
export interface Issued {
  caseId: string;
  version: number;
  status: CaseRow['status'];
  document: IssuedDocument;
}

export const issued = (after: CaseRow, document: IssuedDocument): Issued => ({
  caseId: after.id,
  version: after.row_version,
  status: after.status,
  document,
});

/** What the case is for: its item's name, or the bundle's for a joint case's parent. */
export async function caseTitle(db: Db | Tx, row: CaseRow): Promise<string> {
  if (row.item_id === null || row.item_version === null) {
    const bundle = await db
      .selectFrom('catalog_bundles')
      .select('name')
      .where('id', '=', row.bundle_id as string)
      .executeTakeFirstOrThrow();
    return bundle.name;
  }
  const item = await db
    .selectFrom('catalog_item_versions')
    .select('name')
    .where('item_id', '=', row.item_id)
    .where('version', '=', row.item_version)
    .executeTakeFirstOrThrow();
  return item.name;
}

async function officeName(tx: Tx, departmentId: string): Promise<string> {
  const office = await tx
    .selectFrom('departments')
    .select('name')
    .where('id', '=', departmentId)
    .executeTakeFirstOrThrow();
  return office.name;
}

/**
 * The head every document of this case shows, as of now. An act that holds the
 * case's item version passes it: its name, and its department's name while that
 * is still the competent office, need no read then.
 */
export async function documentHead(
  tx: Tx,
  row: CaseRow,
  place: string | null,
  item?: CaseItem,
): Promise<DocumentHead> {
  const [itemName, office] = await Promise.all([
    item ? item.content.name : caseTitle(tx, row),
    item?.department.id === row.competent_department_id
      ? item.department.name
      : officeName(tx, row.competent_department_id),
  ]);
  return {
    caseNumber: row.case_number,
    publicCode: row.public_code,
    itemName,
    applicantName: row.applicant_name,
    officeName: office,
    placeName: place,
    issuedOn: shanghaiDate(new Date()),
  };
}

/** Issues the document (the case row is locked, so counting its kind is safe). */
export async function issueDocument(
  tx: Tx,
  row: CaseRow,
  kind: DocumentKind,
  content: { officeName: string } & Record<string, unknown>,
  issuer: EventActor,
): Promise<IssuedDocument> {
  const earlier = await tx
    .selectFrom('case_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', row.id)
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();
  const number = documentNumber(row.case_number, kind, Number(earlier.n) + 1);
  const document = await tx
    .insertInto('case_documents')
    .values({
      case_id: row.id,
      region_code: row.competent_region_code,
      kind,
      number,
      content: JSON.stringify({ ...content, number }),
      issued_by_kind: issuer.kind === 'system' ? 'system' : 'staff',
      issued_by_id: issuer.id,
      issued_by_name: issuer.name,
      office_name: content.officeName,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: document.id, kind, number, title: DOCUMENT_KINDS[kind].label };
}
