/**
 * Citizen ID numbers (GB 11643-1999): 6-digit area code, birth date YYYYMMDD,
 * 3-digit sequence (odd = male, even = female) and a check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

type CitizenIdProblem = 'format' | 'birthDate' | 'checkDigit';

type CitizenIdCheck =
  | { valid: true; birthDate: string; sex: 'male' | 'female'; areaCode: string }
  | { valid: false; problem: CitizenIdProblem };

/** The check character for the first 17 digits of a citizen ID number. */
export function citizenIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] as string;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks format, birth date and check character; says which one failed. */
export function checkCitizenId(raw: string, today: Date = new Date()): CitizenIdCheck {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { valid: false, problem: 'format' };
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = Date.UTC(year, month - 1, day);
  if (year < 1900 || !isRealDate(year, month, day) || birth > today.getTime()) {
    return { valid: false, problem: 'birthDate' };
  }
  if (citizenIdCheckChar(value.slice(0, 17)) !== value[17]) return { valid: false, problem: 'checkDigit' };
  return {
    valid: true,
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    sex: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    areaCode: value.slice(0, 6),
  };
}

export const CITIZEN_ID_PROBLEM_MESSAGES: Record<CitizenIdProblem, string> = {
  format: '身份证号码应为18位，前17位为数字，最后一位为数字或X',
  birthDate: '身份证号码中的出生日期无效',
  checkDigit: '身份证号码校验位不正确，请核对后重新输入',
};

/** 330103199001011234 -> 3301**********1234 */
export function maskCitizenId(value: string): string {
  if (value.length < 10) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}
