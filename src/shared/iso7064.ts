/**
 * ISO/IEC 7064 (GB/T 17710) hybrid system MOD 37,36: one check character over
 * the alphabet 0-9A-Z, as GB/T 36904 requires for electronic certificate
 * identifiers. It detects every single-character substitution and every
 * transposition of two adjacent characters.
 */

export const MOD37_36_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const M = 36;

/** The running value after `input`, 1..36; undefined when a character is outside the alphabet. */
function carry(input: string): number | undefined {
  let product = M;
  for (const char of input) {
    const value = MOD37_36_ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    const sum = (product + value) % M || M;
    product = (sum * 2) % (M + 1);
  }
  return product;
}

/** The check character to append to `input` (upper-case 0-9A-Z only). */
export function mod37_36CheckChar(input: string): string {
  const product = carry(input);
  if (product === undefined) throw new RangeError(`「${input}」含有0-9、A-Z以外的字符`);
  return MOD37_36_ALPHABET[(M + 1 - product) % M] as string;
}

/** Whether the last character of `value` is the MOD 37,36 check character of the rest. */
export function isValidMod37_36(value: string): boolean {
  if (value.length < 2) return false;
  const body = value.slice(0, -1);
  if (carry(body) === undefined) return false;
  return mod37_36CheckChar(body) === value.slice(-1);
}
