import type { ProfileSource } from '../../../shared/catalog-terms';
import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId } from '../../../shared/citizen-id';
import { CREDIT_CODE_PROBLEM_MESSAGES, checkCreditCode } from '../../../shared/credit-code';
import { MOBILE_PATTERN } from '../../../shared/phone';
import type { FormField } from '../../catalog/item-content';

/**
 * The values of an item's application form: pre-filled from the applicant's
 * profile where the catalogue says so, then checked field by field.
 */

export type FormValues = Record<string, string>;
export type Profile = Partial<Record<ProfileSource, string>>;

export interface FormProblem {
  key: string;
  message: string;
}

/**
 * Profile facts fill the fields that name them; what the applicant or clerk
 * typed wins. Empty values are dropped; unknown keys stay, for formProblems to name.
 */
export function prefill(fields: readonly FormField[], profile: Profile, typed: FormValues): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(typed)) if (value.trim()) values[key] = value.trim();
  for (const field of fields) {
    const fromProfile = field.profileSource ? profile[field.profileSource] : undefined;
    if (!values[field.key] && fromProfile) values[field.key] = fromProfile;
  }
  return values;
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The problem with one filled-in value, or null. */
function valueProblem(field: FormField, value: string): string | null {
  if (field.maxLength !== null && [...value].length > field.maxLength) {
    return `不能超过${field.maxLength}个字`;
  }
  switch (field.type) {
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) ? null : '应为数字';
    case 'date':
      return isRealDate(value) ? null : '应为有效日期（如 2026-01-15）';
    case 'select':
      return field.options.includes(value) ? null : `应为以下之一：${field.options.join('、')}`;
    case 'phone':
      return MOBILE_PATTERN.test(value) ? null : '应为11位手机号码';
    case 'id_number': {
      const check = checkCitizenId(value);
      return check.valid ? null : CITIZEN_ID_PROBLEM_MESSAGES[check.problem];
    }
    case 'credit_code': {
      const check = checkCreditCode(value);
      return check.valid ? null : CREDIT_CODE_PROBLEM_MESSAGES[check.problem];
    }
    default:
      return null;
  }
}

/** Every problem of the form at once: unknown keys, required fields left empty, values in the wrong format. */
export function formProblems(fields: readonly FormField[], values: FormValues): FormProblem[] {
  const known = new Set(fields.map((field) => field.key));
  const problems: FormProblem[] = Object.keys(values)
    .filter((key) => !known.has(key))
    .map((key) => ({ key, message: '本事项的申请表中没有这个字段' }));
  for (const field of fields) {
    const value = values[field.key];
    if (!value) {
      if (field.required) problems.push({ key: field.key, message: `请填写“${field.label}”` });
      continue;
    }
    const problem = valueProblem(field, value);
    if (problem) problems.push({ key: field.key, message: `“${field.label}”${problem}` });
  }
  return problems;
}
