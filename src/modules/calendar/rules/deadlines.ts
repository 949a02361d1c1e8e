import { addDays, endOfShanghaiDay, type IsoDate, shanghaiDate, startOfShanghaiDay } from './days';
import {
  addWorkingDays,
  isProvisional,
  isWorkingDay,
  type WorkingCalendar,
  workingDaysBetween,
} from './working-days';

/**
 * Deadlines counted in working days from acceptance, as cases and tasks use them.
 * A deadline is an instant: the end (23:59:59 Asia/Shanghai) of its last day.
 */

const DAY_SECONDS = 86_400;

/**
 * The deadline of a limit of `workingDays` counted from acceptance: the end of the
 * n-th working day after the day of acceptance (the acceptance day never counts).
 */
export function deadlineAfter(calendar: WorkingCalendar, acceptedAt: Date, workingDays: number): Date {
  return endOfShanghaiDay(addWorkingDays(calendar, shanghaiDate(acceptedAt), workingDays));
}

/**
 * Whether deadlines counted from `from` reach into a year without a loaded
 * schedule, so that they are estimates to be corrected (decision 0028).
 */
export function deadlinesProvisional(
  calendar: WorkingCalendar,
  from: Date,
  deadlines: readonly (Date | null)[],
): boolean {
  const start = shanghaiDate(from);
  return deadlines.some(
    (deadline) => deadline !== null && isProvisional(calendar, start, shanghaiDate(deadline)),
  );
}

/** An approved extension (《行政许可法》第四十二条: 20 more 10, joint handling 45 more 15) moves the deadline by N working days. */
export function extendDeadline(calendar: WorkingCalendar, deadline: Date, workingDays: number): Date {
  return endOfShanghaiDay(addWorkingDays(calendar, shanghaiDate(deadline), workingDays));
}

/** A period in which the clock stops (《行政许可法》第四十五条: hearing, inspection, appraisal …); `end` is null while it lasts. */
export interface Suspension {
  start: Date;
  end: Date | null;
}

/** Suspensions as day ranges [first, until): the working days lost are those from `first` up to the day before `until`. */
interface LostRange {
  first: IsoDate;
  until: IsoDate;
}

/**
 * The days a suspension takes out of the count: from the day it starts up to
 * the day before it ends. The day the clock stops is lost (the work stopped that
 * day), the day it restarts counts again, so a suspension that starts and ends
 * on the same day loses nothing. Days on or before `countFrom`'s day never
 * counted anyway (the acceptance day), and a suspension still running counts up
 * to `now`.
 */
function lostRange(suspension: Suspension, countFrom: IsoDate, now: Date): LostRange {
  const start = shanghaiDate(suspension.start);
  const first = start > countFrom ? start : addDays(countFrom, 1);
  return { first, until: shanghaiDate(suspension.end ?? now) };
}

/** Overlapping or touching suspensions merged, so no day is lost twice. */
function mergedRanges(ranges: LostRange[]): LostRange[] {
  const sorted = ranges
    .filter((range) => range.first < range.until)
    .sort((a, b) => (a.first < b.first ? -1 : 1));
  const merged: LostRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.first <= last.until) {
      if (range.until > last.until) last.until = range.until;
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

/** The working days of a range; an empty one (a suspension within the acceptance day) loses none. */
function workingDaysIn(calendar: WorkingCalendar, range: LostRange): number {
  if (range.first >= range.until) return 0;
  return workingDaysBetween(calendar, addDays(range.first, -1), addDays(range.until, -1));
}

/** The working days one suspension takes out of a count that started on `startedAt`'s day. */
export function lostWorkingDays(
  calendar: WorkingCalendar,
  suspension: Suspension,
  options: { startedAt: Date; now: Date },
): number {
  return workingDaysIn(calendar, lostRange(suspension, shanghaiDate(options.startedAt), options.now));
}

/**
 * The deadline moved by the suspensions of a count that started on `startedAt`
 * (acceptance for a case, the step's start for a task): each suspension that
 * begins on or before the deadline as moved by the earlier ones adds the working
 * days it took. One that begins after the deadline cannot save a late case.
 */
export function moveForSuspensions(
  calendar: WorkingCalendar,
  input: { startedAt: Date; deadline: Date; suspensions: readonly Suspension[]; now: Date },
): Date {
  const countFrom = shanghaiDate(input.startedAt);
  let due = shanghaiDate(input.deadline);
  const ranges = mergedRanges(input.suspensions.map((s) => lostRange(s, countFrom, input.now)));
  for (const range of ranges) {
    if (range.first > due) break;
    due = addWorkingDays(calendar, due, workingDaysIn(calendar, range));
  }
  return endOfShanghaiDay(due);
}

/** A deadline from acceptance with its extension and suspensions: what a case or task stores. */
export function computeDeadline(
  calendar: WorkingCalendar,
  input: {
    acceptedAt: Date;
    workingDays: number;
    extensionDays?: number;
    suspensions?: readonly Suspension[];
    now: Date;
  },
): Date {
  const base = deadlineAfter(calendar, input.acceptedAt, input.workingDays + (input.extensionDays ?? 0));
  return moveForSuspensions(calendar, {
    startedAt: input.acceptedAt,
    deadline: base,
    suspensions: input.suspensions ?? [],
    now: input.now,
  });
}

/**
 * Seconds of working days between two instants: a second counts when it falls
 * on a working day. Negative when `to` is before `from`.
 */
export function workingSecondsBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  // 0 - n rather than -n, so nothing is 0 and never -0.
  if (to < from) return 0 - workingSecondsBetween(calendar, to, from);
  const fromDay = shanghaiDate(from);
  const toDay = shanghaiDate(to);
  const seconds = (a: Date, b: Date) => Math.floor((b.getTime() - a.getTime()) / 1000);
  if (fromDay === toDay) return isWorkingDay(calendar, fromDay) ? seconds(from, to) : 0;
  const head = isWorkingDay(calendar, fromDay) ? seconds(from, startOfShanghaiDay(addDays(fromDay, 1))) : 0;
  const tail = isWorkingDay(calendar, toDay) ? seconds(startOfShanghaiDay(toDay), to) : 0;
  const wholeDays = workingDaysBetween(calendar, fromDay, addDays(toDay, -1));
  return head + wholeDays * DAY_SECONDS + tail;
}

export interface RemainingTime {
  /** The deadline's day is over. */
  overdue: boolean;
  /** Working days after today up to the deadline's day (0: due today); when overdue, minus the working days since. */
  workingDays: number;
  /** Working-day seconds from now to the end of the deadline's day (24:00); negative when overdue. */
  workingSeconds: number;
}

/** How much working time is left before a deadline, for warnings (黄牌, 红牌) and the clerk's countdown. */
export function remainingWorkingTime(calendar: WorkingCalendar, now: Date, deadline: Date): RemainingTime {
  const today = shanghaiDate(now);
  const due = shanghaiDate(deadline);
  return {
    overdue: today > due,
    workingDays: workingDaysBetween(calendar, today, due),
    workingSeconds: workingSecondsBetween(calendar, now, startOfShanghaiDay(addDays(due, 1))),
  };
}
