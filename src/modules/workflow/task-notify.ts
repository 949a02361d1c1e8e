import type { Tx } from '../../db/database';
import type { MessagePurpose } from '../../shared/message-purposes';
import type { CaseItem } from '../cases/case-item';
import type { CaseRow } from '../cases/case-store';
import type { Notifier } from '../notify/notifier';
import { departmentLeaders, peopleToAct } from './task-people';

/** Messages to staff about tasks: by SMS to the work phone (the outbox by default). */

/** The work phones of whoever must act on the task now (its holder, or the pool). */
export async function holderPhones(tx: Tx, task: { id: string }): Promise<string[]> {
  const people = await peopleToAct(tx, task.id);
  return people.flatMap((person) => (person.phone ? [person.phone] : []));
}

/** One SMS to each of the given work phones. */
export async function smsToStaff(
  tx: Tx,
  notifier: Notifier,
  phones: readonly string[],
  message: { purpose: MessagePurpose; body: string },
): Promise<void> {
  for (const phone of new Set(phones)) {
    await notifier.send(tx, { channel: 'sms', recipient: phone, ...message });
  }
}

/** A task is told to whoever must act on it the moment it opens or changes hands. */
export async function notifyTaskHolders(
  tx: Tx,
  notifier: Notifier,
  row: CaseRow,
  item: CaseItem,
  task: { id: string; step_name: string },
): Promise<void> {
  await smsToStaff(tx, notifier, await holderPhones(tx, task), {
    purpose: 'task_assigned',
    body: `【一次政务服务】新的待办：“${item.content.name}”（办件编号${row.case_number}）${task.step_name}环节，请及时办理。`,
  });
}

/** A step that copies the leaders (抄送) is told to the department's leaders when its task opens. */
export async function notifyCopiedLeaders(
  tx: Tx,
  notifier: Notifier,
  row: CaseRow,
  item: CaseItem,
  task: { department_id: string; step_name: string },
): Promise<void> {
  const leaders = await departmentLeaders(tx, task.department_id);
  await smsToStaff(
    tx,
    notifier,
    leaders.flatMap((leader) => (leader.phone ? [leader.phone] : [])),
    {
      purpose: 'task_copied',
      body: `【一次政务服务】抄送：“${item.content.name}”（办件编号${row.case_number}）已到${task.step_name}环节，请知悉。`,
    },
  );
}
