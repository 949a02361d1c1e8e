/**
 * Every time on the platform reads in Beijing time (Asia/Shanghai), whatever the zone of the
 * browser or phone: a PC set to UTC must show 08:23, not 00:23, and a limit's day is the Beijing day.
 */

/** An instant as YYYY-MM-DD HH:mm:ss in Beijing time, cut to the part asked for. */
export function beijingTime(at: Date | string, part: 'date' | 'minute' | 'dateTime' = 'dateTime'): string {
  const text = new Date(at).toLocaleString('sv', { timeZone: 'Asia/Shanghai' });
  return text.slice(0, { date: 10, minute: 16, dateTime: 19 }[part]);
}

/** The calendar day in Beijing, as 2026-12-08. */
export const beijingDay = (at: Date | string) => beijingTime(at, 'date');

/**
 * The instant of a Beijing wall time a picker shows (YYYY-MM-DDTHH:mm:ss, or a day for its
 * 00:00), as ISO: what a clerk picks means Beijing time, whatever the browser's zone.
 */
export function beijingInstant(wallTime: string): string {
  const full = wallTime.length === 10 ? `${wallTime}T00:00:00` : wallTime;
  return new Date(`${full}+08:00`).toISOString();
}
