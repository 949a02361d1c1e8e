import type { Db } from '../../db/database';
import { calendarFrom, loadWorkingCalendar } from '../calendar/calendar-loader';
import { addDays, type IsoDate, shanghaiDate, yearOf } from '../calendar/rules/days';
import { deadlineAfter, deadlinesProvisional, remainingWorkingTime } from '../calendar/rules/deadlines';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import type { CaseItem } from './case-item';

/**
 * A case's limits in working days, counted from acceptance by the working-day
 * calendar and stored on the case (so overdue lists are index scans).
 */

export interface CaseDeadlines {
  promised: Date;
  legal: Date | null;
  /** The last day of the promised limit: no commitment (容缺) may be due later. */
  promisedLastDay: IsoDate;
  /** Either deadline crosses a year without a loaded schedule (decision 0028). */
  provisional: boolean;
}

/** Limits reach at most 365 working days, well inside the acceptance year and the two after it. */
const YEARS_REACHED = 2;

/**
 * The calendar an acceptance at `at` needs; loaded before the act's transaction
 * opens, so the transaction never waits for a second connection.
 */
export function calendarForAcceptance(db: Db, at: Date): Promise<WorkingCalendar> {
  return calendarFrom(db, at, YEARS_REACHED);
}

export function deadlinesFor(calendar: WorkingCalendar, item: CaseItem, acceptedAt: Date): CaseDeadlines {
  const promised = deadlineAfter(calendar, acceptedAt, item.content.promisedLimitDays);
  const legalDays = item.content.legalLimitDays;
  const legal = legalDays === null ? null : deadlineAfter(calendar, acceptedAt, legalDays);
  return {
    promised,
    legal,
    promisedLastDay: shanghaiDate(promised),
    provisional: deadlinesProvisional(calendar, acceptedAt, [promised, legal]),
  };
}

/**
 * The last year a countdown to `last` reads: remainingWorkingTime counts up to the
 * end of the deadline's day, i.e. the start of the next, which for 31 December is in the next year.
 */
const lastYearReached = (last: IsoDate) => yearOf(addDays(last, 1));

/**
 * Working days left until the deadline (0 on its last day, negative once overdue).
 * `calendarRevision`: the calendar's revision when the caller read it in its own query.
 */
export async function workingDaysLeft(
  db: Db,
  deadline: Date,
  options: { now?: Date; calendarRevision?: number } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const [today, due] = [shanghaiDate(now), shanghaiDate(deadline)];
  const [first, last] = today < due ? [today, due] : [due, today];
  const calendar = await loadWorkingCalendar(
    db,
    yearOf(first),
    lastYearReached(last),
    options.calendarRevision,
  );
  return remainingWorkingTime(calendar, now, deadline).workingDays;
}

/** Working days left for each deadline of a list (null stays null), with one calendar read for all. */
export async function workingDaysLeftOfAll(
  db: Db,
  deadlines: readonly (Date | null)[],
  now = new Date(),
): Promise<(number | null)[]> {
  const days = deadlines.filter((deadline): deadline is Date => deadline !== null).map(shanghaiDate);
  if (days.length === 0) return deadlines.map(() => null);
  const all = [...days, shanghaiDate(now)].sort();
  const calendar = await loadWorkingCalendar(
    db,
    yearOf(all[0] as IsoDate),
    lastYearReached(all.at(-1) as IsoDate),
  );
  return deadlines.map((deadline) =>
    deadline === null ? null : remainingWorkingTime(calendar, now, deadline).workingDays,
  );
}
