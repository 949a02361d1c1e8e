import type { Tx } from '../../db/database';
import { CERTIFICATE_TYPES, type CertificateType } from '../../shared/catalog-terms';
import { CERTIFICATE_TYPE_SPECS } from '../../shared/certificate-types';
import { checkCitizenId } from '../../shared/citizen-id';
import type { AuditActor } from '../auth/actor';
import type { ItemContent } from '../catalog/item-content';
import { settleHeldCertificate } from '../certificates/held-duplicate';
import { issueCertificate } from '../certificates/issue-certificate';
import type { CaseRow } from './case-store';

/**
 * When a case's result is a certificate the library knows (the item's result
 * name names the certificate type, e.g. 《浙江省老年优待证》), completing the case
 * issues it into the electronic certificate library in the same transaction,
 * so the next application can reuse it and its QR code verifies at once. One
 * the applicant already holds valid is replaced, refused or asked about by its
 * type's rule (held-duplicate.ts).
 */
export function certificateTypeOfResult(content: ItemContent): CertificateType | null {
  if (content.resultType !== 'certificate') return null;
  const name = content.resultName || content.name;
  // The longest type name the result's name contains: a province's own title wraps the national one.
  const matches = Object.entries(CERTIFICATE_TYPES)
    .filter(([, label]) => name.includes(label))
    .sort(([, a], [, b]) => b.length - a.length);
  return (matches[0]?.[0] as CertificateType | undefined) ?? null;
}

/** The certificate's face data from what the case knows: the ID number's facts and the form's profile answers. */
function faceData(type: CertificateType, row: CaseRow, content: ItemContent): Record<string, string> {
  const answers = row.form_data as Record<string, string>;
  const byProfile = new Map(
    content.formFields.flatMap((field) =>
      field.profileSource && answers[field.key] ? [[field.profileSource, answers[field.key] as string]] : [],
    ),
  );
  const id = row.applicant_kind === 'person' ? checkCitizenId(row.applicant_number) : null;
  const known: Record<string, string | undefined> = {
    sex: id?.valid ? (id.sex === 'male' ? '男' : '女') : byProfile.get('sex'),
    birthDate: id?.valid ? id.birthDate : byProfile.get('birth_date'),
    address: byProfile.get('household_address') ?? byProfile.get('residence_address'),
    ethnicity: byProfile.get('ethnicity'),
  };
  return Object.fromEntries(
    CERTIFICATE_TYPE_SPECS[type].fields.flatMap((field) => {
      const value = known[field.key];
      return value ? [[field.key, value]] : [];
    }),
  );
}

export async function issueResultCertificate(
  tx: Tx,
  audit: AuditActor,
  row: CaseRow,
  content: ItemContent,
  certificateNumber: string,
  replaceHeld: boolean,
) {
  const type = certificateTypeOfResult(content);
  if (!type) return null;
  const holderKind = row.applicant_kind === 'person' ? 'person' : 'enterprise';
  if (CERTIFICATE_TYPE_SPECS[type].holderKind !== holderKind) return null;
  const data = faceData(type, row, content);
  // A face the case cannot fill (e.g. a household register's 户号, a newborn's page) is the
  // issuing office's to enter in the library: the decision still stands, no certificate is made.
  if (CERTIFICATE_TYPE_SPECS[type].fields.some((field) => field.required && !data[field.key])) return null;
  await settleHeldCertificate(tx, audit, { type, holderNumber: row.applicant_number }, replaceHeld);
  return issueCertificate(tx, audit, {
    type,
    holderName: row.applicant_name,
    holderNumber: row.applicant_number,
    issuerDepartmentId: row.competent_department_id,
    data,
    certificateNumber,
    origin: 'case',
    originRef: row.id,
  });
}
