import { describe, expect, it } from 'vitest';
import { type Grant, hasPermission, hasPlatformPermission, permissionsOf, regionRootsFor } from './roles';

const clerkOfStreet: Grant = { role: 'window_clerk', regionCode: '330103004', departmentId: null };
const districtAdmin: Grant = { role: 'admin', regionCode: '330103', departmentId: null };
const platformAdmin: Grant = { role: 'admin', regionCode: null, departmentId: null };

describe('role scopes', () => {
  it('limits a permission to the grant region subtree', () => {
    expect(hasPermission([clerkOfStreet], 'org.view', '330103004001')).toBe(true);
    expect(hasPermission([clerkOfStreet], 'org.view', '330103005')).toBe(false);
    expect(hasPermission([clerkOfStreet], 'org.manage', '330103004')).toBe(false);
    expect(hasPermission([districtAdmin], 'org.manage', '330103004')).toBe(true);
    expect(hasPermission([districtAdmin], 'org.manage', '330104')).toBe(false);
  });

  it('only a platform-wide grant covers creating a district', () => {
    expect(hasPermission([districtAdmin], 'org.manage', '')).toBe(false);
    expect(hasPermission([platformAdmin], 'org.manage', '')).toBe(true);
  });

  it('keeps platform-wide settings to platform-wide grants', () => {
    expect(hasPlatformPermission([platformAdmin], 'calendar.manage')).toBe(true);
    expect(hasPlatformPermission([districtAdmin], 'calendar.manage')).toBe(false);
    expect(hasPlatformPermission([{ ...clerkOfStreet, regionCode: null }], 'calendar.manage')).toBe(false);
  });

  it('merges region roots, dropping those inside others', () => {
    const grants: Grant[] = [clerkOfStreet, { ...districtAdmin, role: 'window_clerk' }];
    expect(regionRootsFor(grants, 'org.view')).toEqual(['330103']);
    expect(regionRootsFor([clerkOfStreet], 'staff.manage')).toEqual([]);
    expect(regionRootsFor([platformAdmin, clerkOfStreet], 'org.view')).toBeNull();
  });

  it('lists the union of permissions of all grants', () => {
    expect(permissionsOf([clerkOfStreet])).toEqual([
      'org.view',
      'registry.view',
      'material.manage',
      'certificate.view',
      'case.intake',
      'case.view',
      'case.handle',
    ]);
    expect(permissionsOf([districtAdmin])).toContain('staff.manage');
  });
});
