/**
 * Calendar days as 'YYYY-MM-DD' strings in the platform's zone, Asia/Shanghai.
 * China Standard Time is UTC+8 all year (no daylight saving since 1991), so a
 * fixed offset turns instants into days exactly for every year the platform sees.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01, so day arithmetic is integer arithmetic. */
export function dayNumber(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function dateOfDayNumber(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The Asia/Shanghai calendar day of an instant. */
export function shanghaiDate(instant: Date): IsoDate {
  return dateOfDayNumber(Math.floor((instant.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS));
}

/** 00:00:00 Asia/Shanghai of the day. */
export function startOfShanghaiDay(date: IsoDate): Date {
  return new Date(dayNumber(date) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/**
 * 23:59:59 Asia/Shanghai of the day: how a deadline is stored and shown. The
 * day itself runs to 24:00 (民法典第二百零三条), which is startOfShanghaiDay(next day).
 */
export function endOfShanghaiDay(date: IsoDate): Date {
  return new Date(startOfShanghaiDay(date).getTime() + DAY_MS - 1000);
}
