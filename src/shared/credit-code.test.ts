import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARSET, checkCreditCode, creditCodeCheckChar } from './credit-code';

const first17 = fc
  .array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''));

describe('unified social credit codes (GB 32100)', () => {
  it('accepts the example code of the standard', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ valid: true });
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ valid: false, problem: 'checkChar' });
  });

  it('refuses letters outside the charset and a wrong length', () => {
    expect(checkCreditCode('91350100M000100Y4')).toEqual({ valid: false, problem: 'format' });
    expect(checkCreditCode('I1350100M000100Y43')).toEqual({ valid: false, problem: 'format' });
  });

  it('accepts exactly the computed check character', () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...CREDIT_CODE_CHARSET), (body, last) => {
        const expected = creditCodeCheckChar(body);
        expect(checkCreditCode(body + last).valid).toBe(last === expected);
      }),
    );
  });
});
