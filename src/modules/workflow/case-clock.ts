import type { Selectable } from 'kysely';
import type { Db, Tx } from '../../db/database';
import type { CaseSuspensionsTable } from '../../db/schema';
import { conflict, notFound } from '../../server/errors';
import { SUSPENSION_KINDS } from '../../shared/clock-terms';
import { loadWorkingCalendar } from '../calendar/calendar-loader';
import { shanghaiDate, yearOf } from '../calendar/rules/days';
import { deadlinesProvisional, type Suspension } from '../calendar/rules/deadlines';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import type { CaseItem } from '../cases/case-item';
import { type CaseRow, updateCase } from '../cases/case-store';
import { followChildDeadlines } from '../cases/joint-deadlines';
import { type CaseClock, type CaseDeadlines, caseDeadlines, neverEarlier, taskDeadline } from './rules/clock';

/**
 * A case's clock as stored: its stops (case_suspensions) and its approved
 * extension, read inside an act's transaction; and the recomputation that
 * writes the case's deadlines and its open tasks' due times when a stop ends
 * or an extension is approved.
 */

export type SuspensionRow = Selectable<CaseSuspensionsTable>;

export async function suspensionsOf(db: Db | Tx, caseId: string): Promise<SuspensionRow[]> {
  return await db
    .selectFrom('case_suspensions')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('started_at')
    .execute();
}

/** The period running now, if the clock of the case stands still. */
export async function runningStop(db: Db | Tx, caseId: string): Promise<SuspensionRow | undefined> {
  return await db
    .selectFrom('case_suspensions')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

export const periodOf = (row: SuspensionRow): Suspension => ({ start: row.started_at, end: row.ended_at });

async function approvedExtensionDays(db: Db | Tx, caseId: string): Promise<number> {
  const approved = await db
    .selectFrom('case_extensions')
    .select('working_days')
    .where('case_id', '=', caseId)
    .where('state', '=', 'approved')
    .executeTakeFirst();
  return approved?.working_days ?? 0;
}

/** The case's limits as counted from its acceptance. */
export async function clockOf(db: Db | Tx, row: CaseRow, item: CaseItem): Promise<CaseClock> {
  if (!row.accepted_at) throw new Error(`case ${row.id} has no clock before acceptance`);
  return {
    acceptedAt: row.accepted_at,
    promisedDays: item.content.promisedLimitDays,
    legalDays: item.content.legalLimitDays,
    extensionDays: await approvedExtensionDays(db, row.id),
  };
}

/**
 * The calendar a case's clock needs: from its acceptance year (a case accepted
 * last December still counts from there) to two years after now. Read before
 * the act's transaction, so the transaction never waits on a second connection.
 */
export async function calendarOfCase(db: Db, caseId: string, now: Date): Promise<WorkingCalendar> {
  const row = await db.selectFrom('cases').select('accepted_at').where('id', '=', caseId).executeTakeFirst();
  const first = yearOf(shanghaiDate(row?.accepted_at ?? now));
  return await loadWorkingCalendar(
    db,
    Math.min(first, yearOf(shanghaiDate(now))),
    yearOf(shanghaiDate(now)) + 2,
  );
}

/** The same, for an act on one of the case's tasks. */
export async function calendarOfTask(db: Db, taskId: string, now: Date): Promise<WorkingCalendar> {
  const task = await db
    .selectFrom('case_tasks')
    .select('case_id')
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task) throw notFound('待办');
  return await calendarOfCase(db, task.case_id, now);
}

/**
 * Decisions wait while the clock stands still: approving, refusing, returning
 * or transferring (and stopping it a second time) is refused until it restarts.
 */
export async function requireClockRunning(tx: Tx, row: CaseRow, action = '继续审批'): Promise<void> {
  const running = await runningStop(tx, row.id);
  if (!running) return;
  const reason =
    running.kind === 'correction'
      ? '正在等待申请人补正'
      : `正在进行${SUSPENSION_KINDS[running.kind]}（中止计时）`;
  throw conflict('CASE_SUSPENDED', `办件 ${row.case_number} ${reason}，须待恢复计时后才能${action}`, {
    kind: running.kind,
    since: running.started_at.toISOString(),
  });
}

export interface Recomputed {
  row: CaseRow;
  before: CaseDeadlines;
  after: CaseDeadlines;
  /** Open tasks whose due time moved. */
  movedTasks: { id: string; stepName: string; before: Date; after: Date }[];
}

/**
 * A recomputed date is never earlier than the stored one (a date told is not
 * taken back), unless the stored one was provisional: an estimate told as such
 * is corrected either way once the year's schedule is known (decision 0028).
 */
const keep = (stored: Date | null, computed: Date, provisional: boolean) =>
  provisional ? computed : neverEarlier(stored, computed);

/**
 * Writes the deadlines the clock now makes: the case's promised and legal ones
 * from acceptance, each open task's from its opening, all moved by the ended
 * stops (and the legal one by the approved extension); never earlier than
 * stored unless provisional. Each says whether it is still provisional.
 */
export async function recomputeDeadlines(
  tx: Tx,
  row: CaseRow,
  item: CaseItem,
  calendar: WorkingCalendar,
  now: Date,
): Promise<Recomputed> {
  const periods = (await suspensionsOf(tx, row.id)).filter((stop) => stop.ended_at !== null).map(periodOf);
  const computed = caseDeadlines(calendar, await clockOf(tx, row, item), periods, now);
  const before = { promised: row.promised_deadline as Date, legal: row.legal_deadline };
  const estimated = row.deadlines_provisional;
  const after = {
    promised: keep(before.promised, computed.promised, estimated),
    legal: computed.legal === null ? before.legal : keep(before.legal, computed.legal, estimated),
  };
  const tasks = await tx
    .selectFrom('case_tasks')
    .select(['id', 'step_name', 'opened_at', 'limit_days', 'due_at', 'due_provisional'])
    .where('case_id', '=', row.id)
    .where('state', '=', 'open')
    .execute();
  const movedTasks: Recomputed['movedTasks'] = [];
  for (const task of tasks) {
    const due = taskDeadline(
      calendar,
      { openedAt: task.opened_at, limitDays: Number(task.limit_days) },
      periods,
      now,
    );
    const moved = keep(task.due_at, due, task.due_provisional);
    const provisional = deadlinesProvisional(calendar, task.opened_at, [moved]);
    const changed = moved.getTime() !== task.due_at.getTime();
    if (!changed && provisional === task.due_provisional) continue;
    await tx
      .updateTable('case_tasks')
      .set((eb) => ({ due_at: moved, due_provisional: provisional, row_version: eb('row_version', '+', 1) }))
      .where('id', '=', task.id)
      .execute();
    if (changed)
      movedTasks.push({ id: task.id, stepName: task.step_name, before: task.due_at, after: moved });
  }
  const provisional = deadlinesProvisional(calendar, row.accepted_at as Date, [after.promised, after.legal]);
  const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
  // Nothing to write leaves the case's version alone (the nightly correction must not stale a clerk's page).
  const unchanged =
    same(after.promised, before.promised) &&
    same(after.legal, before.legal) &&
    provisional === row.deadlines_provisional;
  const updated = unchanged
    ? row
    : await updateCase(tx, row, {
        promised_deadline: after.promised,
        legal_deadline: after.legal,
        deadlines_provisional: provisional,
      });
  await followChildDeadlines(tx, updated);
  return { row: updated, before, after, movedTasks };
}
