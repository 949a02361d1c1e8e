/**
 * Unified social credit codes (GB 32100-2015): 18 characters over a 31-character
 * set without I, O, S, V, Z; the last character is a weighted mod-31 check.
 */

export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

type CreditCodeProblem = 'format' | 'checkChar';

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i] ?? '');
    if (value < 0) throw new RangeError(`字符 ${first17[i]} 不在统一社会信用代码字符集中`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31] as string;
}

export function checkCreditCode(raw: string): { valid: true } | { valid: false; problem: CreditCodeProblem } {
  const value = raw.trim().toUpperCase();
  if (!/^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/.test(value)) return { valid: false, problem: 'format' };
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return { valid: false, problem: 'checkChar' };
  return { valid: true };
}

export const CREDIT_CODE_PROBLEM_MESSAGES: Record<CreditCodeProblem, string> = {
  format: '统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）',
  checkChar: '统一社会信用代码校验位不正确，请核对后重新输入',
};
