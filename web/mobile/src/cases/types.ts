import type { DeliveryView, PublicDelivery } from '../../../../src/modules/cases/delivery/views';
import type {
  CaseEventKind,
  CaseStatus,
  DocumentKind,
  MaterialState,
} from '../../../../src/shared/case-terms';

export type { DeliveryView, PublicDelivery };

/** What the case API answers, as far as the resident app reads it. */

export interface TimelineEntry {
  kind: CaseEventKind;
  label: string;
  at: string;
  status: CaseStatus;
  officeName: string | null;
  place: string | null;
  /** Masked for staff; 申请人 for the applicant. */
  actorName: string;
  channel: string;
}

/** GET /api/public/progress/:code: nothing that identifies the applicant. */
export interface PublicProgress {
  caseNumber: string;
  itemName: string;
  status: CaseStatus;
  statusLabel: string;
  currentStep: string | null;
  departmentName: string;
  /** The back-office steps it waits in now: several while a parallel stage runs. */
  openSteps: { stepName: string; departmentName: string; handlerNameMasked: string | null }[];
  applicantNameMasked: string;
  handlerNameMasked: string | null;
  submittedAt: string;
  promisedDeadline: string | null;
  /** The promised date is estimated from the statutory holidays, corrected once the year's schedule is loaded. */
  deadlineProvisional: boolean;
  workingDaysLeft: number | null;
  timeline: TimelineEntry[];
  delivery: PublicDelivery;
  /** A joint case (一件事): each item's own case, its office and where it stands; null otherwise. */
  children: JointChildProgress[] | null;
}

export interface JointChildProgress {
  caseNumber: string;
  itemName: string;
  departmentName: string;
  status: CaseStatus;
  openSteps: { stepName: string; departmentName: string }[];
  workingDaysLeft: number | null;
}

/** One of GET /api/resident/cases. */
export interface MyCase {
  id: string;
  caseNumber: string;
  publicCode: string;
  itemName: string;
  status: CaseStatus;
  submittedAt: string;
  promisedDeadline: string | null;
  workingDaysLeft: number | null;
}

export interface CaseMaterial {
  key: string;
  name: string;
  required: boolean;
  state: MaterialState;
  reason: string | null;
  promisedDue: string | null;
  /** Still to be brought: named by the one-time notice (what it did not name is never asked for). */
  owed: boolean;
}

export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  number: string;
  title: string;
  issuedAt: string;
  officeName: string;
}

/** GET /api/resident/cases/:id, the parts this app shows. */
export interface MyCaseDetail {
  id: string;
  caseNumber: string;
  publicCode: string;
  /** The version a change (of the delivery) must name. */
  version: number;
  status: CaseStatus;
  item: { name: string; resultName: string; courierDelivery: boolean };
  materials: CaseMaterial[];
  documents: DocumentSummary[];
  delivery: DeliveryView;
}

/** GET /api/resident/cases/:id/documents/:documentId: the text as issued. */
export interface DocumentView extends DocumentSummary {
  issuedByName: string;
  content: Record<string, unknown>;
}

/** GET /api/resident/cases/:id/corrections: what the office asked me to correct (补正), and my answer. */
export interface Correction {
  id: string;
  corrections: string[];
  note: string;
  officeName: string;
  documentId: string;
  askedAt: string;
  answeredAt: string | null;
  answer: string | null;
  answerChannel: 'online' | 'window' | null;
  answerFiles: { id: string; name: string; mimeType: string }[];
}

export interface CorrectionAnswered {
  caseId: string;
  correctionId: string;
  answeredAt: string;
  promisedDeadline: string;
  legalDeadline: string | null;
}
