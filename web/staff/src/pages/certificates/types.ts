import type { CertificateType } from '../../../../../src/shared/catalog-terms';
import type { HolderIdType } from '../../../../../src/shared/certificate-holder';
import type { CertificateStatus, StatusChange } from '../../../../../src/shared/certificate-status';

/** Shapes of the /api/certificates replies; the server's zod schemas (schemas.ts) are the source of truth. */

export type { CertificateStatus, CertificateType, StatusChange };

/** A list row: the holder masked. */
export interface CertificateSummary {
  id: string;
  type: CertificateType;
  certificateNumber: string;
  holderIdType: HolderIdType;
  holderNameMasked: string;
  holderNumberMasked: string;
  issuerName: string;
  status: CertificateStatus;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
}

export interface CertificateEvent {
  at: string;
  action: 'issue' | 'import' | StatusChange;
  status: string;
  reason: string | null;
  actorName: string;
}

export interface CertificateDetail extends CertificateSummary {
  identifier: string;
  holderName: string;
  holderNumber: string;
  issuerCode: string;
  data: Record<string, string | number>;
  statusReason: string | null;
  origin: 'manual' | 'case' | 'import';
  verifyToken: string;
  canManage: boolean;
  events: CertificateEvent[];
}

export interface Issued {
  id: string;
  identifier: string;
  certificateNumber: string;
  verifyToken: string;
}
