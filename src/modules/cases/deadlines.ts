import type { Db } from '../../db/database';
import { calendarFrom, loadWorkingCalendar } from '../calendar/calendar-loader';
import { type IsoDate, shanghaiDate, yearOf } from '../calendar/rules/days';
import { deadlineAfter, remainingWorkingTime } from '../calendar/rules/deadlines';
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
  return {
    promised,
    legal: legalDays === null ? null : deadlineAfter(calendar, acceptedAt, legalDays),
    promisedLastDay: shanghaiDate(promised),
  };
}

/** Working days left until the deadline (0 on its last day, negative once overdue). */
export async function workingDaysLeft(db: Db, deadline: Date, now = new Date()): Promise<number> {
  const [today, due] = [shanghaiDate(now), shanghaiDate(deadline)];
  const [first, last] = today < due ? [today, due] : [due, today];
  const calendar = await loadWorkingCalendar(db, yearOf(first), yearOf(last));
  return remainingWorkingTime(calendar, now, deadline).workingDays;
}
