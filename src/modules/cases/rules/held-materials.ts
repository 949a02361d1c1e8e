import type { CertificateType } from '../../../shared/catalog-terms';
import type { Material } from '../../catalog/item-content';
import type { MaterialEntry } from './materials';

/**
 * "Collect once, reuse many times": what the platform already holds for an
 * applicant stands in for paper from the moment a case starts, so the clerk
 * asks only for what is truly missing.
 */

export interface HeldCertificate {
  id: string;
  type: CertificateType;
}

export interface HeldMaterial {
  id: string;
  materialKey: string | null;
  name: string;
}

/** A material in the repository stands in for a catalogue material it was given for: same key, or same name. */
export const standsInFor = (held: HeldMaterial, material: { key: string; name: string }) =>
  held.materialKey === material.key || held.name === material.name;

/**
 * Entries for each main material the clerk recorded nothing about: a valid
 * certificate of the first type the material accepts that the applicant
 * holds, else the first (newest) material the owner confirmed for reuse that
 * stands in for it. Conditional materials are left for the clerk to judge
 * whether they apply at all.
 */
export function heldEntries(
  materials: readonly Material[],
  recorded: readonly MaterialEntry[],
  certificates: readonly HeldCertificate[],
  confirmed: readonly HeldMaterial[],
): MaterialEntry[] {
  const entries: MaterialEntry[] = [];
  for (const material of materials) {
    if (!material.required || recorded.some((entry) => entry.key === material.key)) continue;
    const certificate = material.certificateTypes
      .map((type) => certificates.find((held) => held.type === type))
      .find((held) => held !== undefined);
    const repository = confirmed.find((held) => standsInFor(held, material));
    if (certificate) {
      entries.push({ key: material.key, state: 'reused_certificate', certificateId: certificate.id });
    } else if (repository) {
      entries.push({ key: material.key, state: 'reused_material', materialId: repository.id });
    }
  }
  return entries;
}
