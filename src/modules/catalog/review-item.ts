import type { Db } from '../../db/database';
import { AppError, forbidden, invalidField, notFound } from '../../server/errors';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { canReview, requireEditFor } from './catalog-access';
import { type ReviewDecision, type ReviewStep, reviewTransition, STEP_LABELS } from './review-pipeline';

/**
 * One step of the review pipeline on the item's open version. Confirmation
 * publishes and locks it, and the previously published version is superseded;
 * every step is kept in catalog_reviews and the audit log.
 */
export async function reviewItem(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  itemId: string,
  input: { step: ReviewStep; decision: ReviewDecision; opinion: string },
) {
  if (input.decision === 'return' && input.opinion.trim().length === 0) {
    throw invalidField('opinion', '退回时须填写意见');
  }
  return await db.transaction().execute(async (tx) => {
    const item = await tx
      .selectFrom('catalog_items')
      .select(['department_id', 'region_code', 'published_version'])
      .where('id', '=', itemId)
      .forUpdate()
      .executeTakeFirst();
    if (!item) throw notFound('事项');
    if (input.step === 'submit' || input.step === 'confirm') {
      requireEditFor(actor, { id: item.department_id, regionCode: item.region_code });
    } else if (!canReview(actor, item.region_code)) {
      throw forbidden('只有事项目录审核人员可以进行初审和联审');
    }
    const open = await tx
      .selectFrom('catalog_item_versions')
      .select(['version', 'status', 'name'])
      .where('item_id', '=', itemId)
      .where('status', 'in', ['draft', 'submitted', 'first_checked', 'joint_reviewed'])
      .executeTakeFirst();
    if (!open) throw new AppError(409, 'NOTHING_TO_REVIEW', '该事项没有待审核的版本');
    const history = await tx
      .selectFrom('catalog_reviews')
      .select(['step', 'decision', 'actor_id'])
      .where('item_id', '=', itemId)
      .where('version', '=', open.version)
      .orderBy('id')
      .execute();
    const transition = reviewTransition(
      open.status,
      input.step,
      input.decision,
      actor.id,
      history.map((review) => ({ step: review.step, decision: review.decision, actorId: review.actor_id })),
    );
    if (!transition.allowed) throw new AppError(409, 'REVIEW_STEP_REFUSED', transition.message);
    const publishing = transition.next === 'published';
    if (publishing && item.published_version !== null) {
      await tx
        .updateTable('catalog_item_versions')
        .set({ status: 'superseded' })
        .where('item_id', '=', itemId)
        .where('version', '=', item.published_version)
        .execute();
    }
    await tx
      .updateTable('catalog_item_versions')
      .set({
        status: transition.next,
        updated_at: new Date(),
        ...(publishing ? { published_at: new Date() } : {}),
      })
      .where('item_id', '=', itemId)
      .where('version', '=', open.version)
      .execute();
    if (publishing) {
      await tx
        .updateTable('catalog_items')
        .set({ published_version: open.version, updated_at: new Date() })
        .where('id', '=', itemId)
        .execute();
    }
    await tx
      .insertInto('catalog_reviews')
      .values({
        item_id: itemId,
        version: open.version,
        step: input.step,
        decision: input.decision,
        opinion: input.opinion.trim(),
        actor_id: actor.id,
        actor_name: actor.name,
      })
      .execute();
    await recordAudit(tx, audit, {
      action: `catalog.${input.step}`,
      entityType: 'catalog_item',
      entityId: itemId,
      regionCode: item.region_code,
      before: { version: open.version, status: open.status },
      after: {
        version: open.version,
        status: transition.next,
        step: STEP_LABELS[input.step],
        decision: input.decision,
        opinion: input.opinion,
      },
    });
    return { itemId, version: open.version, status: transition.next };
  });
}
