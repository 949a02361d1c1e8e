import type { Db, Tx } from '../../db/database';
import { invalidField } from '../../server/errors';
import type { ApplicantKind } from '../../shared/case-terms';
import { CERTIFICATE_TYPES, type CertificateType } from '../../shared/catalog-terms';
import { todayInChina } from '../../shared/certificate-status';
import type { Material } from '../catalog/item-content';
import type { CaseRow } from './case-store';
import type { CaseMaterial } from './rules/materials';

/**
 * Electronic certificates that stand in for paper (免交): a valid certificate
 * of the applicant whose type the material's certificateTypes name.
 */

export interface UsableCertificate {
  id: string;
  type: CertificateType;
  typeName: string;
  number: string;
  issuerName: string;
  validUntil: string | null;
}

/** The applicant's certificates valid today (neither suspended, revoked nor expired). */
export async function validCertificatesOf(
  db: Db | Tx,
  applicant: { kind: ApplicantKind; number: string },
): Promise<UsableCertificate[]> {
  const today = todayInChina();
  const rows = await db
    .selectFrom('certificates as c')
    .innerJoin('departments as d', 'd.id', 'c.issuer_department_id')
    .select(['c.id', 'c.type', 'c.number', 'c.valid_until', 'd.name as issuer_name'])
    .where('c.holder_id_type', '=', applicant.kind === 'person' ? '111' : '001')
    .where('c.holder_number', '=', applicant.number)
    .where('c.status', '=', 'valid')
    .where('c.valid_from', '<=', today)
    .where((eb) => eb.or([eb('c.valid_until', 'is', null), eb('c.valid_until', '>=', today)]))
    .orderBy('c.issued_on', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    typeName: CERTIFICATE_TYPES[row.type],
    number: row.number,
    issuerName: row.issuer_name,
    validUntil: row.valid_until,
  }));
}

/** Each certificate a material is recorded as reused from must be the applicant's, valid, and of a type it accepts. */
export async function checkCertificateUses(
  tx: Tx,
  row: CaseRow,
  itemMaterials: readonly Material[],
  materials: readonly CaseMaterial[],
): Promise<void> {
  const wanted = materials.filter((material) => material.certificateId);
  if (wanted.length === 0) return;
  const usable = await validCertificatesOf(tx, { kind: row.applicant_kind, number: row.applicant_number });
  for (const material of wanted) {
    const certificate = usable.find((candidate) => candidate.id === material.certificateId);
    const accepted = itemMaterials.find((entry) => entry.key === material.key)?.certificateTypes ?? [];
    if (!certificate || !accepted.includes(certificate.type)) {
      throw invalidField(
        `materials.${material.key}.certificateId`,
        `“${material.name}”不能用这份电子证照代替：须为申请人本人有效的${accepted.map((type) => CERTIFICATE_TYPES[type]).join('或') || '（该材料不接受电子证照）'}`,
        'CERTIFICATE_NOT_USABLE',
      );
    }
  }
}
