import type { Db, Tx } from '../../db/database';
import { recordAudit } from '../audit/record-audit';
import { SYSTEM_ACTOR } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import { actAsSystem } from '../cases/case-act';
import { caseTitle } from '../cases/case-documents';
import { appendEvent, type CaseRow, lockCase } from '../cases/case-store';
import type { Notifier } from '../notify/notifier';
import { calendarOfCase, type Recomputed, recomputeDeadlines } from './case-clock';
import { tellApplicant } from './clock-notify';
import { holderPhones, smsToStaff } from './task-notify';

/**
 * Deadlines counted into a year without a loaded holiday schedule are
 * estimates (decision 0028). When the calendar changes, every open one is
 * counted again: the case's (and its open tasks') dates follow the calendar now
 * loaded, each case in its own transaction; a case whose dates moved gets a
 * history entry and an audit row, its applicant an SMS when the promised date
 * moved, and the holders of each moved task one too.
 */

const BATCH = 500;

/**
 * Accepted single-item cases with a provisional deadline of their own or of an
 * open task, by the two partial indexes. A joint parent follows its children.
 */
export async function provisionalCases(db: Db, after: string | null, limit = BATCH): Promise<string[]> {
  const rows = await db
    .selectFrom('cases as c')
    .select('c.id')
    .$if(after !== null, (query) => query.where('c.id', '>', after as string))
    .where('c.status', '=', 'accepted')
    .where('c.case_kind', '!=', 'bundle')
    .where((eb) =>
      eb.or([
        eb('c.deadlines_provisional', '=', true),
        eb(
          'c.id',
          'in',
          eb
            .selectFrom('case_tasks')
            .select('case_id')
            .where('due_provisional', '=', true)
            .where('state', '=', 'open'),
        ),
      ]),
    )
    .orderBy('c.id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

const iso = (value: Date | null) => value?.toISOString() ?? null;
const day = (value: Date | null) => (value ? shanghaiDate(value) : null);
const same = (a: Date | null, b: Date | null) => iso(a) === iso(b);

/** The applicant is told the promised date's move (SMS with the progress link). */
async function tellOfMove(tx: Tx, notifier: Notifier, after: CaseRow, title: string, before: Date | null) {
  const still = after.deadlines_provisional ? '（仍为暂估）' : '';
  await tellApplicant(
    tx,
    notifier,
    after,
    title,
    `的承诺办结日期按国务院公布的节假日安排由${day(before)}校正为${day(after.promised_deadline)}${still}。`,
  );
}

/** A joint case's applicant is told when the bundle's promised date (its latest child's) moved. */
async function tellOfParent(tx: Tx, notifier: Notifier, parentId: string, before: Date | null) {
  const parent = await lockCase(tx, parentId);
  if (same(before, parent.promised_deadline)) return;
  await tellOfMove(tx, notifier, parent, await caseTitle(tx, parent), before);
}

/** Counts one case's deadlines again; the case number when a date moved, else null. */
export async function correctCase(
  deps: { db: Db; notifier: Notifier },
  caseId: string,
  now: Date,
): Promise<string | null> {
  const calendar = await calendarOfCase(deps.db, caseId, now);
  return await actAsSystem(deps.db, caseId, async ({ tx, row, item, eventActor }) => {
    if (row.status !== 'accepted') return null;
    // A child's applicant hears of the bundle's date, which follows its children (decision 0019).
    const parentPromised = row.parent_case_id
      ? (await lockCase(tx, row.parent_case_id)).promised_deadline
      : null;
    const done: Recomputed = await recomputeDeadlines(tx, row, item, calendar, now);
    const promisedMoved = !same(done.before.promised, done.after.promised);
    const legalMoved = !same(done.before.legal, done.after.legal);
    if (!promisedMoved && !legalMoved && done.movedTasks.length === 0) return null;
    const change = {
      promisedDeadline: { before: iso(done.before.promised), after: iso(done.after.promised) },
      legalDeadline: { before: iso(done.before.legal), after: iso(done.after.legal) },
      tasks: done.movedTasks.map((task) => ({
        taskId: task.id,
        stepName: task.stepName,
        before: iso(task.before),
        after: iso(task.after),
      })),
      stillProvisional: done.row.deadlines_provisional,
    };
    await appendEvent(tx, done.row, 'deadlines_corrected', eventActor, change);
    if (row.parent_case_id !== null) {
      await tellOfParent(tx, deps.notifier, row.parent_case_id, parentPromised);
    } else if (promisedMoved) {
      await tellOfMove(tx, deps.notifier, done.row, item.content.name, done.before.promised);
    }
    for (const task of done.movedTasks) {
      await smsToStaff(tx, deps.notifier, await holderPhones(tx, task), {
        purpose: 'task_due_corrected',
        body: `【一次政务服务】“${item.content.name}”（办件编号${row.case_number}）${task.stepName}环节的办理时限按节假日安排由${day(task.before)}校正为${day(task.after)}。`,
      });
    }
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'case.deadlines.correct',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.competent_region_code,
      before: { promisedDeadline: done.before.promised, legalDeadline: done.before.legal },
      after: { caseNumber: row.case_number, ...change },
    });
    return row.case_number;
  });
}

/**
 * Every open provisional deadline counted again with the calendar as it is now.
 * Safe to repeat: a case already corrected is no longer listed, and one still
 * provisional whose dates do not move writes nothing.
 */
export async function correctProvisionalDeadlines(
  deps: { db: Db; notifier: Notifier },
  now: Date,
): Promise<{ checked: number; moved: string[] }> {
  const moved: string[] = [];
  let checked = 0;
  let after: string | null = null;
  for (;;) {
    const ids = await provisionalCases(deps.db, after);
    if (ids.length === 0) break;
    for (const id of ids) {
      checked += 1;
      const number = await correctCase(deps, id, now);
      if (number) moved.push(number);
    }
    after = ids.at(-1) as string;
    if (ids.length < BATCH) break;
  }
  return { checked, moved };
}
