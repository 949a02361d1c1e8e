import chineseDays from 'chinese-days';
import { addDays, type IsoDate, yearOf } from './days';

/**
 * The holidays the law itself fixes (《全国年节及纪念日放假办法》第二条), which a
 * year has before the State Council's notice for it is published: what a
 * deadline counted into a year with no loaded schedule can rely on. The notice
 * adds bridging days and make-up working days around them; those cannot be
 * known in advance, so such a deadline is provisional (decision 0028).
 *
 * The lunar dates (春节, 端午, 中秋) come from the chinese-days package's lunar
 * tables, 清明 from its solar-term dates (the day the sun reaches 15° longitude);
 * the package is CommonJS, so it is read through its default export.
 */

export interface StatutoryHoliday {
  date: IsoDate;
  name: string;
}

/** 农历 month and day to the Gregorian date in the given Gregorian year (never a leap month). */
function lunar(year: number, month: number, day: number): IsoDate {
  return chineseDays.getSolarDateFromLunar(`${year}-${pad(month)}-${pad(day)}`).date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The text as amended by the State Council on 2024-11-10, in force from 2025-01-01: 春节 from 除夕, 劳动节 two days. */
const AMENDED_FROM = 2025;
/** The 2013 text, in force from 2014-01-01: 春节 初一 to 初三, 劳动节 one day. */
const FIRST_YEAR = 2014;

function holidaysOf(year: number): StatutoryHoliday[] {
  const amended = year >= AMENDED_FROM;
  const newYear = lunar(year, 1, 1);
  const springDays = amended ? [-1, 0, 1, 2] : [0, 1, 2];
  const days: StatutoryHoliday[] = [
    { date: `${year}-01-01`, name: '元旦' },
    ...springDays.map((offset) => ({ date: addDays(newYear, offset), name: '春节' })),
    { date: chineseDays.getSolarTermDate(year, 4, 'pure_brightness'), name: '清明节' },
    ...(amended ? ['05-01', '05-02'] : ['05-01']).map((day) => ({ date: `${year}-${day}`, name: '劳动节' })),
    { date: lunar(year, 5, 5), name: '端午节' },
    { date: lunar(year, 8, 15), name: '中秋节' },
    ...['10-01', '10-02', '10-03'].map((day) => ({ date: `${year}-${day}`, name: '国庆节' })),
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}

const computed = new Map<number, { list: StatutoryHoliday[]; dates: Set<IsoDate> }>();

function yearHolidays(year: number) {
  if (year < FIRST_YEAR) throw new RangeError(`no statutory holiday rule is kept for ${year}`);
  let held = computed.get(year);
  if (!held) {
    const list = holidaysOf(year);
    held = { list, dates: new Set(list.map((day) => day.date)) };
    computed.set(year, held);
  }
  return held;
}

/** A year's statutory holidays (13 days from 2025, 11 before), in date order. */
export function statutoryHolidays(year: number): readonly StatutoryHoliday[] {
  return yearHolidays(year).list;
}

/** Whether the law makes the day a holiday in every year's schedule. */
export function isStatutoryHoliday(date: IsoDate): boolean {
  return yearHolidays(yearOf(date)).dates.has(date);
}
