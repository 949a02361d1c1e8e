import type { Db } from '../../db/database';
import type { ApplicantKind } from '../../shared/case-terms';
import type { Material } from '../catalog/item-content';
import { reusableMaterialsFor } from '../materials/material-queries';
import { validCertificatesOf } from './certificate-reuse';
import { heldEntries } from './rules/held-materials';
import type { MaterialEntry } from './rules/materials';

/**
 * A staff intake starts with what the platform holds for the applicant already
 * recorded: their valid electronic certificates and the materials they
 * confirmed for reuse (rules/held-materials.ts). The clerk sees them in use and
 * can still record the paper instead.
 */
export async function heldMaterialEntries(
  db: Db,
  applicant: { kind: ApplicantKind; number: string },
  materials: readonly Material[],
  recorded: readonly MaterialEntry[],
): Promise<MaterialEntry[]> {
  const [certificates, confirmed] = await Promise.all([
    validCertificatesOf(db, applicant),
    reusableMaterialsFor(db, applicant.kind === 'person' ? '111' : '001', applicant.number),
  ]);
  return heldEntries(materials, recorded, certificates, confirmed);
}
