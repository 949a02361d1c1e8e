import type { Region } from '../api/types';

export interface RegionNode extends Region {
  children?: RegionNode[];
}

/**
 * Nests the flat region list by parentCode. A region whose parent the user
 * cannot see (a street clerk's street) becomes a root, so every user gets a tree.
 */
export function buildRegionTree(regions: readonly Region[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>(regions.map((region) => [region.code, { ...region }]));
  const roots: RegionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  const sort = (list: RegionNode[]) => {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
    for (const node of list) if (node.children) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** The nodes matching `keyword` by name or code, with their ancestors to keep the tree readable. */
export function filterRegionTree(nodes: readonly RegionNode[], keyword: string): RegionNode[] {
  const needle = keyword.trim().toLowerCase();
  if (!needle) return [...nodes];
  return nodes.flatMap((node) => {
    const children = node.children ? filterRegionTree(node.children, needle) : [];
    const matches = node.name.toLowerCase().includes(needle) || node.code.includes(needle);
    if (matches) return [node];
    return children.length > 0 ? [{ ...node, children }] : [];
  });
}

export function allCodes(nodes: readonly RegionNode[]): string[] {
  return nodes.flatMap((node) => [node.code, ...(node.children ? allCodes(node.children) : [])]);
}
