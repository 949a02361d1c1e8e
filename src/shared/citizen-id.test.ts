import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCitizenId, citizenIdCheckChar, maskCitizenId } from './citizen-id';

const first17 = fc
  .record({
    area: fc.integer({ min: 110000, max: 659999 }),
    birth: fc.date({ min: new Date('1900-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ area, birth, sequence }) => {
    const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
    return `${area}${date}${String(sequence).padStart(3, '0')}`;
  });

describe('citizen ID numbers (GB 11643)', () => {
  it('accepts the standard example 11010519491231002X', () => {
    expect(checkCitizenId('11010519491231002X')).toEqual({
      valid: true,
      birthDate: '1949-12-31',
      sex: 'female',
      areaCode: '110105',
    });
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(checkCitizenId(' 11010519491231002x ').valid).toBe(true);
  });

  it('says which check failed', () => {
    expect(checkCitizenId('1101051949123100')).toEqual({ valid: false, problem: 'format' });
    expect(checkCitizenId('110105194902301234')).toEqual({ valid: false, problem: 'birthDate' });
    expect(checkCitizenId('110105194912310021')).toEqual({ valid: false, problem: 'checkDigit' });
  });

  it('refuses a birth date in the future', () => {
    const today = new Date('2026-11-23T00:00:00Z');
    const number = `110105203001010010`;
    expect(checkCitizenId(number.slice(0, 17) + citizenIdCheckChar(number.slice(0, 17)), today)).toEqual({
      valid: false,
      problem: 'birthDate',
    });
  });

  it('accepts every number whose last character is the computed check character', () => {
    fc.assert(
      fc.property(first17, (digits) => {
        const result = checkCitizenId(digits + citizenIdCheckChar(digits));
        expect(result.valid).toBe(true);
      }),
    );
  });

  it('refuses every number with any other check character', () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...'0123456789X'), (digits, wrong) => {
        fc.pre(wrong !== citizenIdCheckChar(digits));
        expect(checkCitizenId(digits + wrong)).toEqual({ valid: false, problem: 'checkDigit' });
      }),
    );
  });

  it('detects any single changed digit', () => {
    fc.assert(
      fc.property(
        first17,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (digits, at, delta) => {
          const valid = digits + citizenIdCheckChar(digits);
          const changed = String((Number(valid[at]) + delta) % 10);
          const tampered = valid.slice(0, at) + changed + valid.slice(at + 1);
          expect(checkCitizenId(tampered).valid).toBe(false);
        },
      ),
    );
  });

  it('derives sex from the odd or even sequence digit', () => {
    fc.assert(
      fc.property(first17, (digits) => {
        const result = checkCitizenId(digits + citizenIdCheckChar(digits));
        if (!result.valid) throw new Error('expected valid');
        expect(result.sex).toBe(Number(digits[16]) % 2 === 1 ? 'male' : 'female');
      }),
    );
  });

  it('masks all but the first and last four characters', () => {
    expect(maskCitizenId('11010519491231002X')).toBe('1101**********002X');
  });
});
