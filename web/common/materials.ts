import { ALLOWED_FILE_TYPES } from '../../src/shared/material-files';

/** A material as /api/materials and /api/resident/materials describe it. */
export interface MaterialView {
  id: string;
  ownerIdType: '111' | '001';
  ownerNumberMasked: string;
  name: string;
  catalogItemId: string | null;
  catalogItemName: string | null;
  materialKey: string | null;
  source: 'window_scan' | 'resident_upload' | 'case';
  file: { sha256: string; sizeBytes: number; mimeType: keyof typeof ALLOWED_FILE_TYPES };
  uploadedByName: string | null;
  createdAt: string;
  consent: { state: ConsentState; at: string | null; channel: 'app' | 'window' | null };
  useCount: number;
}

export type ConsentState = 'none' | 'confirmed' | 'withdrawn';
export type ConsentDecision = 'confirmed' | 'withdrawn';

export const SOURCE_LABELS: Record<MaterialView['source'], readonly [string, string]> = {
  window_scan: ['窗口扫描', 'Scanned at a window'],
  resident_upload: ['本人上传', 'Uploaded by you'],
  case: ['办件收取', 'Collected in an application'],
};

export const CONSENT_LABELS: Record<ConsentState, readonly [string, string]> = {
  none: ['未同意复用', 'Not shared for reuse'],
  confirmed: ['已同意复用', 'Shared for reuse'],
  withdrawn: ['已撤回同意', 'Consent withdrawn'],
};

/** Tag colours of the consent states; antd and antd-mobile share these names. */
export const CONSENT_TAG_COLORS = { none: 'default', confirmed: 'success', withdrawn: 'warning' } as const;

/** For <input type="file" accept>: the allowed types, plus extensions for phones that do not know HEIC. */
export const FILE_ACCEPT = [...Object.keys(ALLOWED_FILE_TYPES), '.heic', '.heif'].join(',');

export const fileUrl = (materialId: string) => `/api/materials/${encodeURIComponent(materialId)}/file`;

/** The consent the opposite button records: confirm what is not confirmed, withdraw what is. */
export const nextDecision = (state: ConsentState): ConsentDecision =>
  state === 'confirmed' ? 'withdrawn' : 'confirmed';
