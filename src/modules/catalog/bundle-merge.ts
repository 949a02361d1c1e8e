import type { FormField, ItemContent, Material } from './item-content';

/**
 * What a bundle (一件事) asks of the applicant: one form whose shared fields are
 * asked once, one material list without repeats, and the combined limit. The
 * items of a bundle are handled in parallel, so the bundle takes as long as its
 * slowest item and needs as many visits as its most demanding one.
 */
export interface BundleItem {
  itemId: string;
  content: ItemContent;
}

export interface MergedField extends FormField {
  /** The items whose forms ask for this field. */
  itemIds: string[];
  /** Each of those items' own key for the field (a joint case hands each item its answer under it). */
  keyIn: Record<string, string>;
}

export interface MergedMaterial extends Material {
  itemIds: string[];
  /** Each of those items' own key for the material. */
  keyIn: Record<string, string>;
}

export interface MergedBundle {
  formFields: MergedField[];
  materials: MergedMaterial[];
  promisedLimitDays: number;
  visits: 0 | 1;
  onlineDepth: number;
  /** The result can be sent by post only when every item's can. */
  courierDelivery: boolean;
  /** How many form fields and materials merging saved the applicant. */
  fieldsSaved: number;
  materialsSaved: number;
}

/** Two fields are the same question when they pre-fill from the same profile fact, or share key and type. */
function fieldIdentity(field: FormField): string {
  return field.profileSource ? `profile:${field.profileSource}` : `key:${field.key}:${field.type}`;
}

/** Two materials are the same paper when a certificate can stand in for both, or their names match. */
function materialIdentities(material: Material): string[] {
  const name = `name:${material.name.replace(/[《》（）()\s]/g, '')}`;
  return [name, ...material.certificateTypes.map((type) => `certificate:${type}`)];
}

/**
 * A merged entry keeps its first item's key unless an earlier entry holds it:
 * two different questions or papers of two items may share a key (each
 * item's "photo"), and the application answers the merged list by key.
 * The suffixed key stays within the catalogue's 40 characters.
 */
function uniqueKey(key: string, taken: Set<string>): string {
  let unique = key;
  for (let n = 2; taken.has(unique); n++) unique = `${key.slice(0, 40 - `_${n}`.length)}_${n}`;
  taken.add(unique);
  return unique;
}

function mergeFields(items: readonly BundleItem[]): MergedField[] {
  const taken = new Set<string>();
  const merged = new Map<string, MergedField>();
  for (const { itemId, content } of items) {
    for (const field of content.formFields) {
      const identity = fieldIdentity(field);
      const existing = merged.get(identity);
      if (existing) {
        existing.itemIds.push(itemId);
        existing.keyIn[itemId] ??= field.key;
        existing.required ||= field.required;
      } else {
        merged.set(identity, {
          ...field,
          key: uniqueKey(field.key, taken),
          itemIds: [itemId],
          keyIn: { [itemId]: field.key },
        });
      }
    }
  }
  return [...merged.values()];
}

function mergeMaterials(items: readonly BundleItem[]): MergedMaterial[] {
  const merged: MergedMaterial[] = [];
  const byIdentity = new Map<string, MergedMaterial>();
  const taken = new Set<string>();
  for (const { itemId, content } of items) {
    for (const material of content.materials) {
      const identities = materialIdentities(material);
      const existing = identities.map((identity) => byIdentity.get(identity)).find(Boolean);
      if (existing) {
        if (!existing.itemIds.includes(itemId)) existing.itemIds.push(itemId);
        existing.keyIn[itemId] ??= material.key;
        existing.required ||= material.required;
        existing.originalCount = Math.max(existing.originalCount, material.originalCount);
        existing.copyCount = Math.max(existing.copyCount, material.copyCount);
        for (const identity of identities) byIdentity.set(identity, existing);
        continue;
      }
      const entry = {
        ...material,
        key: uniqueKey(material.key, taken),
        itemIds: [itemId],
        keyIn: { [itemId]: material.key },
      };
      merged.push(entry);
      for (const identity of identities) byIdentity.set(identity, entry);
    }
  }
  return merged;
}

/** The items run in parallel, so the bundle takes as long as its slowest item. */
export function combinedLimitDays(limits: readonly number[]): number {
  return Math.max(0, ...limits);
}

export function mergeBundle(items: readonly BundleItem[]): MergedBundle {
  const formFields = mergeFields(items);
  const materials = mergeMaterials(items);
  const contents = items.map((item) => item.content);
  return {
    formFields,
    materials,
    promisedLimitDays: combinedLimitDays(contents.map((content) => content.promisedLimitDays)),
    visits: contents.some((content) => content.visits === 1) ? 1 : 0,
    onlineDepth: Math.min(4, ...contents.map((content) => content.onlineDepth)),
    courierDelivery: contents.every((content) => content.courierDelivery),
    fieldsSaved: contents.reduce((sum, content) => sum + content.formFields.length, 0) - formFields.length,
    materialsSaved: contents.reduce((sum, content) => sum + content.materials.length, 0) - materials.length,
  };
}
