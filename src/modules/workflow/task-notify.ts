import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { CaseItem } from '../cases/case-item';
import type { CaseRow } from '../cases/case-store';
import type { Notifier } from '../notify/notifier';

/**
 * A task is told to whoever must act: its holder, or while it waits in the
 * department's pool, each colleague who may claim it (by SMS to the work
 * phone; the outbox by default).
 */

type NotifiedTask = { id: string; department_id: string; assignee_id: string | null; step_name: string };

/** The work phones of whoever must act on the task now. */
export async function holderPhones(tx: Tx, task: NotifiedTask): Promise<string[]> {
  let query = tx
    .selectFrom('staff_users as u')
    .select('u.phone')
    .distinct()
    .where('u.active', '=', true)
    .where('u.phone', 'is not', null);
  query = task.assignee_id
    ? query.where('u.id', '=', task.assignee_id)
    : query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('case_tasks as t')
            .innerJoin('role_grants as g', (join) =>
              join.onRef('g.department_id', '=', 't.department_id').onRef('g.user_id', '=', 'u.id'),
            )
            .select(sql`1`.as('one'))
            .where('t.id', '=', task.id)
            .where(sql<boolean>`g.role = coalesce(t.actor_role, 'chief_rep')`),
        ),
      );
  return (await query.execute()).map((row) => row.phone as string);
}

/** One SMS to each of the given work phones. */
export async function smsToStaff(
  tx: Tx,
  notifier: Notifier,
  phones: readonly string[],
  message: { purpose: string; body: string },
): Promise<void> {
  for (const phone of phones) {
    await notifier.send(tx, { channel: 'sms', recipient: phone, ...message });
  }
}

export async function notifyTaskHolders(
  tx: Tx,
  notifier: Notifier,
  row: CaseRow,
  item: CaseItem,
  task: NotifiedTask,
): Promise<void> {
  await smsToStaff(tx, notifier, await holderPhones(tx, task), {
    purpose: 'task_assigned',
    body: `【一次政务服务】新的待办：“${item.content.name}”（办件编号${row.case_number}）${task.step_name}环节，请及时办理。`,
  });
}
