/**
 * Certificate validity periods. Dates are calendar dates 'YYYY-MM-DD' in the
 * platform's zone; a null end date means 长期 (valid without end).
 */
import type { CertificateType } from './catalog-terms';
import { CERTIFICATE_TYPE_SPECS } from './certificate-types';
import { checkCitizenId } from './citizen-id';

/** 'YYYY-MM-DD' plus whole years; 29 February falls back to 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** Completed years of age on `date` for someone born on `birthDate` (both 'YYYY-MM-DD'). */
function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** 居民身份证法 art. 5: under 16 five years, 16-25 ten, 26-45 twenty, from 46 long-term. */
function idCardYears(age: number): number | null {
  if (age < 16) return 5;
  if (age <= 25) return 10;
  if (age <= 45) return 20;
  return null;
}

/** The end of validity a certificate of `type` gets by default when valid from `validFrom`. */
export function defaultValidUntil(
  type: CertificateType,
  validFrom: string,
  holderNumber: string,
): string | null {
  let years = CERTIFICATE_TYPE_SPECS[type].validityYears;
  if (type === 'id_card') {
    const check = checkCitizenId(holderNumber);
    if (check.valid) years = idCardYears(ageOn(check.birthDate, validFrom));
  }
  return years === null ? null : addYears(validFrom, years);
}
