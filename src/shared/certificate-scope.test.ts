import { describe, expect, it } from 'vitest';
import { canManageCertificate, canViewCertificate, enclosingRegions } from './certificate-scope';
import type { Grant } from './roles';

const streetClerk: Grant = { role: 'window_clerk', regionCode: '330103004', departmentId: null };
const policeApprover: Grant = { role: 'approver', regionCode: '330103', departmentId: 'police' };
const supervisor: Grant = { role: 'supervisor', regionCode: '330103', departmentId: null };

describe('certificate scope', () => {
  it('lets a street clerk see what the district and the street issued, not another street', () => {
    expect(enclosingRegions('330103004001')).toEqual(['330103004', '330103']);
    expect(canViewCertificate([streetClerk], '330103')).toBe(true);
    expect(canViewCertificate([streetClerk], '330103004')).toBe(true);
    expect(canViewCertificate([streetClerk], '330103004001')).toBe(true);
    expect(canViewCertificate([streetClerk], '330103005')).toBe(false);
    expect(canViewCertificate([streetClerk], '330104')).toBe(false);
    expect(canViewCertificate([supervisor], '330103')).toBe(false);
  });

  it('lets a department role manage only its own department, within its region', () => {
    expect(canManageCertificate([policeApprover], { departmentId: 'police', regionCode: '330103' })).toBe(
      true,
    );
    expect(canManageCertificate([policeApprover], { departmentId: 'civil', regionCode: '330103' })).toBe(
      false,
    );
    expect(canManageCertificate([streetClerk], { departmentId: 'station', regionCode: '330103004' })).toBe(
      false,
    );
    const streetAdmin: Grant = { role: 'admin', regionCode: '330103004', departmentId: null };
    expect(canManageCertificate([streetAdmin], { departmentId: 'station', regionCode: '330103004' })).toBe(
      true,
    );
    expect(canManageCertificate([streetAdmin], { departmentId: 'police', regionCode: '330103' })).toBe(false);
  });
});
