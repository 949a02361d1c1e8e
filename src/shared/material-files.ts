import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId, maskCitizenId } from './citizen-id';
import { CREDIT_CODE_PROBLEM_MESSAGES, checkCreditCode } from './credit-code';

/**
 * What the material repository accepts, shared by the server (which decides
 * by content) and the web apps (which only use it to filter the file picker).
 */

/** Detected MIME type -> file extension, for the types an owner may hand over. */
export const ALLOWED_FILE_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
} as const;
export type AllowedMimeType = keyof typeof ALLOWED_FILE_TYPES;

export const ALLOWED_TYPES_TEXT = 'PDF、JPEG、PNG、WebP、HEIC';

export function isAllowedMimeType(mime: string): mime is AllowedMimeType {
  return Object.hasOwn(ALLOWED_FILE_TYPES, mime);
}

/** Types a browser can show in an <img>; HEIC only opens on Apple devices, so it gets an icon. */
export function isPreviewableImage(mime: string): boolean {
  return mime === 'image/jpeg' || mime === 'image/png' || mime === 'image/webp';
}

/** 20971520 -> "20 MB", 65536 -> "64 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** Holder identity types of GB/T 36903: who a material belongs to. */
export const OWNER_ID_TYPES = { '111': '居民身份证', '001': '统一社会信用代码' } as const;
export type OwnerIdType = keyof typeof OWNER_ID_TYPES;

/** The problem with an owner number in Chinese, or null when it is valid for its type. */
export function ownerNumberProblem(type: OwnerIdType, number: string): string | null {
  if (type === '111') {
    const check = checkCitizenId(number);
    return check.valid ? null : CITIZEN_ID_PROBLEM_MESSAGES[check.problem];
  }
  const check = checkCreditCode(number);
  return check.valid ? null : CREDIT_CODE_PROBLEM_MESSAGES[check.problem];
}

/** Owner numbers in lists show the first and last four characters, for either type. */
export const maskOwnerNumber = maskCitizenId;
