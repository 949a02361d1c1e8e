import type { Db, Tx } from '../../../db/database';
import { forbidden } from '../../../server/errors';
import { hasPlatformPermission } from '../../../shared/roles';
import { recordAudit } from '../../audit/record-audit';
import type { AuditActor, StaffActor } from '../../auth/actor';
import type { BackOfficeSettings } from './schemas';

/**
 * The back office's timing rules (办理设置), one row for the whole platform:
 * the share of a limit left at which a task or case turns yellow, and the
 * share of a task's limit used after which the holder's B-post may act.
 */

async function readSettings(db: Db | Tx, lock = false): Promise<BackOfficeSettings & { updatedAt: string }> {
  const query = db.selectFrom('warning_settings').select(['yellow_share', 'takeover_share', 'updated_at']);
  const row = await (lock ? query.forUpdate() : query).executeTakeFirstOrThrow();
  return {
    yellowShare: Number(row.yellow_share),
    takeoverShare: Number(row.takeover_share),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function backOfficeSettings(db: Db, actor: StaffActor) {
  return { ...(await readSettings(db)), mayEdit: hasPlatformPermission(actor.grants, 'workflow.settings') };
}

/** The B-post rule's share, read once by a request that judges many tasks (the inbox). */
export async function takeoverShareOf(db: Db): Promise<number> {
  return (await readSettings(db)).takeoverShare;
}

export async function updateBackOfficeSettings(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  input: BackOfficeSettings,
) {
  if (!hasPlatformPermission(actor.grants, 'workflow.settings')) {
    throw forbidden('办理设置对全平台生效，由全平台的系统管理员修改');
  }
  await db.transaction().execute(async (tx) => {
    const { updatedAt: _, ...before } = await readSettings(tx, true);
    await tx
      .updateTable('warning_settings')
      .set({
        yellow_share: input.yellowShare.toFixed(2),
        takeover_share: input.takeoverShare.toFixed(2),
        updated_at: new Date(),
      })
      .execute();
    await recordAudit(tx, audit, {
      action: 'back_office_settings.update',
      entityType: 'warning_settings',
      entityId: 'platform',
      before,
      after: input,
    });
  });
  return await backOfficeSettings(db, actor);
}
