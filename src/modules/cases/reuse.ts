import type { Tx } from '../../db/database';
import { invalidField } from '../../server/errors';
import { recordMaterialUse } from '../materials/material-uses';
import type { CaseRow } from './case-store';
import type { CaseMaterial } from './rules/materials';

/**
 * Materials a case takes from the material repository (a reused scan, or the
 * scan of what was handed over): each must belong to the applicant, and its use
 * is recorded in the case's transaction (the repository checks the owner's
 * consent, unless the owner is the one applying).
 */
export async function recordRepositoryUses(
  tx: Tx,
  row: CaseRow,
  materials: readonly CaseMaterial[],
  ownerActing = false,
): Promise<void> {
  const ownerIdType = row.applicant_kind === 'person' ? '111' : '001';
  for (const material of materials) {
    if (!material.materialId) continue;
    const owned = await tx
      .selectFrom('materials')
      .select('id')
      .where('id', '=', material.materialId)
      .where('owner_id_type', '=', ownerIdType)
      .where('owner_number', '=', row.applicant_number)
      // An unverified applicant attaches only what they uploaded themselves.
      .$if(row.applicant_unverified, (query) => query.where('uploaded_by_id', '=', row.started_by_id))
      .executeTakeFirst();
    if (!owned) {
      throw invalidField(
        `materials.${material.key}.materialId`,
        `“${material.name}”选用的材料不属于申请人本人`,
        'MATERIAL_NOT_APPLICANTS',
      );
    }
    await recordMaterialUse(tx, {
      materialId: material.materialId,
      caseRef: row.case_number,
      materialKey: material.key,
      ownerActing,
    });
  }
}
