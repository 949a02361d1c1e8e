import { randomBytes } from 'node:crypto';
import { shanghaiDate } from '../../calendar/rules/days';

/**
 * The two identifiers of a case: the readable number clerks and applicants
 * quote, and the unguessable code behind the receipt's QR code.
 */

/** 330103004 + 2026-01-15 + 42 -> 330103004-20260115-000042 (the running part grows past six digits). */
export function formatCaseNumber(regionCode: string, at: Date, running: number): string {
  return `${regionCode}-${shanghaiDate(at).replaceAll('-', '')}-${String(running).padStart(6, '0')}`;
}

/** 128 random bits, base64url: 22 characters nobody can guess or enumerate. */
export function newPublicCode(): string {
  return randomBytes(16).toString('base64url');
}
