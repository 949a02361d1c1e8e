import {
  EXTENSION_STATES,
  SUSPENSION_KINDS,
  VERIFICATION_RESULTS,
} from '../../../../../../src/shared/clock-terms';
import { useLocale } from '../../../../../common/locale';

/** The clock's words in English; the Chinese comes from src/shared/clock-terms.ts. */
const ENGLISH = {
  suspension: {
    hearing: 'Hearing',
    tender_auction: 'Tender or auction',
    testing: 'Testing',
    inspection: 'Inspection',
    quarantine: 'Quarantine',
    appraisal: 'Appraisal',
    expert_review: 'Expert review',
    correction: 'Correction by the applicant',
  },
  extension: { requested: 'Awaiting a leader', approved: 'Approved', rejected: 'Not approved' },
  result: { confirmed: 'Confirmed', not_confirmed: 'Not confirmed' },
} as const;

const CHINESE = {
  suspension: SUSPENSION_KINDS,
  extension: EXTENSION_STATES,
  result: VERIFICATION_RESULTS,
} as const;

export type ClockTermKind = keyof typeof ENGLISH;

/** label('suspension', 'testing') -> 检验 / Testing */
export function useClockTerms() {
  const locale = useLocale();
  return {
    label(kind: ClockTermKind, key: string): string {
      const table: Record<string, string> = locale === 'en-US' ? ENGLISH[kind] : CHINESE[kind];
      return table[key] ?? key;
    },
  };
}

export const EXTENSION_COLORS: Record<string, string> = {
  requested: 'gold',
  approved: 'green',
  rejected: 'default',
};

export const RESULT_COLORS: Record<string, string> = { confirmed: 'green', not_confirmed: 'red' };

/** A file of the case, as the back office may open it: from the task's page, or from a verification request. */
export const taskFileUrl = (taskId: string, fileId: string) =>
  `/api/tasks/${encodeURIComponent(taskId)}/files/${encodeURIComponent(fileId)}`;
export const verificationFileUrl = (verificationId: string, fileId: string) =>
  `/api/verifications/${encodeURIComponent(verificationId)}/files/${encodeURIComponent(fileId)}`;
