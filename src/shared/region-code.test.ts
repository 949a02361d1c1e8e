import { describe, expect, it } from 'vitest';
import { isWithinRegion, parentRegionCode, regionLevelOfCode } from './region-code';

describe('region codes', () => {
  it('derives level and parent from the code', () => {
    expect(regionLevelOfCode('330103')).toBe('district');
    expect(regionLevelOfCode('330103004')).toBe('street');
    expect(regionLevelOfCode('330103004001')).toBe('community');
    expect(regionLevelOfCode('3301030')).toBeNull();
    expect(parentRegionCode('330103004001')).toBe('330103004');
    expect(parentRegionCode('330103004')).toBe('330103');
    expect(parentRegionCode('330103')).toBeNull();
  });

  it('treats a subtree as a code prefix', () => {
    expect(isWithinRegion('330103004001', '330103004')).toBe(true);
    expect(isWithinRegion('330103005001', '330103004')).toBe(false);
    expect(isWithinRegion('330103005001', null)).toBe(true);
  });
});
