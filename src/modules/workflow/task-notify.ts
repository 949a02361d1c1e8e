import type { Tx } from '../../db/database';
import type { CaseItem } from '../cases/case-item';
import type { CaseRow } from '../cases/case-store';
import type { Notifier } from '../notify/notifier';
import { peopleToAct } from './task-people';

/** A task is told to whoever must act on it (by SMS to the work phone; the outbox by default). */
export async function notifyTaskHolders(
  tx: Tx,
  notifier: Notifier,
  row: CaseRow,
  item: CaseItem,
  task: { id: string; step_name: string },
): Promise<void> {
  for (const { phone } of await peopleToAct(tx, task.id)) {
    if (!phone) continue;
    await notifier.send(tx, {
      channel: 'sms',
      recipient: phone,
      purpose: 'task_assigned',
      body: `【一次政务服务】新的待办：“${item.content.name}”（办件编号${row.case_number}）${task.step_name}环节，请及时办理。`,
    });
  }
}
