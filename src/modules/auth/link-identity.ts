import type { Db } from '../../db/database';
import { AppError, conflict } from '../../server/errors';
import { maskCitizenId } from '../../shared/citizen-id';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, ResidentActor } from './actor';

/**
 * Links a resident account to a citizen ID number (real-name verification).
 * A number belongs to one account, and a linked account keeps its number.
 */
export async function linkResidentIdentity(
  db: Db,
  actor: ResidentActor,
  audit: AuditActor,
  input: { name: string; idNumber: string },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('residents')
      .select(['id_number', 'name'])
      .where('id', '=', actor.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (current.id_number && current.id_number !== input.idNumber) {
      throw new AppError(409, 'IDENTITY_ALREADY_LINKED', '该账号已绑定其他身份证号码，如需更改请到窗口办理');
    }
    const owner = await tx
      .selectFrom('residents')
      .select('id')
      .where('id_number', '=', input.idNumber)
      .where('id', '<>', actor.id)
      .executeTakeFirst();
    if (owner) throw conflict('ID_NUMBER_TAKEN', '该身份证号码已绑定其他手机号码，如需更换请到窗口办理');
    await tx
      .updateTable('residents')
      .set({ id_number: input.idNumber, name: input.name, updated_at: new Date() })
      .where('id', '=', actor.id)
      .execute();
    await recordAudit(tx, audit, {
      action: 'resident.link_identity',
      entityType: 'resident',
      entityId: actor.id,
      before: { name: current.name, idNumber: current.id_number ? maskCitizenId(current.id_number) : null },
      after: { name: input.name, idNumber: maskCitizenId(input.idNumber) },
    });
  });
}
