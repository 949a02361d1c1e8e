/** GET /api/cases/:id/papers: every material of the case with its file or electronic certificate. */
export interface CasePaper {
  key: string;
  name: string;
  state: string;
  file: {
    materialId: string;
    mimeType: string;
    sizeBytes: number;
    source: 'window_scan' | 'resident_upload' | 'case';
    createdAt: string;
  } | null;
  certificate: {
    id: string;
    typeName: string;
    number: string;
    holderName: string;
    issuerName: string;
    validUntil: string | null;
    status: string;
    verifyPath: string | null;
  } | null;
}

export interface CasePapers {
  canOpen: boolean;
  papers: CasePaper[];
}

/** The file opened inline (Content-Disposition: inline), each opening logged in the owner's read log. */
export const paperUrl = (caseId: string, materialId: string) =>
  `/api/cases/${encodeURIComponent(caseId)}/papers/${encodeURIComponent(materialId)}`;
