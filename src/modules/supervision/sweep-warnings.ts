import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import { calendarFrom } from '../calendar/calendar-loader';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import type { Notifier } from '../notify/notifier';
import { recipientsOf } from './recipients';
import { type WarningLevel, warningCutoff, warningLevel } from './rules/warning-level';

/**
 * The warning sweep (电子监察): every open task and every accepted case whose
 * deadline is near or past gets its yellow and red warning once each, with the
 * people who must hear of it told at that moment. Candidates come from the
 * partial indexes on open deadlines, never from all cases.
 */

interface Warning {
  caseId: string;
  taskId: string | null;
  regionCode: string;
  departmentId: string;
  level: Exclude<WarningLevel, 'green'>;
  reason: 'share_left' | 'overdue' | 'step_overdue';
  dueAt: Date;
  what: string;
}

export interface SweepResult {
  yellow: number;
  red: number;
}

const YEAR_MS = 366 * 86_400_000;

/** While a case's clock is stopped (suspension, correction) its stored deadlines wait to be moved: no warning. */
const clockRunning = (caseColumn: 't.case_id' | 'c.id') =>
  sql<boolean>`NOT EXISTS (SELECT 1 FROM case_suspensions s WHERE s.case_id = ${sql.ref(caseColumn)} AND s.ended_at IS NULL)`;

export async function sweepWarnings(
  deps: { db: Db; notifier: Notifier },
  now = new Date(),
): Promise<SweepResult> {
  const { db } = deps;
  const { yellow_share } = await db
    .selectFrom('warning_settings')
    .select('yellow_share')
    .executeTakeFirstOrThrow();
  const share = Number(yellow_share);
  const calendar = await calendarFrom(db, new Date(now.getTime() - YEAR_MS), 2);
  const warnings = [
    ...(await taskWarnings(db, calendar, now, share)),
    ...(await caseWarnings(db, calendar, now, share)),
  ];
  const result: SweepResult = { yellow: 0, red: 0 };
  for (const warning of warnings) {
    if (await raise(deps, warning)) result[warning.level] += 1;
  }
  return result;
}

/** Where the deadlines not warned yet are kept, with the limit their partial index leads with. */
const UNWARNED = {
  case_tasks: { limit: 'limit_days', open: sql`state = 'open' AND warned IS NULL` },
  cases: { limit: 'promised_limit_days', open: sql`status = 'accepted' AND warned IS NULL` },
} as const;

/**
 * The limits (working days) of the deadlines not warned yet, each with its
 * warning cutoff: one index probe per distinct limit (a skip scan written as a
 * recursive query), however many deadlines share it.
 */
async function cutoffsOf(
  db: Db,
  table: keyof typeof UNWARNED,
  calendar: WorkingCalendar,
  now: Date,
  share: number,
): Promise<{ limit: string; cutoff: Date }[]> {
  const limit = sql.ref(UNWARNED[table].limit);
  const { open } = UNWARNED[table];
  const { rows } = await sql<{ limit: string }>`
    WITH RECURSIVE limits(value) AS (
      (SELECT ${limit} FROM ${sql.table(table)} WHERE ${open} AND ${limit} IS NOT NULL ORDER BY 1 LIMIT 1)
      UNION ALL
      SELECT (SELECT ${limit} FROM ${sql.table(table)} WHERE ${open} AND ${limit} > limits.value ORDER BY 1 LIMIT 1)
      FROM limits WHERE limits.value IS NOT NULL
    )
    SELECT value AS "limit" FROM limits WHERE value IS NOT NULL`.execute(db);
  return rows.map((row) => ({
    limit: row.limit,
    cutoff: warningCutoff(calendar, { now, limitDays: Number(row.limit), yellowShare: share }),
  }));
}

/**
 * What a sweep may still raise, from the warning state kept on the rows
 * (case_tasks.warned, cases.warned) and their partial indexes: a deadline not
 * warned yet and near, or warned yellow and now passed. Red is final.
 */
async function taskWarnings(db: Db, calendar: WorkingCalendar, now: Date, share: number): Promise<Warning[]> {
  const candidates = db
    .selectFrom('case_tasks as t')
    .innerJoin('cases as c', 'c.id', 't.case_id')
    .select([
      't.id',
      't.case_id',
      't.region_code',
      't.department_id',
      't.due_at',
      't.limit_days',
      't.step_name',
      'c.case_number',
      'c.competent_region_code',
      'c.competent_department_id',
    ])
    .where('t.state', '=', 'open')
    .where(clockRunning('t.case_id'));
  const cutoffs = await cutoffsOf(db, 'case_tasks', calendar, now, share);
  const rows = await candidates
    .where('t.warned', 'is', null)
    .where((eb) =>
      eb.or(
        cutoffs.map(({ limit, cutoff }) =>
          eb.and([eb('t.limit_days', '=', limit), eb('t.due_at', '<', cutoff)]),
        ),
      ),
    )
    .unionAll(candidates.where('t.warned', '=', 'yellow').where('t.due_at', '<', now))
    .execute();
  const warnings: Warning[] = [];
  for (const row of rows) {
    const level = warningLevel(calendar, {
      now,
      dueAt: row.due_at,
      limitDays: Number(row.limit_days),
      yellowShare: share,
    });
    if (level === 'green') continue;
    const base = {
      caseId: row.case_id,
      dueAt: row.due_at,
      what: `办件${row.case_number}“${row.step_name}”环节`,
    };
    warnings.push({
      ...base,
      taskId: row.id,
      regionCode: row.region_code,
      departmentId: row.department_id,
      level,
      reason: level === 'red' ? 'overdue' : 'share_left',
    });
    if (level === 'red') {
      // A step past its own limit makes its case yellow, whatever the case's own time left.
      warnings.push({
        ...base,
        what: `办件${row.case_number}（“${row.step_name}”环节超时）`,
        taskId: null,
        regionCode: row.competent_region_code,
        departmentId: row.competent_department_id,
        level: 'yellow',
        reason: 'step_overdue',
      });
    }
  }
  return warnings;
}

async function caseWarnings(db: Db, calendar: WorkingCalendar, now: Date, share: number): Promise<Warning[]> {
  const candidates = db
    .selectFrom('cases as c')
    .select([
      'c.id',
      'c.case_number',
      'c.competent_region_code',
      'c.competent_department_id',
      'c.promised_deadline',
      'c.promised_limit_days',
    ])
    .where('c.status', '=', 'accepted')
    .where('c.promised_deadline', 'is not', null)
    // A joint case's parent has no limit of its own: its children are warned.
    .where('c.promised_limit_days', 'is not', null)
    .where(clockRunning('c.id'));
  const cutoffs = await cutoffsOf(db, 'cases', calendar, now, share);
  const rows = await candidates
    .where('c.warned', 'is', null)
    .where((eb) =>
      eb.or(
        cutoffs.map(({ limit, cutoff }) =>
          eb.and([eb('c.promised_limit_days', '=', limit), eb('c.promised_deadline', '<', cutoff)]),
        ),
      ),
    )
    .unionAll(candidates.where('c.warned', '=', 'yellow').where('c.promised_deadline', '<', now))
    .execute();
  const warnings: Warning[] = [];
  for (const row of rows) {
    const dueAt = row.promised_deadline as Date;
    const level = warningLevel(calendar, {
      now,
      dueAt,
      limitDays: Number(row.promised_limit_days),
      yellowShare: share,
    });
    if (level === 'green') continue;
    warnings.push({
      caseId: row.id,
      taskId: null,
      regionCode: row.competent_region_code,
      departmentId: row.competent_department_id,
      level,
      reason: level === 'red' ? 'overdue' : 'share_left',
      dueAt,
      what: `办件${row.case_number}承诺时限`,
    });
  }
  return warnings;
}

/** Raises one warning in its own transaction; false when it had been raised before (once each). */
async function raise(deps: { db: Db; notifier: Notifier }, warning: Warning): Promise<boolean> {
  return await deps.db.transaction().execute(async (tx) => {
    const recipients = await recipientsOf(tx, { ...warning, red: warning.level === 'red' });
    const inserted = await tx
      .insertInto('case_warnings')
      .values({
        case_id: warning.caseId,
        task_id: warning.taskId,
        region_code: warning.regionCode,
        department_id: warning.departmentId,
        level: warning.level,
        reason: warning.reason,
        due_at: warning.dueAt,
        notified: recipients.map((person) => person.name),
      })
      .onConflict((conflict) => conflict.doNothing())
      .returning('id')
      .executeTakeFirst();
    await markWarned(tx, warning);
    if (!inserted) return false;
    const text =
      warning.level === 'red'
        ? `【电子监察·红牌】${warning.what}已超过办理时限，请立即处理并说明情况。`
        : `【电子监察·黄牌】${warning.what}即将到期（${warning.dueAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}），请抓紧办理。`;
    for (const person of recipients) {
      if (!person.phone) continue;
      await deps.notifier.send(tx, {
        channel: 'sms',
        recipient: person.phone,
        purpose: 'deadline_warning',
        body: text,
      });
    }
    return true;
  });
}

/** The row's own warning state follows case_warnings in the same transaction; red is never lowered. */
async function markWarned(tx: Tx, warning: Warning): Promise<void> {
  const table = warning.taskId === null ? 'cases' : 'case_tasks';
  await tx
    .updateTable(table)
    .set({ warned: warning.level })
    .where('id', '=', warning.taskId ?? warning.caseId)
    .where((eb) => eb.or([eb('warned', 'is', null), eb('warned', '=', 'yellow')]))
    .execute();
}
