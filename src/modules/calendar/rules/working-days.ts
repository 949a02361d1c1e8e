import { addDays, dateOfDayNumber, dayNumber, type IsoDate, isWeekend, yearOf } from './days';
import { isStatutoryHoliday } from './statutory-holidays';

/**
 * Working days (《行政许可法》第八十二条: the Law's periods are counted in working
 * days, statutory holidays excluded). Monday to Friday work and Saturday and
 * Sunday rest, except the days the year's official schedule lists: holidays
 * rest, make-up working days (调休上班) work. A year whose schedule is not loaded
 * yet rests on the holidays the law fixes (statutory-holidays.ts) besides the
 * days set by hand; a count into it is provisional (isProvisional).
 */
export type DayKind = 'holiday' | 'workday';

export interface WorkingCalendar {
  /** The days that break the weekly rule. */
  readonly exceptions: ReadonlyMap<IsoDate, DayKind>;
  /** The years this calendar was loaded for; a question about another year is a programming error. */
  readonly years: { readonly first: number; readonly last: number };
  /** Years whose official schedule is loaded; other years follow the weekly rule and the statutory holidays. */
  readonly coveredYears: ReadonlySet<number>;
}

/** Asked about a day outside the years a calendar holds: load more years, never guess. */
export class CalendarRangeError extends Error {
  constructor(readonly date: IsoDate) {
    super(`the working-day calendar was not loaded for ${date}`);
  }
}

export function makeCalendar(input: {
  exceptions: Iterable<{ date: IsoDate; kind: DayKind }>;
  years: { first: number; last: number };
  coveredYears?: Iterable<number>;
}): WorkingCalendar {
  const exceptions = new Map<IsoDate, DayKind>();
  for (const exception of input.exceptions) exceptions.set(exception.date, exception.kind);
  return { exceptions, years: { ...input.years }, coveredYears: new Set(input.coveredYears ?? []) };
}

export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  const year = yearOf(date);
  if (year < calendar.years.first || year > calendar.years.last) throw new CalendarRangeError(date);
  const exception = calendar.exceptions.get(date);
  if (exception) return exception === 'workday';
  if (!calendar.coveredYears.has(year) && isStatutoryHoliday(date)) return false;
  return !isWeekend(date);
}

/**
 * The n-th working day after `start`. The start day itself never counts (the day
 * a period begins is not counted, 民法典第二百零一条), whether or not it is a
 * working day, so the result is always a working day when n ≥ 1; n = 0 is the
 * start day itself (an on-the-spot item is due the day it is accepted).
 */
export function addWorkingDays(calendar: WorkingCalendar, start: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  let day = dayNumber(start);
  let counted = 0;
  while (counted < n) {
    day += 1;
    if (isWorkingDay(calendar, dateOfDayNumber(day))) counted += 1;
  }
  return dateOfDayNumber(day);
}

/**
 * The working days after `from` up to and including `to`: how many working days
 * of a period starting on `from` have run by the end of `to`. Negative when `to`
 * is before `from` (the working days after `to` up to and including `from`).
 * So workingDaysBetween(a, addWorkingDays(a, n)) === n.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  // 0 - n rather than -n, so an empty count is 0 and never -0.
  if (to < from) return 0 - workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(calendar, day)) count += 1;
  }
  return count;
}

/** Years between two days that have no official schedule loaded. */
export function uncoveredYears(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  const [first, last] = from <= to ? [yearOf(from), yearOf(to)] : [yearOf(to), yearOf(from)];
  for (let year = first; year <= last; year += 1) if (!calendar.coveredYears.has(year)) years.push(year);
  return years;
}

/**
 * Whether a count from `from` to `to` crosses a year without its official
 * schedule: its end is then an estimate from the statutory holidays, to be
 * corrected when the year is loaded.
 */
export function isProvisional(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): boolean {
  return uncoveredYears(calendar, from, to).length > 0;
}
