import type {
  CaseEventKind,
  CaseStatus,
  DocumentKind,
  MaterialState,
} from '../../../../src/shared/case-terms';

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
  applicantNameMasked: string;
  handlerNameMasked: string | null;
  submittedAt: string;
  promisedDeadline: string | null;
  workingDaysLeft: number | null;
  timeline: TimelineEntry[];
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
  status: CaseStatus;
  item: { name: string; resultName: string };
  materials: CaseMaterial[];
  documents: DocumentSummary[];
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
