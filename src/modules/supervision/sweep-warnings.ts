import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import { calendarFrom } from '../calendar/calendar-loader';
import type { Notifier, OutgoingMessage } from '../notify/notifier';
import { recipientsOf } from './recipients';
import {
  caseCandidates,
  caseWarnings,
  cutoffsOf,
  type Sweep,
  type SweepResult,
  taskCandidates,
  taskWarnings,
  type Warning,
} from './sweep-candidates';

/**
 * The warning sweep (电子监察): every open task and every accepted case whose
 * deadline is near or past gets its yellow and red warning once each, with the
 * people who must hear of it told at that moment. Candidates come from the
 * partial indexes on open deadlines, never from all cases.
 */

const YEAR_MS = 366 * 86_400_000;

/**
 * Candidates come in batches in deadline order, one index range per limit:
 * a LIMIT keeps the planner on the index whatever its estimate of the range,
 * and a backlog (the first sweep) is never held in memory at once.
 */
const BATCH = 500;

export async function sweepWarnings(
  deps: { db: Db; notifier: Notifier },
  now = new Date(),
  batch = BATCH,
): Promise<SweepResult> {
  const { db } = deps;
  const { yellow_share } = await db
    .selectFrom('warning_settings')
    .select('yellow_share')
    .executeTakeFirstOrThrow();
  const share = Number(yellow_share);
  const calendar = await calendarFrom(db, new Date(now.getTime() - YEAR_MS), 2);
  const sweep: Sweep = { deps, calendar, now, share, batch, result: { yellow: 0, red: 0 } };
  for (const { limit, cutoff } of await cutoffsOf(db, 'case_tasks', calendar, now, share)) {
    await inBatches(sweep, taskWarnings, () =>
      taskCandidates(db)
        .where('t.warned', 'is', null)
        .where('t.limit_days', '=', limit)
        .where('t.due_at', '<', cutoff)
        .orderBy('t.due_at')
        .limit(batch)
        .execute(),
    );
  }
  await inBatches(sweep, taskWarnings, () =>
    taskCandidates(db)
      .where('t.warned', '=', 'yellow')
      .where('t.due_at', '<', now)
      .orderBy('t.due_at')
      .limit(batch)
      .execute(),
  );
  for (const { limit, cutoff } of await cutoffsOf(db, 'cases', calendar, now, share)) {
    await inBatches(sweep, caseWarnings, () =>
      caseCandidates(db)
        .where('c.warned', 'is', null)
        .where('c.promised_limit_days', '=', limit)
        .where('c.promised_deadline', '<', cutoff)
        .orderBy('c.promised_deadline')
        .limit(batch)
        .execute(),
    );
  }
  await inBatches(sweep, caseWarnings, () =>
    caseCandidates(db)
      .where('c.warned', '=', 'yellow')
      .where('c.promised_deadline', '<', now)
      .orderBy('c.promised_deadline')
      .limit(batch)
      .execute(),
  );
  return sweep.result;
}

async function inBatches<Row>(
  sweep: Sweep,
  warningsOf: (sweep: Sweep, rows: Row[]) => Warning[],
  next: () => Promise<Row[]>,
): Promise<void> {
  for (;;) {
    const rows = await next();
    const warnings = warningsOf(sweep, rows);
    for (const warning of await raiseAll(sweep.deps, warnings)) sweep.result[warning.level] += 1;
    // Raising marks each row warned, so the next batch starts past this one; a batch that
    // raised nothing would only come back the same.
    if (rows.length < sweep.batch || warnings.length === 0) return;
  }
}

/**
 * Raises a batch of warnings in one transaction, in a fixed number of statements
 * however many: the warnings not raised before (once each) are kept with whom they
 * told and their messages are sent; the rows' own warning state follows. Returns
 * the warnings raised now.
 */
async function raiseAll(deps: { db: Db; notifier: Notifier }, warnings: Warning[]): Promise<Warning[]> {
  if (warnings.length === 0) return [];
  return await deps.db.transaction().execute(async (tx) => {
    const recipients = await recipientsOf(tx, warnings);
    const inserted = await tx
      .insertInto('case_warnings')
      .values(
        warnings.map((warning, index) => ({
          case_id: warning.caseId,
          task_id: warning.taskId,
          region_code: warning.regionCode,
          department_id: warning.departmentId,
          level: warning.level,
          reason: warning.reason,
          due_at: warning.dueAt,
          notified: (recipients[index] ?? []).map((person) => person.name),
        })),
      )
      .onConflict((conflict) => conflict.doNothing())
      .returning(['case_id', 'task_id', 'level'])
      .execute();
    await markWarned(tx, warnings);
    const raisedNow = new Set(inserted.map((row) => onceKey(row.task_id, row.case_id, row.level)));
    const raised: Warning[] = [];
    const messages: OutgoingMessage[] = [];
    warnings.forEach((warning, index) => {
      // Deleting the key makes a warning that appears twice in the batch count and tell once.
      if (!raisedNow.delete(onceKey(warning.taskId, warning.caseId, warning.level))) return;
      raised.push(warning);
      const body = messageOf(warning);
      for (const person of recipients[index] ?? []) {
        if (person.phone)
          messages.push({ channel: 'sms', recipient: person.phone, purpose: 'deadline_warning', body });
      }
    });
    await deps.notifier.sendAll(tx, messages);
    return raised;
  });
}

/** What makes a warning once-only: its task (or, for the case's own, its case) and its level. */
const onceKey = (taskId: string | null, caseId: string, level: string) =>
  taskId === null ? `case ${caseId} ${level}` : `task ${taskId} ${level}`;

function messageOf(warning: Warning): string {
  return warning.level === 'red'
    ? `【电子监察·红牌】${warning.what}已超过办理时限，请立即处理并说明情况。`
    : `【电子监察·黄牌】${warning.what}即将到期（${warning.dueAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}），请抓紧办理。`;
}

/** The rows' own warning state follows case_warnings in the same transaction; red is never lowered. */
async function markWarned(tx: Tx, warnings: Warning[]): Promise<void> {
  for (const table of ['case_tasks', 'cases'] as const) {
    for (const level of ['yellow', 'red'] as const) {
      const ids = [
        ...new Set(
          warnings
            .filter((warning) => warning.level === level && (warning.taskId === null) === (table === 'cases'))
            .map((warning) => warning.taskId ?? warning.caseId),
        ),
      ];
      if (ids.length === 0) continue;
      // Yellow before red, so a row warned both ways in one batch ends red.
      await tx
        .updateTable(table)
        .set({ warned: level })
        .where('id', '=', sql<string>`any(${ids}::uuid[])`)
        .where((eb) => eb.or([eb('warned', 'is', null), eb('warned', '=', 'yellow')]))
        .execute();
    }
  }
}
