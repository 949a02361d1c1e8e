import {
  computeDeadline,
  deadlineAfter,
  moveForSuspensions,
  type Suspension,
} from '../../calendar/rules/deadlines';
import type { WorkingCalendar } from '../../calendar/rules/working-days';

/**
 * A case's deadlines as its clock makes them: counted from acceptance (the
 * case's promised and legal limits) or from a task's opening (the step's
 * limit), moved by every period the clock stood still and, for the legal
 * limit, by the approved extension. Stored deadlines are these with the ended
 * periods; while a period runs, the same computation counted up to now is the
 * projection ("if the clock restarted today").
 */

export interface CaseClock {
  acceptedAt: Date;
  promisedDays: number;
  /** Null for an item catalogued without a legal limit. */
  legalDays: number | null;
  /** The approved extension's working days (0 without one). */
  extensionDays: number;
}

export interface TaskClock {
  openedAt: Date;
  limitDays: number;
}

export interface CaseDeadlines {
  promised: Date;
  legal: Date | null;
}

export function caseDeadlines(
  calendar: WorkingCalendar,
  clock: CaseClock,
  suspensions: readonly Suspension[],
  now: Date,
): CaseDeadlines {
  const count = (workingDays: number, extensionDays = 0) =>
    computeDeadline(calendar, { acceptedAt: clock.acceptedAt, workingDays, extensionDays, suspensions, now });
  return {
    promised: count(clock.promisedDays),
    legal: clock.legalDays === null ? null : count(clock.legalDays, clock.extensionDays),
  };
}

/** A step's due time: its limit (whole working days, as the task was opened with) from opening, moved by the stops since. */
export function taskDeadline(
  calendar: WorkingCalendar,
  task: TaskClock,
  suspensions: readonly Suspension[],
  now: Date,
): Date {
  return moveForSuspensions(calendar, {
    startedAt: task.openedAt,
    deadline: deadlineAfter(calendar, task.openedAt, Math.ceil(task.limitDays)),
    suspensions,
    now,
  });
}

/**
 * A deadline once told to the applicant is never taken back: a recomputation
 * only ever moves it later (e.g. an administrator's later correction of the
 * calendar must not shorten a running case).
 */
export function neverEarlier(stored: Date | null, computed: Date): Date {
  return stored !== null && stored > computed ? stored : computed;
}
