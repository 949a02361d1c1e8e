/**
 * Who holds a certificate: GB/T 36903 names the holder by an identity type code
 * and number — 111 a citizen ID number (GB 11643), 001 a unified social credit
 * code (GB 32100) — plus the holder's name.
 */
import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId, maskCitizenId } from './citizen-id';
import { CREDIT_CODE_PROBLEM_MESSAGES, checkCreditCode } from './credit-code';

export const HOLDER_ID_TYPES = { '111': '公民身份号码', '001': '统一社会信用代码' } as const;
export type HolderIdType = keyof typeof HOLDER_ID_TYPES;

export type HolderKind = 'person' | 'enterprise';

export function holderIdTypeOf(kind: HolderKind): HolderIdType {
  return kind === 'person' ? '111' : '001';
}

/** The holder number as stored (trimmed, upper case), or the reason it is not valid for its type. */
export function checkHolderNumber(
  idType: HolderIdType,
  raw: string,
): { valid: true; number: string } | { valid: false; message: string } {
  const number = raw.trim().toUpperCase();
  if (idType === '111') {
    const check = checkCitizenId(number);
    return check.valid
      ? { valid: true, number }
      : { valid: false, message: CITIZEN_ID_PROBLEM_MESSAGES[check.problem] };
  }
  const check = checkCreditCode(number);
  return check.valid
    ? { valid: true, number }
    : { valid: false, message: CREDIT_CODE_PROBLEM_MESSAGES[check.problem] };
}

/**
 * 张秀英 -> 张**, 杭州市下城区潮鸣张记面馆 -> 杭州****面馆: enough for the holder to
 * recognise their own certificate, too little to learn who holds a stranger's.
 * The number of stars is fixed so the length of the name is not given away either.
 */
export function maskHolderName(name: string, idType: HolderIdType): string {
  const chars = [...name.trim()];
  if (idType === '001' && chars.length > 6)
    return `${chars.slice(0, 2).join('')}****${chars.slice(-2).join('')}`;
  return `${chars[0] ?? ''}**`;
}

/** First four and last four characters, the rest starred: 3301**********0026. */
export function maskHolderNumber(number: string): string {
  return maskCitizenId(number);
}
