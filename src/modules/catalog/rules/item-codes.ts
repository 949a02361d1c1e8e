/**
 * Item codes (GB/T 39554.1-2020): the 12-digit basic code, the 31-character
 * implementation code (credit code + level + basic code) and the 33-character
 * handling-item code (implementation code + 2-digit sequence).
 */
import { ITEM_LEVELS, ITEM_TYPES, type ItemLevel, type ItemType } from '../../../shared/catalog-terms';
import { CREDIT_CODE_PROBLEM_MESSAGES, checkCreditCode } from '../../../shared/credit-code';

const typeLabel = (code: string) =>
  Object.hasOwn(ITEM_TYPES, code) ? ITEM_TYPES[code as ItemType] : undefined;
const LEVEL_HINT = Object.entries(ITEM_LEVELS)
  .map(([digit, label]) => `${digit} ${label}`)
  .join('、');

/** Shape only: 12 digits whose digits 3-4 are a known item type. */
function basicCodeShapeProblems(code: string): string[] {
  if (!/^\d{12}$/.test(code)) return [`基本编码应为12位数字，现为“${code}”`];
  const typeCode = code.slice(2, 4);
  if (typeLabel(typeCode) !== undefined) return [];
  const known = Object.entries(ITEM_TYPES)
    .map(([digit, label]) => `${digit}（${label}）`)
    .join('、');
  return [`基本编码第3-4位应为事项类型代码之一：${known}，现为 ${typeCode}`];
}

/** Problems with a basic code for an item of the given type; [] when fine. */
export function basicCodeProblems(code: string, itemType: ItemType): string[] {
  if (!/^\d{12}$/.test(code)) return basicCodeShapeProblems(code);
  const typeCode = code.slice(2, 4);
  if (typeCode === itemType) return [];
  const actual = typeLabel(typeCode) ?? '不是有效的事项类型代码';
  return [
    `基本编码第3-4位应为事项类型代码 ${itemType}（${ITEM_TYPES[itemType]}），现为 ${typeCode}（${actual}）；请核对事项类型或基本编码`,
  ];
}

export type ImplementationCodeParts = { creditCode: string; level: ItemLevel; basicCode: string };

type PartNames = { credit: string; level: string; basic: string };
const PARTS_ALONE: PartNames = { credit: '实施主体', level: '', basic: '' };
const PARTS_IN_CODE: PartNames = {
  credit: '实施编码第1-18位：',
  level: '实施编码第19位：',
  basic: '实施编码第20-31位：',
};

function partProblems(creditCode: string, level: string, basicCode: string, names: PartNames): string[] {
  const problems: string[] = [];
  const credit = checkCreditCode(creditCode);
  if (!credit.valid) problems.push(names.credit + CREDIT_CODE_PROBLEM_MESSAGES[credit.problem]);
  if (!/^[1-5]$/.test(level)) problems.push(`${names.level}行使层级应为 ${LEVEL_HINT}，现为“${level}”`);
  for (const problem of basicCodeShapeProblems(basicCode)) problems.push(names.basic + problem);
  return problems;
}

/** Builds the 31-character implementation code; throws a RangeError naming every bad part. */
export function implementationCode(creditCode: string, level: number, basicCode: string): string {
  const credit = creditCode.trim().toUpperCase();
  const problems = partProblems(credit, String(level), basicCode, PARTS_ALONE);
  if (problems.length > 0) throw new RangeError(`无法生成实施编码：${problems.join('；')}`);
  return `${credit}${level}${basicCode}`;
}

/** Splits a 31-character implementation code into its parts, or says what is wrong with it. */
export function parseImplementationCode(code: string): ImplementationCodeParts | { problems: string[] } {
  const value = code.trim().toUpperCase();
  if (value.length !== 31) {
    return {
      problems: [
        `实施编码应为31位（18位统一社会信用代码 + 1位行使层级 + 12位基本编码），现为 ${value.length} 位`,
      ],
    };
  }
  const [creditCode, level, basicCode] = [value.slice(0, 18), value.slice(18, 19), value.slice(19)];
  const problems = partProblems(creditCode, level, basicCode, PARTS_IN_CODE);
  if (problems.length > 0) return { problems };
  return { creditCode, level: Number(level) as ItemLevel, basicCode };
}

/** The 33-character handling-item code (办理项编码): implementation code + sequence 01-99. */
export function handlingItemCode(implementation: string, sequence: number): string {
  const parsed = parseImplementationCode(implementation);
  if ('problems' in parsed) throw new RangeError(`无法生成办理项编码：${parsed.problems.join('；')}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99) {
    throw new RangeError(`办理项序号应为1-99的整数，现为 ${sequence}`);
  }
  return `${parsed.creditCode}${parsed.level}${parsed.basicCode}${String(sequence).padStart(2, '0')}`;
}
