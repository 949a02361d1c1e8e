import type { Db } from '../../db/database';
import type { ConsentDecision } from '../../db/schema';
import { conflict } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { Actor, AuditActor } from '../auth/actor';
import { audienceOf, detailOf, findVisibleMaterial, materialById } from './material-queries';
import type { MaterialDetail } from './schemas';

/**
 * The owner confirms a material for reuse, or withdraws that consent: in the
 * app themselves, or at the window through a clerk who records their word.
 * Either way one row is appended to the history; nothing is ever deleted, so a
 * case that already used the material keeps it.
 */
export async function recordConsent(
  db: Db,
  actor: Actor,
  audit: AuditActor,
  materialId: string,
  decision: ConsentDecision,
): Promise<MaterialDetail> {
  if (decision === 'confirmed' && actor.kind === 'resident' && !actor.identityVerified) {
    // An unverified claim must not make its uploads reusable for the number's real owner.
    throw conflict('IDENTITY_UNVERIFIED', '您的实名身份尚未核验，暂不能同意材料复用；请携带身份证到窗口核验');
  }
  return await db.transaction().execute(async (tx) => {
    // Locking the material serialises consent changes with recordMaterialUse.
    await tx.selectFrom('materials').select('id').where('id', '=', materialId).forUpdate().execute();
    const material = await findVisibleMaterial(tx, actor, materialId);
    const current = material.consent_decision ?? 'none';
    if (current === decision) return detailOf(tx, material, audienceOf(actor));
    if (decision === 'withdrawn' && current === 'none') {
      throw conflict('CONSENT_NOT_GIVEN', '这份材料尚未同意复用，无需撤回');
    }
    await tx
      .insertInto('material_consents')
      .values({
        material_id: materialId,
        decision,
        channel: actor.kind === 'staff' ? 'window' : 'app',
        recorded_by_kind: actor.kind,
        recorded_by_id: actor.id,
        recorded_by_name: audit.name,
      })
      .execute();
    await recordAudit(tx, audit, {
      action: decision === 'confirmed' ? 'material.consent_confirm' : 'material.consent_withdraw',
      entityType: 'material',
      entityId: materialId,
      regionCode: material.region_code,
      before: { consent: current },
      after: { consent: decision },
    });
    // Read without the scope check: a clerk who records a withdrawal may no longer see it afterwards.
    return detailOf(tx, await materialById(tx, materialId), audienceOf(actor));
  });
}
