import { describe, expect, it } from 'vitest';
import { CERTIFICATE_TYPES } from './catalog-terms';
import { maskHolderName, maskHolderNumber } from './certificate-holder';
import { canChangeStatus, certificateStatusOn } from './certificate-status';
import { CERTIFICATE_TYPE_SPECS, LOCAL_TYPE_AUTHORITY_CODE } from './certificate-types';
import { addYears, defaultValidUntil } from './certificate-validity';
import { citizenIdCheckChar } from './citizen-id';
import { checkCreditCode } from './credit-code';

describe('certificate types', () => {
  it('describes every catalogue certificate type with a distinct type code', () => {
    expect(Object.keys(CERTIFICATE_TYPE_SPECS).sort()).toEqual(Object.keys(CERTIFICATE_TYPES).sort());
    const codes = Object.values(CERTIFICATE_TYPE_SPECS).map((spec) => spec.typeCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(checkCreditCode(LOCAL_TYPE_AUTHORITY_CODE).valid).toBe(true);
    expect(CERTIFICATE_TYPE_SPECS.id_card.typeCode).toBe('11330103MB00000002001');
    expect(CERTIFICATE_TYPE_SPECS.business_licence.typeCode).toBe('11330103MB00000002011');
  });

  it('gives each type its fields with distinct keys, and select fields their choices', () => {
    for (const spec of Object.values(CERTIFICATE_TYPE_SPECS)) {
      const keys = spec.fields.map((field) => field.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const field of spec.fields) expect(field.type === 'select').toBe(Boolean(field.options?.length));
    }
  });
});

describe('validity', () => {
  it('sets an ID card period by age as the Resident ID Card Law does', () => {
    const born = (date: string) => {
      const first17 = `330103${date.replaceAll('-', '')}002`;
      return first17 + citizenIdCheckChar(first17);
    };
    expect(defaultValidUntil('id_card', '2026-03-01', born('2015-05-01'))).toBe('2031-03-01');
    expect(defaultValidUntil('id_card', '2026-03-01', born('2006-03-01'))).toBe('2036-03-01');
    expect(defaultValidUntil('id_card', '2026-03-01', born('2000-03-02'))).toBe('2036-03-01');
    expect(defaultValidUntil('id_card', '2026-03-01', born('2000-03-01'))).toBe('2046-03-01');
    expect(defaultValidUntil('id_card', '2026-03-01', born('1980-03-01'))).toBeNull();
  });

  it('uses the type default otherwise, long-term as null', () => {
    expect(defaultValidUntil('food_business_licence', '2026-01-31', '')).toBe('2031-01-31');
    expect(defaultValidUntil('elderly_card', '2026-01-31', '')).toBeNull();
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});

describe('status', () => {
  it('puts revocation before expiry and expiry before suspension', () => {
    expect(certificateStatusOn('valid', null, '2030-01-01')).toBe('valid');
    expect(certificateStatusOn('valid', '2029-12-31', '2030-01-01')).toBe('expired');
    expect(certificateStatusOn('valid', '2030-01-01', '2030-01-01')).toBe('valid');
    expect(certificateStatusOn('suspended', '2029-12-31', '2030-01-01')).toBe('expired');
    expect(certificateStatusOn('revoked', '2029-12-31', '2030-01-01')).toBe('revoked');
  });

  it('allows only the changes that make sense', () => {
    expect(canChangeStatus('suspend', 'valid')).toBe(true);
    expect(canChangeStatus('suspend', 'expired')).toBe(false);
    expect(canChangeStatus('reinstate', 'valid')).toBe(false);
    expect(canChangeStatus('reinstate', 'suspended')).toBe(true);
    expect(canChangeStatus('revoke', 'suspended')).toBe(true);
    expect(canChangeStatus('revoke', 'revoked')).toBe(false);
  });
});

describe('masking', () => {
  it('keeps only the surname of a person and the ends of a long enterprise name', () => {
    expect(maskHolderName('张秀英', '111')).toBe('张**');
    expect(maskHolderName('欧阳娜娜', '111')).toBe('欧**');
    expect(maskHolderName('杭州市下城区潮鸣张记面馆', '001')).toBe('杭州****面馆');
    expect(maskHolderNumber('330103195803150026')).toBe('3301**********0026');
  });
});
