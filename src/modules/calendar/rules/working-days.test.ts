import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arbitraryCalendar,
  arbitraryFirstYearDate,
  LAST_YEAR,
  shippedCalendar,
} from '../../../../tests/support/calendars';
import { addDays, isIsoDate, weekdayOf } from './days';
import {
  addWorkingDays,
  CalendarRangeError,
  isWorkingDay,
  makeCalendar,
  uncoveredYears,
  workingDaysBetween,
} from './working-days';

const real = shippedCalendar();

describe('days', () => {
  it('knows real dates and weekdays', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-9-1')).toBe(false);
    expect(weekdayOf('2026-09-28')).toBe(1);
    expect(weekdayOf('1969-12-28')).toBe(0);
  });
});

describe('working days of the shipped 2026 schedule', () => {
  it('rests on holidays and weekends, works on make-up days and weekdays', () => {
    expect(isWorkingDay(real, '2026-10-01')).toBe(false); // 国庆节
    expect(isWorkingDay(real, '2026-09-25')).toBe(false); // 中秋节, a Friday
    expect(isWorkingDay(real, '2026-09-20')).toBe(true); // Sunday, 国庆节调休上班
    expect(isWorkingDay(real, '2026-10-10')).toBe(true); // Saturday, 国庆节调休上班
    expect(isWorkingDay(real, '2026-10-11')).toBe(false); // an ordinary Sunday
    expect(isWorkingDay(real, '2026-11-23')).toBe(true); // an ordinary Monday
  });

  it('agrees with the chinese-days package on every day of 2004-2026', () => {
    const disagreements: string[] = [];
    for (let day = '2004-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      if (isWorkingDay(real, day) !== chineseDays.isWorkday(day)) disagreements.push(day);
    }
    expect(disagreements).toEqual([]);
  });

  it('counts a 20-working-day limit accepted on 2026-09-28 to 2026-10-30', () => {
    // By hand: 9-29, 9-30 (2); 10-1..7 rest; 10-8, 10-9, Sat 10-10 (5); 10-12..16 (10); 10-19..23 (15); 10-26..30 (20).
    expect(addWorkingDays(real, '2026-09-28', 20)).toBe('2026-10-30');
    expect(workingDaysBetween(real, '2026-09-28', '2026-10-30')).toBe(20);
  });

  it('counts the domain guide example: from Thu 2026-09-24, 5 days end on Fri 10-09 and 6 on Sat 10-10', () => {
    expect(addWorkingDays(real, '2026-09-24', 5)).toBe('2026-10-09');
    expect(addWorkingDays(real, '2026-09-24', 6)).toBe('2026-10-10');
  });

  it('never counts the start day, even when it is a rest day', () => {
    expect(addWorkingDays(real, '2026-11-21', 1)).toBe('2026-11-23'); // accepted on a Saturday
    expect(addWorkingDays(real, '2026-10-03', 1)).toBe('2026-10-08'); // accepted online during 国庆节
    expect(addWorkingDays(real, '2026-02-13', 1)).toBe('2026-02-14'); // Saturday, 春节调休上班
    expect(addWorkingDays(real, '2026-02-13', 2)).toBe('2026-02-24'); // after 春节 2-15..2-23
    expect(addWorkingDays(real, '2026-10-03', 0)).toBe('2026-10-03');
  });

  it('counts backwards as a negative number', () => {
    expect(workingDaysBetween(real, '2026-10-30', '2026-09-28')).toBe(-20);
    expect(workingDaysBetween(real, '2026-10-11', '2026-10-10')).toBe(0);
    expect(Object.is(workingDaysBetween(real, '2026-10-04', '2026-10-03'), 0)).toBe(true);
  });

  it('names the years a count crosses without an official schedule', () => {
    // 2027 has no schedule yet: its statutory 元旦 (Fri 1 January) rests, and the deadline is provisional.
    expect(addWorkingDays(real, '2026-12-25', 10)).toBe('2027-01-11');
    expect(uncoveredYears(real, '2026-12-25', '2027-01-11')).toEqual([2027]);
    expect(uncoveredYears(real, '2026-09-28', '2026-10-30')).toEqual([]);
  });

  it('refuses to guess outside the years it was loaded for', () => {
    const small = makeCalendar({ exceptions: [], years: { first: 2026, last: 2026 } });
    expect(() => addWorkingDays(small, '2026-12-30', 5)).toThrow(CalendarRangeError);
    expect(() => addWorkingDays(real, '2026-01-05', -1)).toThrow(RangeError);
  });
});

describe('working-day properties', () => {
  const n = fc.integer({ min: 0, max: 120 });

  it('adding n working days then counting back gives n', () => {
    fc.assert(
      fc.property(arbitraryCalendar, arbitraryFirstYearDate, n, (calendar, start, days) => {
        expect(workingDaysBetween(calendar, start, addWorkingDays(calendar, start, days))).toBe(days);
      }),
    );
  });

  it('counting to a later working day then adding the count lands on it', () => {
    fc.assert(
      fc.property(
        arbitraryCalendar,
        arbitraryFirstYearDate,
        fc.integer({ min: 0, max: 200 }),
        (c, a, gap) => {
          const b = addDays(a, gap);
          fc.pre(isWorkingDay(c, b));
          expect(addWorkingDays(c, a, workingDaysBetween(c, a, b))).toBe(b);
        },
      ),
    );
  });

  it('a deadline never falls on a rest day', () => {
    fc.assert(
      fc.property(
        arbitraryCalendar,
        arbitraryFirstYearDate,
        fc.integer({ min: 1, max: 120 }),
        (c, a, days) => {
          expect(isWorkingDay(c, addWorkingDays(c, a, days))).toBe(true);
        },
      ),
    );
  });

  it('two additions make one: add(add(a, n), m) = add(a, n + m)', () => {
    fc.assert(
      fc.property(arbitraryCalendar, arbitraryFirstYearDate, n, n, (c, a, first, second) => {
        expect(addWorkingDays(c, addWorkingDays(c, a, first), second)).toBe(
          addWorkingDays(c, a, first + second),
        );
      }),
    );
  });

  it('counts are antisymmetric and stay inside the loaded years', () => {
    fc.assert(
      fc.property(arbitraryCalendar, arbitraryFirstYearDate, arbitraryFirstYearDate, (c, a, b) => {
        expect(workingDaysBetween(c, a, b)).toBe(0 - workingDaysBetween(c, b, a));
        expect(Number(addWorkingDays(c, a, 120).slice(0, 4))).toBeLessThanOrEqual(LAST_YEAR);
      }),
    );
  });
});
