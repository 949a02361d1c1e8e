import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { shippedCalendar } from '../../../../tests/support/calendars';
import { addDays } from './days';
import { isStatutoryHoliday, statutoryHolidays } from './statutory-holidays';
import { addWorkingDays, isProvisional, isWorkingDay } from './working-days';

describe('the statutory holidays (全国年节及纪念日放假办法)', () => {
  it('are holidays in every published schedule of 2014-2026', () => {
    const notHolidays: string[] = [];
    for (let year = 2014; year <= 2026; year += 1) {
      for (const day of statutoryHolidays(year)) {
        if (!chineseDays.isHoliday(day.date)) notHolidays.push(`${day.date} ${day.name}`);
      }
    }
    expect(notHolidays).toEqual([]);
  });

  it('give 13 days from 2025 (春节 from 除夕, 劳动节 two days) and 11 before', () => {
    for (let year = 2014; year <= 2060; year += 1) {
      expect(statutoryHolidays(year)).toHaveLength(year >= 2025 ? 13 : 11);
    }
    expect(
      statutoryHolidays(2024)
        .filter((day) => day.name === '春节')
        .map((day) => day.date),
    ).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
  });

  it('compute the lunar and solar-term days of 2027 and 2028', () => {
    const dates = (year: number) => statutoryHolidays(year).map((day) => `${day.date} ${day.name}`);
    expect(dates(2027)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节', // 除夕
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
    // 2028: 除夕 on 25 January, 清明 on 4 April.
    expect(dates(2028).slice(1, 6)).toEqual([
      '2028-01-25 春节',
      '2028-01-26 春节',
      '2028-01-27 春节',
      '2028-01-28 春节',
      '2028-04-04 清明节',
    ]);
  });
});

describe('a year without its schedule', () => {
  const real = shippedCalendar(2028);

  it('rests on the statutory holidays and weekends, and a count into it is provisional', () => {
    expect(isWorkingDay(real, '2027-01-01')).toBe(false); // 元旦, a Friday
    expect(isWorkingDay(real, '2027-02-08')).toBe(false); // 初三, a Monday
    expect(isWorkingDay(real, '2027-02-09')).toBe(true);
    // The case: one working day from 2026-12-31 is Monday 2027-01-04, not 元旦.
    expect(addWorkingDays(real, '2026-12-31', 1)).toBe('2027-01-04');
    expect(isProvisional(real, '2026-12-31', '2027-01-04')).toBe(true);
    expect(isProvisional(real, '2026-12-30', '2026-12-31')).toBe(false);
  });

  it('never ends a count on a statutory holiday', () => {
    const ends: string[] = [];
    for (let day = '2026-12-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      const end = addWorkingDays(real, day, 1);
      if (isStatutoryHoliday(end)) ends.push(end);
    }
    expect(ends).toEqual([]);
  });
});
