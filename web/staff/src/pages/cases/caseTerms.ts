import {
  CASE_EVENT_KINDS,
  CASE_STATUSES,
  DOCUMENT_KINDS,
  EVENT_CHANNELS,
  MATERIAL_STATES,
} from '../../../../../src/shared/case-terms';
import { useLocale } from '../../../../common/locale';

/** The case vocabulary in English; the Chinese comes from src/shared/case-terms.ts. */
const ENGLISH = {
  status: {
    submitted: 'Applied, awaiting intake',
    awaiting_materials: 'Notice issued, awaiting materials',
    accepted: 'Accepted',
    result_ready: 'Result ready, awaiting collection or delivery',
    completed: 'Completed',
    refused: 'Refused',
    terminated: 'Terminated',
    disapproved: 'Not granted',
  },
  channel: {
    window: 'Window',
    online: 'Online',
    phone: 'Phone',
    agent: 'Agent',
    office: 'Back office',
    system: 'Automatic',
  },
  materialState: {
    missing: 'Missing',
    provided: 'Provided',
    defective: 'Defective',
    reused_certificate: 'E-certificate reused',
    reused_material: 'Earlier material reused',
    promised: 'Tolerated, due later',
    not_applicable: 'Not applicable',
  },
  document: {
    acceptance: 'Acceptance notice',
    tolerant_acceptance: 'Tolerant acceptance notice',
    missing_materials: 'One-time missing-material notice',
    refusal: 'Refusal decision',
    result: 'Completion notice',
    termination: 'Termination notice',
    disapproval: 'Decision not to grant',
    special_procedure: 'Special procedure notice',
    correction_request: 'Correction request',
    extension: 'Extension notice',
  },
  event: {
    created: 'Applied',
    routed: 'Routed to the competent office',
    materials_recorded: 'Materials recorded',
    visit: 'Applicant at the window',
    missing_notice_issued: 'One-time notice issued',
    accepted: 'Accepted',
    accepted_tolerantly: 'Accepted tolerantly',
    refused: 'Refused',
    completed: 'Completed',
    commitment_fulfilled: 'Promised materials supplied',
    terminated: 'Terminated',
    paper_sent: 'Paper sent',
    paper_received: 'Paper received',
    step_started: 'Reached review step',
    task_claimed: 'Claimed',
    task_reassigned: 'Reassigned',
    step_approved: 'Step approved',
    step_returned: 'Returned to an earlier step',
    task_transferred: 'Transferred to another office',
    disapproved: 'Not granted',
    deemed_accepted: 'Deemed accepted (no decision within 5 working days)',
    form_corrected: 'Application form corrected',
    delivery_changed: 'Delivery method changed',
    result_handed_over: 'Result collected at the window',
    result_posted: 'Result posted',
    result_signed_for: 'Result signed for',
    delivery_assigned: 'Grid worker assigned',
    result_delivered: 'Delivered by the grid worker',
    suspended: 'Clock stopped (special procedure)',
    resumed: 'Clock restarted',
    correction_requested: 'Returned to the applicant for correction',
    correction_answered: 'Applicant corrected',
    extension_requested: 'Extension requested',
    extension_approved: 'Limit extended',
    extension_rejected: 'Extension refused',
    verification_requested: 'Verification requested',
    verification_answered: 'Verification answered',
    identity_checked: "Applicant's identity checked",
    deadlines_corrected: 'Deadlines corrected to the published holidays',
  },
} as const;

const CHINESE = {
  status: CASE_STATUSES,
  channel: EVENT_CHANNELS,
  materialState: MATERIAL_STATES,
  document: Object.fromEntries(Object.entries(DOCUMENT_KINDS).map(([key, kind]) => [key, kind.label])),
  event: CASE_EVENT_KINDS,
} as const;

export type CaseTermKind = keyof typeof ENGLISH;

/** label('status', 'accepted') -> 已受理 / Accepted */
export function useCaseTerms() {
  const locale = useLocale();
  return {
    label(kind: CaseTermKind, key: string): string {
      const table: Record<string, string> = locale === 'en-US' ? ENGLISH[kind] : CHINESE[kind];
      return table[key] ?? key;
    },
  };
}

export const STATUS_COLORS: Record<string, string> = {
  submitted: 'blue',
  awaiting_materials: 'orange',
  accepted: 'cyan',
  result_ready: 'gold',
  completed: 'green',
  refused: 'red',
  terminated: 'default',
  disapproved: 'red',
};
