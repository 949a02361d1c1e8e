import { fieldLabel } from '../shared/field-labels';
import type { FieldProblem } from './errors';

/**
 * Text PostgreSQL cannot store: a NUL character (refused by text and jsonb) or
 * half of a surrogate pair (not UTF-8 at all). Checked once at the boundary,
 * for every route's params, query and body, so no operation ever sees it.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_TEXT_MESSAGE = '含有无法保存的字符（空字符或不成对的代理字符）';
const UNSTORABLE_TEXT_ENGLISH = 'contains a character that cannot be stored (NUL or an unpaired surrogate)';

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

function problemAt(path: string[]): FieldProblem {
  const field = path.join('.');
  return {
    field,
    label: fieldLabel(path),
    message: `${UNSTORABLE_TEXT_MESSAGE} (${field || 'request'}: ${UNSTORABLE_TEXT_ENGLISH})`,
  };
}

/** Every field of `value` (nested arrays and objects, their keys too) holding unstorable text. */
export function unstorableTextIn(value: unknown, path: string[] = []): FieldProblem[] {
  if (typeof value === 'string') return isStorableText(value) ? [] : [problemAt(path)];
  if (Array.isArray(value))
    return value.flatMap((item, index) => unstorableTextIn(item, [...path, String(index)]));
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    isStorableText(key) ? unstorableTextIn(item, [...path, key]) : [problemAt(path)],
  );
}
