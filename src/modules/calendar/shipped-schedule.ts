import shipped from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { yearOf } from './rules/days';
import type { ScheduledDay } from './rules/year-schedule';

/**
 * The official schedules shipped with the platform, from the chinese-days
 * package's documented JSON (dist/chinese-days.json: date → "English,中文,days").
 * Used only to seed the calendar table; the table is what the platform reads.
 */
export const SHIPPED_SOURCE = 'chinese-days';

/** The package's short names, written as the State Council's notices write them. */
const OFFICIAL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function nameOf(entry: string): string {
  const chinese = entry.split(',')[1]?.trim() || entry;
  return OFFICIAL_NAMES[chinese] ?? chinese;
}

/** Every shipped holiday and make-up working day, by year. */
export function shippedSchedules(): Map<number, ScheduledDay[]> {
  const years = new Map<number, ScheduledDay[]>();
  const add = (table: Record<string, string>, kind: ScheduledDay['kind']) => {
    for (const [date, entry] of Object.entries(table)) {
      const year = yearOf(date);
      if (!years.has(year)) years.set(year, []);
      years.get(year)?.push({ date, kind, name: nameOf(entry) });
    }
  };
  add(shipped.holidays, 'holiday');
  add(shipped.workdays, 'workday');
  for (const days of years.values()) days.sort((a, b) => (a.date < b.date ? -1 : 1));
  return years;
}
