import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPE_CODES } from '../../../shared/catalog-terms';
import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from '../../../shared/credit-code';
import {
  basicCodeProblems,
  handlingItemCode,
  implementationCode,
  parseImplementationCode,
} from './item-codes';

const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);
const CREDIT = withCheck('11330100MB1234567');
const BASIC = '330100012000';

const creditCodes = fc
  .array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 17, maxLength: 17 })
  .map((chars) => withCheck(chars.join('')));
const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));
const basicCodes = fc
  .tuple(digits(2), fc.constantFrom(...ITEM_TYPE_CODES), digits(5), digits(3))
  .map((parts) => parts.join(''));
const levels = fc.integer({ min: 1, max: 5 });

describe('basic codes', () => {
  it('accepts a 12-digit code whose digits 3-4 are the item type', () => {
    expect(basicCodeProblems('330100012000', '01')).toEqual([]);
    expect(basicCodeProblems('332000123001', '20')).toEqual([]);
  });

  it('refuses a code that is not 12 digits', () => {
    expect(basicCodeProblems('33010001200', '01')).toEqual(['基本编码应为12位数字，现为“33010001200”']);
    expect(basicCodeProblems('3301000120A0', '01')).toHaveLength(1);
  });

  it('names the expected and the actual item type', () => {
    expect(basicCodeProblems('330500012000', '01')).toEqual([
      '基本编码第3-4位应为事项类型代码 01（行政许可），现为 05（行政给付）；请核对事项类型或基本编码',
    ]);
  });

  it('says when digits 3-4 are no item type at all', () => {
    expect(basicCodeProblems('339900012000', '07')[0]).toContain('现为 99（不是有效的事项类型代码）');
  });
});

describe('implementation codes', () => {
  it('joins credit code, level and basic code into 31 characters', () => {
    const code = implementationCode(CREDIT, 3, BASIC);
    expect(code).toBe(`${CREDIT}3${BASIC}`);
    expect(code).toHaveLength(31);
    expect(parseImplementationCode(code)).toEqual({ creditCode: CREDIT, level: 3, basicCode: BASIC });
  });

  it('accepts a lower-case credit code and returns it upper-cased', () => {
    expect(implementationCode(CREDIT.toLowerCase(), 4, BASIC)).toBe(`${CREDIT}4${BASIC}`);
  });

  it('throws a RangeError naming every bad part', () => {
    const build = () => implementationCode(`${CREDIT.slice(0, 17)}0`, 6, '339900012000');
    expect(build).toThrow(RangeError);
    expect(build).toThrow(/实施主体统一社会信用代码校验位不正确.*行使层级应为 1 国家级.*现为“6”.*现为 99/);
  });

  it('refuses a code of the wrong length', () => {
    expect(parseImplementationCode(`${CREDIT}3${BASIC}0`)).toEqual({
      problems: ['实施编码应为31位（18位统一社会信用代码 + 1位行使层级 + 12位基本编码），现为 32 位'],
    });
  });

  it('says which part is wrong', () => {
    expect(parseImplementationCode(`${CREDIT.slice(0, 17)}0` + `3${BASIC}`)).toEqual({
      problems: ['实施编码第1-18位：统一社会信用代码校验位不正确，请核对后重新输入'],
    });
    const badLevel = parseImplementationCode(`${CREDIT}0${BASIC}`);
    expect(badLevel).toEqual({
      problems: [expect.stringMatching(/^实施编码第19位：行使层级应为.*现为“0”$/)],
    });
    const badBasic = parseImplementationCode(`${CREDIT}3339900012000`);
    expect(badBasic).toEqual({ problems: [expect.stringMatching(/^实施编码第20-31位：基本编码第3-4位/)] });
  });

  it('round-trips any valid credit code, level and basic code', () => {
    fc.assert(
      fc.property(creditCodes, levels, basicCodes, (creditCode, level, basicCode) => {
        const code = implementationCode(creditCode, level, basicCode);
        expect(parseImplementationCode(code)).toEqual({ creditCode, level, basicCode });
      }),
    );
  });

  it('detects any single changed character of the credit part', () => {
    fc.assert(
      fc.property(
        creditCodes,
        levels,
        basicCodes,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: CREDIT_CODE_CHARSET.length - 1 }),
        (creditCode, level, basicCode, at, shift) => {
          const code = implementationCode(creditCode, level, basicCode);
          const was = CREDIT_CODE_CHARSET.indexOf(code[at] as string);
          const changed = CREDIT_CODE_CHARSET[(was + shift) % CREDIT_CODE_CHARSET.length];
          const tampered = code.slice(0, at) + changed + code.slice(at + 1);
          expect(parseImplementationCode(tampered)).toEqual({
            problems: [expect.stringMatching(/^实施编码第1-18位/)],
          });
        },
      ),
    );
  });
});

describe('handling-item codes', () => {
  it('adds a two-digit sequence to the implementation code', () => {
    const code = handlingItemCode(`${CREDIT}3${BASIC}`, 2);
    expect(code).toBe(`${CREDIT}3${BASIC}02`);
    expect(code).toHaveLength(33);
  });

  it('refuses a bad implementation code or a sequence outside 1-99', () => {
    expect(() => handlingItemCode(`${CREDIT}9${BASIC}`, 1)).toThrow(/无法生成办理项编码：实施编码第19位/);
    expect(() => handlingItemCode(`${CREDIT}3${BASIC}`, 0)).toThrow(RangeError);
    expect(() => handlingItemCode(`${CREDIT}3${BASIC}`, 100)).toThrow('办理项序号应为1-99的整数，现为 100');
    expect(() => handlingItemCode(`${CREDIT}3${BASIC}`, 1.5)).toThrow(RangeError);
  });
});
