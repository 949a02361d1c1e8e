import fc from 'fast-check';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  type IsoDate,
  isWeekend,
} from '../../src/modules/calendar/rules/days';
import {
  type DayKind,
  makeCalendar,
  type WorkingCalendar,
} from '../../src/modules/calendar/rules/working-days';
import { shippedSchedules } from '../../src/modules/calendar/shipped-schedule';

/** The real calendar: the official schedules of 2004-2026 as shipped, with `lastYear` (uncovered) after them. */
export function shippedCalendar(lastYear = 2027): WorkingCalendar {
  const schedules = shippedSchedules();
  return makeCalendar({
    exceptions: [...schedules.values()].flat(),
    years: { first: 2004, last: lastYear },
    coveredYears: schedules.keys(),
  });
}

/** Random calendars over 2030-2032: about one day in ten a holiday, one weekend day in ten worked. */
export const FIRST_YEAR = 2030;
export const LAST_YEAR = 2032;
const FIRST_DAY = dayNumber(`${FIRST_YEAR}-01-01`);
const DAYS = dayNumber(`${LAST_YEAR + 1}-01-01`) - FIRST_DAY;

export const arbitraryCalendar: fc.Arbitrary<WorkingCalendar> = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: DAYS, maxLength: DAYS })
  .map((draws) => {
    const exceptions: { date: IsoDate; kind: DayKind }[] = [];
    draws.forEach((draw, offset) => {
      const date = dateOfDayNumber(FIRST_DAY + offset);
      if (draw === 0) exceptions.push({ date, kind: 'holiday' });
      else if (draw === 1 && isWeekend(date)) exceptions.push({ date, kind: 'workday' });
    });
    return makeCalendar({
      exceptions,
      years: { first: FIRST_YEAR, last: LAST_YEAR },
      coveredYears: [FIRST_YEAR, FIRST_YEAR + 1, LAST_YEAR],
    });
  });

/** A day in the first year of the random calendars, so a few months of working days stay inside them. */
export const arbitraryFirstYearDate: fc.Arbitrary<IsoDate> = fc
  .integer({ min: 0, max: 364 })
  .map((offset) => addDays(`${FIRST_YEAR}-01-01`, offset));

/** An instant on the given day, at any second of it (Asia/Shanghai). */
export function instantOn(date: IsoDate, secondOfDay: number): Date {
  const seconds = String(secondOfDay % 60).padStart(2, '0');
  const minutes = String(Math.floor(secondOfDay / 60) % 60).padStart(2, '0');
  const hours = String(Math.floor(secondOfDay / 3600)).padStart(2, '0');
  return new Date(`${date}T${hours}:${minutes}:${seconds}+08:00`);
}
