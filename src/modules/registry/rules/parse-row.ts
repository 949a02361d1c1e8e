import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId } from '../../../shared/citizen-id';
import { CREDIT_CODE_PROBLEM_MESSAGES, checkCreditCode } from '../../../shared/credit-code';
import { MOBILE_PATTERN } from '../../../shared/phone';
import { type RegistryField, registryFields, SEXES, type SubjectKind } from '../../../shared/registry-fields';

/**
 * Turns one row of a source system's export into registry values, or says
 * every reason it cannot: each reason names the column as the file calls it.
 */
export type CellValue = string | number | Date | null | undefined;
export type RegistryValue = string | string[];

export type ParsedRow =
  | { ok: true; number: string; values: Record<string, RegistryValue> }
  | { ok: false; number: string | null; reasons: string[] };

const TEXT_LIMITS: Record<string, number> = { businessScope: 2000 };
const LANDLINE_PATTERN = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
/** GB/T 2261.1 codes some systems export instead of 男/女. */
const SEX_CODES: Record<string, string> = { '1': 'male', '2': 'female' };

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

function parseDate(text: string): string | null {
  const match = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

function optionKey(options: Readonly<Record<string, string>>, text: string): string | null {
  if (text in options) return text;
  return Object.entries(options).find(([, label]) => label === text)?.[0] ?? null;
}

/** Reads one non-key cell; a string is a problem, anything else the value. */
function parseField(
  field: RegistryField,
  text: string,
): { value: RegistryValue } | { problem: string } | { value: undefined } {
  if (text === '') return { value: undefined };
  switch (field.kind) {
    case 'text': {
      const limit = TEXT_LIMITS[field.key] ?? 200;
      return text.length > limit ? { problem: `不能超过${limit}个字` } : { value: text };
    }
    case 'date': {
      const date = parseDate(text);
      return date ? { value: date } : { problem: `“${text}”不是有效日期，应为如 2024-03-15 的格式` };
    }
    case 'phone': {
      const phone = text.replace(/\s/g, '');
      return MOBILE_PATTERN.test(phone) || LANDLINE_PATTERN.test(phone)
        ? { value: phone }
        : { problem: `“${text}”不是有效的手机号码或固定电话` };
    }
    case 'region':
      return /^\d{6}(\d{3}(\d{3})?)?$/.test(text)
        ? { value: text }
        : { problem: `“${text}”不是6、9或12位的区划代码` };
    case 'enum': {
      const options = field.options ?? {};
      const key = (field.options === SEXES ? SEX_CODES[text] : undefined) ?? optionKey(options, text);
      return key
        ? { value: key }
        : { problem: `“${text}”不在可选值（${Object.values(options).join('、')}）中` };
    }
    case 'tags': {
      const options = field.options ?? {};
      const parts = text.split(/[,，;；、\s]+/).filter(Boolean);
      const keys = parts.map((part) => optionKey(options, part));
      const unknown = parts.filter((_, index) => keys[index] === null);
      if (unknown.length > 0) return { problem: `“${unknown.join('、')}”不在可选值中` };
      return { value: [...new Set(keys as string[])].sort() };
    }
    case 'key':
      return { value: text };
  }
}

function parseNumber(kind: SubjectKind, raw: CellValue): { number: string } | { problem: string } {
  // Excel keeps at most 15 significant digits, so an ID number saved as a number has lost its tail.
  if (typeof raw === 'number' && raw > 1e15)
    return { problem: '号码被存成了数字，末几位已丢失，请将该列设为文本后重新导出' };
  const text = cellText(raw).toUpperCase();
  if (text === '') return { problem: '不能为空' };
  if (kind === 'person') {
    const check = checkCitizenId(text);
    return check.valid ? { number: text } : { problem: CITIZEN_ID_PROBLEM_MESSAGES[check.problem] };
  }
  const check = checkCreditCode(text);
  return check.valid ? { number: text } : { problem: CREDIT_CODE_PROBLEM_MESSAGES[check.problem] };
}

/** What the ID number itself says, which the file may confirm but never contradict. */
function derivedFromNumber(kind: SubjectKind, number: string): Record<string, string> {
  if (kind !== 'person') return {};
  const check = checkCitizenId(number);
  return check.valid ? { sex: check.sex, birthDate: check.birthDate } : {};
}

/**
 * @param cells the row keyed by registry field key
 * @param columnOf the file's header for a field key, to name it in reasons
 */
export function parseRegistryRow(
  kind: SubjectKind,
  cells: Readonly<Record<string, CellValue>>,
  columnOf: (fieldKey: string) => string,
): ParsedRow {
  const fields = registryFields(kind);
  const keyField = fields.find((field) => field.kind === 'key') as RegistryField;
  const reasons: string[] = [];
  const parsedNumber = parseNumber(kind, cells[keyField.key]);
  const number = 'number' in parsedNumber ? parsedNumber.number : null;
  if ('problem' in parsedNumber) reasons.push(`${columnOf(keyField.key)}：${parsedNumber.problem}`);
  const derived = number ? derivedFromNumber(kind, number) : {};
  const values: Record<string, RegistryValue> = { ...derived };
  for (const field of fields) {
    if (field.kind === 'key') continue;
    // An empty cell says nothing: a source that lacks a field never erases it.
    const result = parseField(field, cellText(cells[field.key]));
    if ('problem' in result) {
      reasons.push(`${columnOf(field.key)}：${result.problem}`);
      continue;
    }
    if (result.value === undefined) continue;
    if (field.derived && number && derived[field.key] !== result.value) {
      reasons.push(
        `${columnOf(field.key)}：与身份证号码不符（号码显示为${displayDerived(field, derived[field.key])}）`,
      );
      continue;
    }
    values[field.key] = result.value;
  }
  if (reasons.length > 0 || !number)
    return { ok: false, number: number ?? cellText(cells[keyField.key]), reasons };
  return { ok: true, number, values };
}

function displayDerived(field: RegistryField, value: string | undefined): string {
  if (value === undefined) return '';
  return field.options?.[value] ?? value;
}
