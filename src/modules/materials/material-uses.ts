import type { Tx } from '../../db/database';
import { conflict, notFound } from '../../server/errors';

/**
 * For intake: records that a case used a material, inside the case's own
 * transaction (the case operation writes the audit row). A material may be used
 * by the case it was collected for, or by any case while its owner's consent
 * to reuse stands. Once recorded, the use keeps the file from retention even if
 * consent is withdrawn later. Recording the same use twice changes nothing.
 * The owner attaching their own material to their own application (ownerActing)
 * needs no reuse consent: the consent is about others offering it again.
 */
export async function recordMaterialUse(
  tx: Tx,
  use: { materialId: string; caseRef: string; materialKey?: string | null; ownerActing?: boolean },
): Promise<void> {
  // Shares the lock recordConsent takes, so a withdrawal cannot slip in between check and insert.
  const material = await tx
    .selectFrom('materials')
    .select(['id', 'collected_for_case'])
    .where('id', '=', use.materialId)
    .forShare()
    .executeTakeFirst();
  if (!material) throw notFound('材料');
  const consent = await tx
    .selectFrom('material_consents')
    .select('decision')
    .where('material_id', '=', use.materialId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!use.ownerActing && material.collected_for_case !== use.caseRef && consent?.decision !== 'confirmed') {
    throw conflict('MATERIAL_NOT_CONFIRMED', '材料所有人未同意复用这份材料，不能用于本办件');
  }
  await tx
    .insertInto('material_uses')
    .values({ material_id: use.materialId, case_ref: use.caseRef, material_key: use.materialKey ?? null })
    .onConflict((oc) => oc.columns(['material_id', 'case_ref']).doNothing())
    .execute();
}
