import { remainingWorkingTime } from '../../calendar/rules/deadlines';
import type { WorkingCalendar } from '../../calendar/rules/working-days';

/**
 * 电子监察's colours for a deadline: red once it has passed; yellow once the
 * working time left is at or below the yellow share of the limit (a limit of
 * 0 working days, due the same day, warns only when late); green otherwise.
 */

export type WarningLevel = 'green' | 'yellow' | 'red';

const DAY_SECONDS = 86_400;

export function warningLevel(
  calendar: WorkingCalendar,
  input: { now: Date; dueAt: Date; limitDays: number; yellowShare: number },
): WarningLevel {
  const left = remainingWorkingTime(calendar, input.now, input.dueAt);
  if (left.overdue || input.now > input.dueAt) return 'red';
  if (input.limitDays > 0 && left.workingSeconds <= input.yellowShare * input.limitDays * DAY_SECONDS) {
    return 'yellow';
  }
  return 'green';
}
