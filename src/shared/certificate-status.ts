/**
 * A certificate's status. Suspension and revocation are stored (with reasons,
 * in certificate_events); expiry is not: it follows from the end of validity
 * and the day it is asked, so no job has to run at midnight.
 */

export const CERTIFICATE_STATUSES = {
  valid: '有效',
  suspended: '已暂停',
  revoked: '已撤销',
  expired: '已过期',
} as const;
export type CertificateStatus = keyof typeof CERTIFICATE_STATUSES;
export type StoredCertificateStatus = Exclude<CertificateStatus, 'expired'>;

/** What a certificate is on `today` ('YYYY-MM-DD'): revocation first, then expiry, then suspension. */
export function certificateStatusOn(
  stored: StoredCertificateStatus,
  validUntil: string | null,
  today: string,
): CertificateStatus {
  if (stored === 'revoked') return 'revoked';
  if (validUntil !== null && validUntil < today) return 'expired';
  return stored;
}

export const STATUS_CHANGES = {
  suspend: { label: '暂停使用', from: ['valid'], to: 'suspended' },
  reinstate: { label: '恢复使用', from: ['suspended'], to: 'valid' },
  revoke: { label: '撤销', from: ['valid', 'suspended', 'expired'], to: 'revoked' },
} as const satisfies Record<
  string,
  { label: string; from: readonly CertificateStatus[]; to: StoredCertificateStatus }
>;
export type StatusChange = keyof typeof STATUS_CHANGES;

/** Whether `change` may be made to a certificate that is `current` (as certificateStatusOn says). */
export function canChangeStatus(change: StatusChange, current: CertificateStatus): boolean {
  return (STATUS_CHANGES[change].from as readonly CertificateStatus[]).includes(current);
}

// Made once: building a DateTimeFormat costs far more than formatting with it, and this runs on
// every certificate offered at intake.
const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** Today's date in the platform's zone (Asia/Shanghai), 'YYYY-MM-DD'. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDate.format(now);
}
