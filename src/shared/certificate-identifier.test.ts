import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCertificateIdentifier,
  CERTIFICATE_ROOT_OID,
  parseCertificateIdentifier,
} from './certificate-identifier';
import { CERTIFICATE_TYPE_SPECS } from './certificate-types';
import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from './credit-code';
import { MOD37_36_ALPHABET } from './iso7064';

const PUBLISHED = [
  '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U',
  '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.002.S',
  '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F',
  '1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0',
];

const creditCode = fc
  .array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''))
  .map((first17) => first17 + creditCodeCheckChar(first17));
const parts = fc.record({
  typeCode: fc.constantFrom(...Object.values(CERTIFICATE_TYPE_SPECS).map((spec) => spec.typeCode)),
  issuerCode: creditCode,
  serial: fc
    .array(fc.constantFrom(...MOD37_36_ALPHABET), { minLength: 1, maxLength: 32 })
    .map((chars) => chars.join('')),
  version: fc.integer({ min: 1, max: 999 }),
});

describe('certificate identifiers (GB/T 36904)', () => {
  it('parses identifiers published by the national platform', () => {
    for (const identifier of PUBLISHED) expect(parseCertificateIdentifier(identifier).valid).toBe(true);
    expect(parseCertificateIdentifier(PUBLISHED[0] as string)).toEqual({
      valid: true,
      typeCode: '11100000000013338W011',
      issuerCode: '11430000006122244L',
      serial: '20230000403',
      version: 1,
    });
  });

  it('builds what it parses back', () => {
    fc.assert(
      fc.property(parts, (value) => {
        const identifier = buildCertificateIdentifier(value);
        expect(identifier.startsWith(`${CERTIFICATE_ROOT_OID}.`)).toBe(true);
        expect(parseCertificateIdentifier(identifier)).toEqual({ valid: true, ...value });
      }),
    );
  });

  it('notices a changed character anywhere after the root', () => {
    fc.assert(
      fc.property(parts, fc.nat(), fc.constantFrom(...MOD37_36_ALPHABET), (value, at, replacement) => {
        const identifier = buildCertificateIdentifier(value);
        const start = CERTIFICATE_ROOT_OID.length + 1;
        const i = start + (at % (identifier.length - start));
        fc.pre(identifier[i] !== '.' && identifier[i] !== replacement);
        const changed = identifier.slice(0, i) + replacement + identifier.slice(i + 1);
        expect(parseCertificateIdentifier(changed).valid).toBe(false);
      }),
    );
  });

  it('says whether the shape or the check character is wrong', () => {
    const good = PUBLISHED[0] as string;
    expect(parseCertificateIdentifier(`${good.slice(0, -1)}V`)).toEqual({
      valid: false,
      problem: 'checkChar',
    });
    expect(parseCertificateIdentifier(good.replace('.001.', '.1.'))).toEqual({
      valid: false,
      problem: 'format',
    });
    expect(parseCertificateIdentifier(good.replace('1.2.156', '1.2.157'))).toEqual({
      valid: false,
      problem: 'format',
    });
    expect(parseCertificateIdentifier(good.replace('.001.', '.000.'))).toEqual({
      valid: false,
      problem: 'format',
    });
    expect(parseCertificateIdentifier(` ${good.toLowerCase()} `).valid).toBe(true);
  });

  it('refuses to build from an issuer code that is not a credit code', () => {
    const typeCode = CERTIFICATE_TYPE_SPECS.id_card.typeCode;
    expect(() =>
      buildCertificateIdentifier({ typeCode, issuerCode: '340100', serial: '1', version: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      buildCertificateIdentifier({ typeCode, issuerCode: '11330103MB00000002', serial: 'a-1', version: 1 }),
    ).toThrow(RangeError);
  });
});
