import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import type { Notifier } from '../notify/notifier';
import { type WarningLevel, warningCutoff, warningLevel } from './rules/warning-level';

/**
 * What the warning sweep may still raise, read from the warning state kept on
 * the rows (case_tasks.warned, cases.warned) and their partial indexes, and
 * the warnings each candidate row calls for.
 */

export interface Warning {
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

export interface Sweep {
  deps: { db: Db; notifier: Notifier };
  calendar: WorkingCalendar;
  now: Date;
  share: number;
  batch: number;
  result: SweepResult;
}

/** While a case's clock is stopped (suspension, correction) its stored deadlines wait to be moved: no warning. */
const clockRunning = (caseColumn: 't.case_id' | 'c.id') =>
  sql<boolean>`NOT EXISTS (SELECT 1 FROM case_suspensions s WHERE s.case_id = ${sql.ref(caseColumn)} AND s.ended_at IS NULL)`;

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
export async function cutoffsOf(
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
 * warned yet and before its cutoff, or warned yellow and now passed. Red is final.
 */
export const taskCandidates = (db: Db) =>
  db
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
type TaskCandidate = Awaited<ReturnType<ReturnType<typeof taskCandidates>['executeTakeFirstOrThrow']>>;

export function taskWarnings({ calendar, now, share }: Sweep, rows: TaskCandidate[]): Warning[] {
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

export const caseCandidates = (db: Db) =>
  db
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
type CaseCandidate = Awaited<ReturnType<ReturnType<typeof caseCandidates>['executeTakeFirstOrThrow']>>;

export function caseWarnings({ calendar, now, share }: Sweep, rows: CaseCandidate[]): Warning[] {
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
