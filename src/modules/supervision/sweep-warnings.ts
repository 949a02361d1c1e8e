import type { Db, Tx } from '../../db/database';
import { calendarFrom } from '../calendar/calendar-loader';
import type { Notifier } from '../notify/notifier';
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
    for (const warning of warnings) {
      if (await raise(sweep.deps, warning)) sweep.result[warning.level] += 1;
    }
    // Raising marks each row warned, so the next batch starts past this one; a batch that
    // raised nothing would only come back the same.
    if (rows.length < sweep.batch || warnings.length === 0) return;
  }
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
