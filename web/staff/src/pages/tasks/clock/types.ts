import type {
  ExtensionState,
  SuspensionKind,
  VerificationResult,
} from '../../../../../../src/shared/clock-terms';
import type { Attachment } from '../attachments/AttachmentUpload';

/** A case's clock as src/modules/workflow/clock-views.ts sends it. */

export interface FileRef {
  id: string;
  name: string;
  mimeType: string;
}

export interface SuspensionView {
  id: string;
  kind: SuspensionKind;
  note: string;
  corrections: string[];
  stepName: string;
  documentId: string;
  startedAt: string;
  startedByName: string;
  endedAt: string | null;
  endedByName: string | null;
  endNote: string | null;
  answerChannel: 'online' | 'window' | null;
  answerFiles: FileRef[];
  lostWorkingDays: number;
}

export interface ExtensionView {
  id: string;
  caseId: string;
  caseNumber: string;
  itemName: string;
  stepName: string;
  departmentName: string;
  state: ExtensionState;
  workingDays: number;
  reason: string;
  requestedAt: string;
  requestedByName: string;
  decidedAt: string | null;
  decidedByName: string | null;
  decisionNote: string | null;
  legalDeadline: string | null;
  legalDeadlineBefore: string | null;
  legalDeadlineAfter: string | null;
  legalDeadlineIfApproved: string | null;
  documentId: string | null;
}

export interface VerificationView {
  id: string;
  caseId: string;
  caseNumber: string;
  itemName: string;
  stepName: string;
  fromDepartmentName: string;
  toDepartmentName: string;
  question: string;
  files: FileRef[];
  /** The asking officer's attachments sent with the request, and the answering department's with its answer. */
  attachments: Attachment[];
  answerAttachments: Attachment[];
  workingDays: number;
  askedAt: string;
  askedByName: string;
  dueAt: string;
  overdue: boolean;
  state: 'open' | 'answered';
  result: VerificationResult | null;
  answerNote: string | null;
  answeredAt: string | null;
  answeredByName: string | null;
  mayAnswer: boolean;
}

export interface Deadline {
  stored: string | null;
  /** While the clock stands still: where the deadline goes if it restarts today. */
  projected: string | null;
}

export interface TaskClock {
  taskId: string;
  version: number;
  caseId: string;
  caseNumber: string;
  caseStatus: string;
  stepName: string;
  running: SuspensionView | null;
  deadlines: { promised: Deadline; legal: Deadline; task: Deadline };
  suspensions: SuspensionView[];
  extensions: ExtensionView[];
  verifications: VerificationView[];
  caseFiles: FileRef[];
  allowed: { suspend: boolean; resume: boolean; correction: boolean; extension: boolean; verify: boolean };
}

/** What each clock dialog takes: the task, the version its page shows, and what to do once it acted. */
export interface ClockActionProps {
  taskId: string;
  version: number;
  onDone: () => void;
}
