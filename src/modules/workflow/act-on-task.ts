import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import { conflict, forbidden, notFound } from '../../server/errors';
import type { AuditActor, StaffActor } from '../auth/actor';
import { calendarFrom } from '../calendar/calendar-loader';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import { staffAt } from '../cases/acting';
import type { ActContext } from '../cases/case-act';
import { type CaseItem, parentHasNoItem } from '../cases/case-item';
import { lockCaseOfTask } from '../cases/case-store';
import type { Notifier } from '../notify/notifier';
import { type AttachmentRef, attachmentsForAction } from './attachments/use-attachments';
import { type Holder, mayAct, maySee, type TaskRow } from './task-access';

/**
 * The frame of every action on a task: one transaction; the case locked first
 * (so the tasks of a parallel stage finish one after another and exactly one
 * of them opens the next stage), then the task; the actor's right and the
 * version they saw checked, and the attachments they submit taken; then the action.
 */

export interface TaskDeps {
  db: Db;
  notifier: Notifier;
}

export interface TaskContext extends ActContext {
  task: TaskRow;
  calendar: WorkingCalendar;
  audit: AuditActor;
  notifier: Notifier;
  /** Submitted with the action: its case event names them (appendActionEvent). */
  attachments: AttachmentRef[];
}

/** What every action names: the task version its actor saw, and the attachments it submits. */
export interface ActInput {
  version: number;
  attachmentIds?: readonly string[];
}

/** Who may do the action: act (holder, pool, B-post) is the default. */
export type TaskPermission = (actor: StaffActor, task: TaskRow, holder: Holder | null) => boolean;

/** The task's holder as the B-post rule needs them; null while it waits in the pool. */
export async function holderOf(tx: Db | Tx, task: TaskRow): Promise<Holder | null> {
  if (!task.assignee_id) return null;
  // The takeover share comes in the same statement: one round trip per request, not per rule.
  const row = await tx
    .selectFrom('warning_settings as s')
    .leftJoin('staff_users as u', (join) => join.on('u.id', '=', task.assignee_id as string))
    .leftJoin('staff_backups as b', 'b.staff_id', 'u.id')
    .select(['b.backup_id', 'u.absent_until', 's.takeover_share'])
    .executeTakeFirstOrThrow();
  return toHolder(row);
}

const toHolder = (row: { backup_id: string | null; absent_until: Date | null; takeover_share: string }) => ({
  backupId: row.backup_id ?? null,
  absentUntil: row.absent_until ?? null,
  takeoverShare: Number(row.takeover_share),
});

/** Locks the task (its case is already locked) and reads its holder as holderOf does, in one statement. */
async function lockTaskWithHolder(tx: Tx, taskId: string): Promise<{ task: TaskRow; holder: Holder | null }> {
  const { backup_id, absent_until, takeover_share, ...task } = await tx
    .selectFrom('case_tasks as t')
    .innerJoin('warning_settings as s', (join) => join.on(sql.lit(true)))
    .leftJoin('staff_users as u', 'u.id', 't.assignee_id')
    .leftJoin('staff_backups as b', 'b.staff_id', 'u.id')
    .selectAll('t')
    .select(['b.backup_id', 'u.absent_until', 's.takeover_share'])
    .where('t.id', '=', taskId)
    .forUpdate('t')
    .executeTakeFirstOrThrow();
  return { task, holder: task.assignee_id ? toHolder({ backup_id, absent_until, takeover_share }) : null };
}

export async function actOnTask<T>(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: ActInput,
  act: (context: TaskContext) => Promise<T>,
  permitted: TaskPermission = mayAct,
): Promise<T> {
  // Read before the transaction, so it never waits on a second connection.
  const calendar = await calendarFrom(deps.db, new Date(), 2);
  return await deps.db.transaction().execute(async (tx) => {
    const locked = await lockCaseOfTask(tx, taskId);
    if (!locked) throw notFound('待办');
    const { row } = locked;
    if (!locked.item) throw parentHasNoItem();
    const item: CaseItem = locked.item;
    const { task, holder } = await lockTaskWithHolder(tx, taskId);
    if (!maySee(actor, task, holder)) throw notFound('待办');
    if (task.state !== 'open') {
      throw conflict('TASK_CLOSED', `“${task.step_name}”环节的待办已办结，不能再操作`, { state: task.state });
    }
    if (task.row_version !== input.version) {
      throw conflict(
        'TASK_VERSION_CONFLICT',
        `“${task.step_name}”环节的待办刚刚已被他人处理，请刷新后再操作`,
        { currentVersion: task.row_version },
      );
    }
    if (!permitted(actor, task, holder)) throw forbidden('您不是该待办的办理人，不能执行此操作');
    const attachments = await attachmentsForAction(tx, row.id, input.attachmentIds ?? []);
    const eventActor = (await staffAt(tx, actor, null, 'office')).eventActor;
    return await act({
      tx,
      row,
      item,
      desk: null,
      eventActor,
      task,
      calendar,
      audit,
      notifier: deps.notifier,
      attachments,
    });
  });
}

/** Writes the task's change with the next version; returns it as it now is. */
export async function updateTask(
  tx: Tx,
  task: TaskRow,
  changes: Partial<Pick<TaskRow, 'assignee_id' | 'claimed_at' | 'department_id'>> & {
    state?: 'done' | 'cancelled';
    closed_at?: Date;
    closed_by?: string;
    outcome?: NonNullable<TaskRow['outcome']>;
    opinion?: string;
  },
): Promise<TaskRow> {
  return await tx
    .updateTable('case_tasks')
    .set({ ...changes, row_version: task.row_version + 1 })
    .where('id', '=', task.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
