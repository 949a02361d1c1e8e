import type { MergedBundle } from '../../catalog/bundle-merge';
import type { FormValues } from './form-values';
import type { MaterialEntry } from './materials';

/**
 * A joint case's application is answered once, on the bundle's merged form and
 * material list; each child gets the part its own item asks for, under its
 * item's own keys.
 */

export interface ChildInput {
  formData: FormValues;
  materials: MaterialEntry[];
  /** The merged material key of each of the child's material keys, to count a reused paper once. */
  mergedKeyOf: Map<string, string>;
}

export function childInput(
  merged: MergedBundle,
  itemId: string,
  formData: FormValues,
  entries: readonly MaterialEntry[],
): ChildInput {
  const childForm: FormValues = {};
  for (const field of merged.formFields) {
    const key = field.keyIn[itemId];
    const value = formData[field.key];
    if (key !== undefined && value !== undefined) childForm[key] = value;
  }
  const mergedKeyOf = new Map<string, string>();
  const materials: MaterialEntry[] = [];
  for (const material of merged.materials) {
    const key = material.keyIn[itemId];
    if (key === undefined) continue;
    mergedKeyOf.set(key, material.key);
    const entry = entries.find((candidate) => candidate.key === material.key);
    if (entry) materials.push({ ...entry, key });
  }
  return { formData: childForm, materials, mergedKeyOf };
}

/** Entry keys that are not on the bundle's merged material list (the positions, for precise errors). */
export function unknownMaterialKeys(merged: MergedBundle, entries: readonly MaterialEntry[]): number[] {
  const known = new Set(merged.materials.map((material) => material.key));
  return entries.flatMap((entry, index) => (known.has(entry.key) ? [] : [index]));
}
