import { addDays, shanghaiDate, startOfShanghaiDay } from '../../calendar/rules/days';
import { remainingWorkingTime, workingSecondsBetween } from '../../calendar/rules/deadlines';
import { isWorkingDay, type WorkingCalendar } from '../../calendar/rules/working-days';

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

/**
 * The instant before which a deadline of this limit is no longer green:
 * warningLevel is yellow or red exactly when dueAt < the cutoff. The working
 * time left depends only on the deadline's day and grows with it, so the
 * sweep asks the index for `due_at < cutoff` per limit instead of colouring
 * every open deadline.
 */
export function warningCutoff(
  calendar: WorkingCalendar,
  input: { now: Date; limitDays: number; yellowShare: number },
): Date {
  const { now } = input;
  if (input.limitDays <= 0) return now;
  const share = input.yellowShare * input.limitDays * DAY_SECONDS;
  let day = shanghaiDate(now);
  let left = workingSecondsBetween(calendar, now, startOfShanghaiDay(addDays(day, 1)));
  if (left > share) return now;
  // Non-working days add no working time: the last yellow day runs on through them.
  for (;;) {
    const next = addDays(day, 1);
    const more = isWorkingDay(calendar, next) ? DAY_SECONDS : 0;
    if (left + more > share) break;
    left += more;
    day = next;
  }
  const cutoff = startOfShanghaiDay(addDays(day, 1));
  return cutoff > now ? cutoff : now;
}
