import dayjs, { type Dayjs } from 'dayjs';
import type { OpeningPeriod } from '../../../../../src/shared/org-kinds';

const DAY_NAMES = {
  zh: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
} as const;

export function dayName(day: number, english: boolean): string {
  return DAY_NAMES[english ? 'en' : 'zh'][day - 1] ?? String(day);
}

/** [1,2,3,4,5,7] -> "周一至周五、周日"; runs of three or more days are written as a range. */
export function formatDays(days: readonly number[], english: boolean): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const through = english ? '–' : '至';
  return runs
    .flatMap((run) =>
      run.length >= 3
        ? [`${dayName(run[0] as number, english)}${through}${dayName(run.at(-1) as number, english)}`]
        : run.map((day) => dayName(day, english)),
    )
    .join(english ? ', ' : '、');
}

/**
 * One line per set of days with all its periods:
 * ["周一至周五 08:30-12:00、13:30-17:00", "周六 09:00-12:00"].
 */
export function formatOpeningHours(periods: readonly OpeningPeriod[], english: boolean): string[] {
  const byDays = new Map<string, { days: number[]; times: string[] }>();
  for (const period of periods) {
    const key = [...period.days].sort((a, b) => a - b).join(',');
    const group = byDays.get(key) ?? { days: period.days, times: [] };
    group.times.push(`${period.open}-${period.close}`);
    byDays.set(key, group);
  }
  return [...byDays.values()].map(
    (group) => `${formatDays(group.days, english)} ${group.times.sort().join(english ? ', ' : '、')}`,
  );
}

/** A period as the hall form edits it, with the times as TimePicker values. */
export interface PeriodFields {
  days: number[];
  open: Dayjs;
  close: Dayjs;
}

function timeOf(hhmm: string): Dayjs {
  const [hour, minute] = hhmm.split(':').map(Number);
  return dayjs()
    .hour(hour ?? 0)
    .minute(minute ?? 0)
    .second(0);
}

export function toPeriodFields(periods: readonly OpeningPeriod[]): PeriodFields[] {
  return periods.map((period) => ({
    days: [...period.days],
    open: timeOf(period.open),
    close: timeOf(period.close),
  }));
}

export function fromPeriodFields(periods: readonly PeriodFields[] | undefined): OpeningPeriod[] {
  return (periods ?? []).map((period) => ({
    days: [...period.days].sort((a, b) => a - b),
    open: period.open.format('HH:mm'),
    close: period.close.format('HH:mm'),
  }));
}

/** A new hall's default: weekdays, morning and afternoon. */
export const WEEKDAY_PERIODS: OpeningPeriod[] = [
  { days: [1, 2, 3, 4, 5], open: '08:30', close: '12:00' },
  { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
];
