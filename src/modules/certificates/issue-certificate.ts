import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import { forbidden, invalidFields } from '../../server/errors';
import { maskHolderNumber } from '../../shared/certificate-holder';
import { buildCertificateIdentifier } from '../../shared/certificate-identifier';
import { canManageCertificate } from '../../shared/certificate-scope';
import { todayInChina } from '../../shared/certificate-status';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import {
  type IssueCertificateInput,
  type IssuerDepartment,
  type PreparedCertificate,
  prepareCertificate,
} from './prepare-certificate';

export type { IssueCertificateInput } from './prepare-certificate';

export interface IssuedCertificate {
  id: string;
  identifier: string;
  certificateNumber: string;
  verifyToken: string;
}

/** 192 random bits: the verification page's address cannot be guessed or counted through. */
const newVerifyToken = () => randomBytes(24).toString('base64url');

export async function findIssuer(db: Db | Tx, departmentId: string): Promise<IssuerDepartment | undefined> {
  return db
    .selectFrom('departments')
    .select(['id', 'name', 'kind', 'region_code', 'credit_code', 'active'])
    .where('id', '=', departmentId)
    .executeTakeFirst();
}

/** Numbers, identifies and stores a checked certificate with its first event; no audit row (the caller writes it). */
export async function storeCertificate(
  tx: Tx,
  actor: AuditActor,
  certificate: PreparedCertificate,
): Promise<IssuedCertificate> {
  let identifier = certificate.identifier?.value;
  let serial = identifier?.split('.').at(-3) ?? '';
  if (!identifier) {
    const { rows } = await sql<{ n: number }>`SELECT nextval('certificate_serial') AS n`.execute(tx);
    serial = `${certificate.issuedOn.slice(0, 4)}${String(rows[0]?.n).padStart(8, '0')}`;
    identifier = buildCertificateIdentifier({
      typeCode: certificate.typeCode,
      issuerCode: certificate.department.credit_code,
      serial,
      version: 1,
    });
  }
  const row = await tx
    .insertInto('certificates')
    .values({
      identifier,
      type: certificate.type,
      type_code: certificate.typeCode,
      number: certificate.certificateNumber ?? serial,
      holder_id_type: certificate.holderIdType,
      holder_number: certificate.holderNumber,
      holder_name: certificate.holderName,
      issuer_department_id: certificate.department.id,
      issuer_code: certificate.department.credit_code,
      region_code: certificate.department.region_code,
      data: JSON.stringify(certificate.data),
      issued_on: certificate.issuedOn,
      valid_from: certificate.validFrom,
      valid_until: certificate.validUntil,
      verify_token: newVerifyToken(),
      origin: certificate.origin,
      origin_ref: certificate.originRef,
    })
    .returning(['id', 'identifier', 'number', 'verify_token'])
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('certificate_events')
    .values({
      certificate_id: row.id,
      action: certificate.origin === 'import' ? 'import' : 'issue',
      status: 'valid',
      reason: null,
      actor_kind: actor.kind,
      actor_id: actor.id,
      actor_name: actor.name,
    })
    .execute();
  return {
    id: row.id,
    identifier: row.identifier,
    certificateNumber: row.number,
    verifyToken: row.verify_token,
  };
}

/**
 * Issues a certificate inside the caller's transaction, so a case that results
 * in a certificate commits both or neither. The caller decides who may issue;
 * this checks the certificate itself and writes its event and audit row.
 */
export async function issueCertificate(
  tx: Tx,
  actor: AuditActor,
  input: IssueCertificateInput,
): Promise<IssuedCertificate> {
  const department = await findIssuer(tx, input.issuerDepartmentId);
  const { problems, prepared } = prepareCertificate(input, department, todayInChina());
  if (!prepared) throw invalidFields(problems);
  const issued = await storeCertificate(tx, actor, prepared);
  await recordAudit(tx, actor, {
    action: 'certificate.issue',
    entityType: 'certificate',
    entityId: issued.id,
    regionCode: prepared.department.region_code,
    // The holder's number masked: the audit log is read by people without certificate.view.
    after: {
      identifier: issued.identifier,
      type: prepared.type,
      holder: maskHolderNumber(prepared.holderNumber),
      issuer: prepared.department.name,
      origin: prepared.origin,
      originRef: prepared.originRef,
    },
  });
  return issued;
}

/** A staff member issues a certificate by hand, for a department they manage certificates for. */
export async function issueByStaff(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  input: Omit<IssueCertificateInput, 'origin' | 'originRef' | 'identifier'>,
): Promise<IssuedCertificate> {
  const department = await findIssuer(db, input.issuerDepartmentId);
  if (
    department &&
    !canManageCertificate(actor.grants, { departmentId: department.id, regionCode: department.region_code })
  )
    throw forbidden('您不能以该部门的名义颁发证照');
  return db.transaction().execute((tx) => issueCertificate(tx, audit, { ...input, origin: 'manual' }));
}
