import { describe, expect, it } from 'vitest';
import { maskNumbersIn } from './mask-numbers';

describe('maskNumbersIn', () => {
  it('masks ID-like and phone-like runs in a URL and leaves other numbers', () => {
    expect(maskNumbersIn('/api/registry/persons/33010319500315002X?purpose=x')).toBe(
      '/api/registry/persons/3301**********002X?purpose=x',
    );
    expect(maskNumbersIn('/api/outbox?phone=13812345678&page=2')).toBe(
      '/api/outbox?phone=138****5678&page=2',
    );
    expect(maskNumbersIn('/x?old=330103500315002')).toBe('/x?old=3301*******5002');
    expect(maskNumbersIn('/api/cases?q=2026120800012&page=1')).toBe('/api/cases?q=2026120800012&page=1');
    expect(maskNumbersIn('/api/cases/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed')).toBe(
      '/api/cases/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
    );
  });
});
