import type { CertificateType } from '../../src/shared/catalog-terms';
import { CERTIFICATE_TYPES } from '../../src/shared/catalog-terms';
import { HOLDER_ID_TYPES, type HolderIdType } from '../../src/shared/certificate-holder';
import { CERTIFICATE_STATUSES, type CertificateStatus } from '../../src/shared/certificate-status';
import { CERTIFICATE_TYPE_SPECS, type CertificateFieldSpec } from '../../src/shared/certificate-types';
import { useLocale } from './locale';

// The certificate vocabulary in src/shared is Chinese only; these are its English twins.
export const CERTIFICATE_TYPE_NAMES_EN: Record<CertificateType, string> = {
  id_card: 'ID card',
  household_register: 'Household register',
  birth_medical_certificate: 'Birth medical certificate',
  marriage_certificate: 'Marriage certificate',
  divorce_certificate: 'Divorce certificate',
  elderly_card: 'Senior card',
  disability_card: 'Disability card',
  residence_permit: 'Residence permit',
  death_certificate: 'Death medical certificate',
  cremation_certificate: 'Cremation certificate',
  business_licence: 'Business licence',
  food_business_licence: 'Food business licence',
  social_security_card: 'Social security card',
  property_certificate: 'Property certificate',
  low_income_certificate: 'Minimum living allowance certificate',
};

const STATUS_NAMES_EN: Record<CertificateStatus, string> = {
  valid: 'Valid',
  suspended: 'Suspended',
  revoked: 'Revoked',
  expired: 'Expired',
};

const HOLDER_ID_TYPES_EN: Record<HolderIdType, string> = {
  '111': 'Citizen ID number',
  '001': 'Unified social credit code',
};

/** Colours shared by the staff tags and the resident pages: green valid, orange suspended, red revoked, grey expired. */
export const STATUS_COLORS: Record<CertificateStatus, string> = {
  valid: '#1f8f4e',
  suspended: '#d4760a',
  revoked: '#d0202c',
  expired: '#6b7280',
};

/** Names of certificate types, statuses and data fields in the current language. */
export function useCertificateTerms() {
  const english = useLocale() === 'en-US';
  return {
    english,
    typeName: (type: CertificateType) => (english ? CERTIFICATE_TYPE_NAMES_EN : CERTIFICATE_TYPES)[type],
    statusName: (status: CertificateStatus) => (english ? STATUS_NAMES_EN : CERTIFICATE_STATUSES)[status],
    holderIdTypeName: (type: HolderIdType) => (english ? HOLDER_ID_TYPES_EN : HOLDER_ID_TYPES)[type],
    fieldLabel: (field: CertificateFieldSpec) => (english ? field.labelEn : field.label),
    /** The type's data fields with their values, in the type's order; empty ones left out. */
    dataRows: (type: CertificateType, data: Record<string, string | number>) =>
      CERTIFICATE_TYPE_SPECS[type].fields
        .filter((field) => data[field.key] !== undefined && data[field.key] !== '')
        .map((field) => ({
          key: field.key,
          label: english ? field.labelEn : field.label,
          value: String(data[field.key]),
        })),
    /** A validity period: 2012-05-08 至 长期. */
    period: (from: string, until: string | null) =>
      english ? `${from} to ${until ?? 'no end date'}` : `${from} 至 ${until ?? '长期'}`,
  };
}
