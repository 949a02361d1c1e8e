import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import { notFound } from '../../server/errors';
import { CERTIFICATE_TYPES } from '../../shared/catalog-terms';
import { maskHolderName, maskHolderNumber } from '../../shared/certificate-holder';
import { canManageCertificate, canViewCertificate } from '../../shared/certificate-scope';
import { type CertificateStatus, certificateStatusOn, todayInChina } from '../../shared/certificate-status';
import type { StaffActor } from '../auth/actor';
import { logRecordRead, subjectKindOfIdType } from '../privacy/record-reads';
import { viewableByActor } from './certificate-access';
import type { ListQuery } from './schemas';

type Scope = Database & { c: Database['certificates'] };

/** The rows of one display status on `today`: expiry is computed, so it is a date condition. */
function hasStatus(eb: ExpressionBuilder<Scope, 'c'>, status: CertificateStatus, today: string) {
  const inForce = eb.or([eb('c.valid_until', 'is', null), eb('c.valid_until', '>=', today)]);
  if (status === 'revoked') return eb('c.status', '=', 'revoked');
  if (status === 'expired') return eb.and([eb('c.status', '<>', 'revoked'), eb('c.valid_until', '<', today)]);
  return eb.and([eb('c.status', '=', status), inForce]);
}

function baseQuery(db: Db) {
  return db
    .selectFrom('certificates as c')
    .innerJoin('departments as d', 'd.id', 'c.issuer_department_id')
    .select([
      'c.id',
      'c.type',
      'c.number',
      'c.identifier',
      'c.holder_id_type',
      'c.holder_number',
      'c.holder_name',
      'c.issuer_department_id',
      'c.issuer_code',
      'c.region_code',
      'c.data',
      'c.issued_on',
      'c.valid_from',
      'c.valid_until',
      'c.status',
      'c.status_reason',
      'c.origin',
      'c.verify_token',
      'd.name as issuer_name',
    ]);
}
type CertificateRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

/**
 * What anyone with certificate.view may see in a list: the holder masked, and
 * the certificate number too where it is the holder's number (an ID card's is).
 */
function summaryOf(row: CertificateRow, today: string) {
  return {
    id: row.id,
    type: row.type,
    certificateNumber: row.number === row.holder_number ? maskHolderNumber(row.number) : row.number,
    holderIdType: row.holder_id_type,
    holderNameMasked: maskHolderName(row.holder_name, row.holder_id_type),
    holderNumberMasked: maskHolderNumber(row.holder_number),
    issuerName: row.issuer_name,
    status: certificateStatusOn(row.status, row.valid_until, today),
    issuedOn: row.issued_on,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  };
}

/** The full record: for staff with certificate.view in scope, and for the holder. */
function detailOf(row: CertificateRow, today: string) {
  return {
    ...summaryOf(row, today),
    certificateNumber: row.number,
    identifier: row.identifier,
    holderName: row.holder_name,
    holderNumber: row.holder_number,
    issuerCode: row.issuer_code,
    data: row.data,
    statusReason: row.status_reason,
    origin: row.origin,
    verifyToken: row.verify_token,
  };
}

export async function listCertificates(db: Db, actor: StaffActor, query: ListQuery) {
  const today = todayInChina();
  let filtered = baseQuery(db).where((eb) => viewableByActor(eb, actor));
  if (query.holderNumber) filtered = filtered.where('c.holder_number', '=', query.holderNumber);
  if (query.type) filtered = filtered.where('c.type', '=', query.type);
  const { status } = query;
  if (status) filtered = filtered.where((eb) => hasStatus(eb, status, today));
  const [rows, count] = await Promise.all([
    filtered
      .orderBy('c.created_at', 'desc')
      .orderBy('c.issued_on', 'desc')
      .orderBy('c.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    filtered
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => summaryOf(row, today)),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * The full record for staff in scope; the read goes to the holder's read log,
 * for managing it (its issuing department) or for checking it at a window.
 */
export async function getCertificate(db: Db, actor: StaffActor, ip: string | null, id: string) {
  const row = await baseQuery(db).where('c.id', '=', id).executeTakeFirst();
  if (!row || !canViewCertificate(actor.grants, row.region_code)) throw notFound('证照');
  const canManage = canManageCertificate(actor.grants, {
    departmentId: row.issuer_department_id,
    regionCode: row.region_code,
  });
  await logRecordRead(db, actor, ip, {
    subject: { kind: subjectKindOfIdType(row.holder_id_type), number: row.holder_number },
    recordKind: 'certificate',
    recordId: row.id,
    recordName: CERTIFICATE_TYPES[row.type],
    purpose: canManage ? '证照管理' : '查验证照',
  });
  const events = await db
    .selectFrom('certificate_events')
    .select(['at', 'action', 'status', 'reason', 'actor_name'])
    .where('certificate_id', '=', id)
    .orderBy('id')
    .execute();
  return {
    ...detailOf(row, todayInChina()),
    canManage,
    events: events.map((event) => ({
      at: event.at.toISOString(),
      action: event.action,
      status: event.status,
      reason: event.reason,
      actorName: event.actor_name,
    })),
  };
}

/** A resident's own certificates (those held under their linked citizen ID number), newest first. */
export async function listHeldCertificates(db: Db, idNumber: string | null) {
  if (!idNumber) return [];
  const rows = await baseQuery(db)
    .where('c.holder_id_type', '=', '111')
    .where('c.holder_number', '=', idNumber)
    .orderBy('c.issued_on', 'desc')
    .execute();
  const today = todayInChina();
  return rows.map((row) => detailOf(row, today));
}

/** What the public page of a verification QR code may show. */
export async function verifyCertificate(db: Db, token: string) {
  const row = await baseQuery(db).where('c.verify_token', '=', token).executeTakeFirst();
  if (!row) throw notFound('证照');
  const today = todayInChina();
  const summary = summaryOf(row, today);
  return {
    status: summary.status,
    type: row.type,
    typeName: CERTIFICATE_TYPES[row.type],
    issuerName: summary.issuerName,
    holderNameMasked: summary.holderNameMasked,
    holderNumberMasked: summary.holderNumberMasked,
    issuedOn: summary.issuedOn,
    validFrom: summary.validFrom,
    validUntil: summary.validUntil,
    checkedOn: today,
  };
}
