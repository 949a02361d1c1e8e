import type { FieldProblem } from '../../server/errors';
import type { CertificateType } from '../../shared/catalog-terms';
import { CERTIFICATE_TYPE_SPECS, type CertificateFieldSpec } from '../../shared/certificate-types';
import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId } from '../../shared/citizen-id';

export type CertificateData = Record<string, string | number>;

const TEXT_LIMIT = { text: 200, textarea: 2000 } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The value as stored, or why it does not fit the field. */
function checkValue(
  field: CertificateFieldSpec,
  value: unknown,
): { value: string | number } | { problem: string } {
  if (field.type === 'number') {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number) || number < 0)
      return { problem: '应为不小于0的数字' };
    return { value: number };
  }
  if (typeof value !== 'string') return { problem: '应为文字' };
  const text = value.trim();
  switch (field.type) {
    case 'date':
      return isCalendarDate(text) ? { value: text } : { problem: '应为有效日期（年-月-日）' };
    case 'select':
      return field.options?.includes(text)
        ? { value: text }
        : { problem: `应为${field.options?.join('、')}之一` };
    case 'id_number': {
      const check = checkCitizenId(text);
      return check.valid
        ? { value: text.toUpperCase() }
        : { problem: CITIZEN_ID_PROBLEM_MESSAGES[check.problem] };
    }
    default:
      return text.length <= TEXT_LIMIT[field.type]
        ? { value: text }
        : { problem: `不能超过${TEXT_LIMIT[field.type]}个字` };
  }
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());

/**
 * Checks the data fields (照面信息) of a certificate of `type`: every required
 * field present, each value of its field's type, no field the type does not have.
 */
export function checkCertificateData(
  type: CertificateType,
  raw: Record<string, unknown>,
): { data: CertificateData; problems: FieldProblem[] } {
  const fields = CERTIFICATE_TYPE_SPECS[type].fields;
  const data: CertificateData = {};
  const problems: FieldProblem[] = [];
  const problem = (key: string, label: string, message: string) =>
    problems.push({ field: `data.${key}`, label, message });
  for (const key of Object.keys(raw)) {
    if (!fields.some((field) => field.key === key)) problem(key, key, '不是该类证照的字段');
  }
  for (const field of fields) {
    const value = raw[field.key];
    if (isEmpty(value)) {
      if (field.required) problem(field.key, field.label, '必填');
      continue;
    }
    const checked = checkValue(field, value);
    if ('problem' in checked) problem(field.key, field.label, checked.problem);
    else data[field.key] = checked.value;
  }
  return { data, problems };
}
