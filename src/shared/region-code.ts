/**
 * Region codes in the GB/T 2260 style: 6 digits for a district (county level),
 * 9 for a street (township level) and 12 for a community (village level).
 * A child's code starts with its parent's code, so a subtree is a prefix.
 */

export const REGION_LEVELS = ['district', 'street', 'community'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

const LENGTH_BY_LEVEL: Record<RegionLevel, number> = { district: 6, street: 9, community: 12 };

export function regionCodeLength(level: RegionLevel): number {
  return LENGTH_BY_LEVEL[level];
}

export function regionLevelOfCode(code: string): RegionLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return REGION_LEVELS.find((level) => LENGTH_BY_LEVEL[level] === code.length) ?? null;
}

export function parentRegionCode(code: string): string | null {
  const level = regionLevelOfCode(code);
  if (level === 'street') return code.slice(0, 6);
  if (level === 'community') return code.slice(0, 9);
  return null;
}

export function childRegionLevel(level: RegionLevel): RegionLevel | null {
  const index = REGION_LEVELS.indexOf(level);
  return REGION_LEVELS[index + 1] ?? null;
}

/** Whether `code` lies in the subtree rooted at `root` (null root = everything). */
export function isWithinRegion(code: string, root: string | null): boolean {
  return root === null || code.startsWith(root);
}

export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  district: '区（县）',
  street: '街道（乡镇）',
  community: '社区（村）',
};
