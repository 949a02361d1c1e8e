import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidMod37_36, MOD37_36_ALPHABET, mod37_36CheckChar } from './iso7064';

const char = fc.constantFrom(...MOD37_36_ALPHABET);
const body = fc.array(char, { minLength: 1, maxLength: 60 }).map((chars) => chars.join(''));
const withCheck = body.map((value) => value + mod37_36CheckChar(value));
const rank = (c: string) => MOD37_36_ALPHABET.indexOf(c);
/** 0-1, 1-2 ... Y-Z and Z-0: the pairs MOD 37,36 cannot always tell apart when swapped. */
function neighbours(a: string, b: string): boolean {
  const gap = Math.abs(rank(a) - rank(b));
  return gap === 1 || gap === MOD37_36_ALPHABET.length - 1;
}

const swapAt = (value: string, i: number) =>
  value.slice(0, i) + (value[i + 1] ?? '') + (value[i] ?? '') + value.slice(i + 2);

describe('ISO 7064 MOD 37,36', () => {
  it('gives the check characters of published certificate identifiers', () => {
    // Identifiers quoted in public interface documents of the national platform (dots removed).
    expect(mod37_36CheckChar('11100000000013338W01111430000006122244L20230000403001')).toBe('U');
    expect(mod37_36CheckChar('11100000000013338W01111430000006122244L20230000403002')).toBe('S');
    expect(mod37_36CheckChar('11100000000013338W03211220000013544541J2430599001')).toBe('F');
    expect(mod37_36CheckChar('11100000000013338W00911330105002500287C2025052201002')).toBe('0');
    expect(mod37_36CheckChar('11100000MB03271699022340100000000016001')).toBe('9');
  });

  it('accepts a value followed by its own check character', () => {
    fc.assert(
      fc.property(withCheck, (value) => {
        expect(isValidMod37_36(value)).toBe(true);
      }),
    );
  });

  it('detects every single-character substitution, the check character included', () => {
    fc.assert(
      fc.property(withCheck, fc.nat(), char, (value, at, replacement) => {
        const i = at % value.length;
        fc.pre(value[i] !== replacement);
        expect(isValidMod37_36(value.slice(0, i) + replacement + value.slice(i + 1))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('detects every swap of two adjacent characters that are not alphabet neighbours', () => {
    fc.assert(
      fc.property(
        withCheck.filter((value) => value.length >= 2),
        fc.nat(),
        (value, at) => {
          const i = at % (value.length - 1);
          const [a = '', b = ''] = [value[i], value[i + 1]];
          fc.pre(a !== b && !neighbours(a, b));
          expect(isValidMod37_36(swapAt(value, i))).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('misses a swap of alphabet neighbours in exactly one running state per pair (72 of 45,360 cases)', () => {
    // Exhaustive over the 36 states the running value can be in before the pair.
    let missed = 0;
    for (let prefix = 0; prefix < 36; prefix++) {
      for (const a of MOD37_36_ALPHABET) {
        for (const b of MOD37_36_ALPHABET) {
          if (a === b) continue;
          // One leading character reaches every state; the pair follows it, then one more character.
          const lead = MOD37_36_ALPHABET[prefix] as string;
          const value = `${lead}${a}${b}0`;
          const swapped = `${lead}${b}${a}0`;
          if (mod37_36CheckChar(value) === mod37_36CheckChar(swapped)) {
            missed++;
            expect(neighbours(a, b)).toBe(true);
          }
        }
      }
    }
    expect(missed).toBe(72);
    expect(isValidMod37_36(`901`)).toBe(true);
    expect(isValidMod37_36(`910`)).toBe(true);
  });

  it('refuses characters outside 0-9A-Z', () => {
    expect(() => mod37_36CheckChar('ab1')).toThrow(RangeError);
    expect(isValidMod37_36('1.2')).toBe(false);
    expect(isValidMod37_36('U')).toBe(false);
  });
});
