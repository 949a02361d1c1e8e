import { sql } from 'kysely';
import { shanghaiDate } from '../calendar/rules/days';
import { remainingWorkingTime } from '../calendar/rules/deadlines';
import { isWorkingDay, type WorkingCalendar } from '../calendar/rules/working-days';

/**
 * A task's time left as the countdown shows it. The countdown runs only while
 * time counts: not while the case's clock is stopped (a special procedure or
 * waiting for the applicant's correction), nor on a rest day.
 */
export function taskTimeLeft(calendar: WorkingCalendar, now: Date, dueAt: Date, clockStopped: boolean) {
  const remaining = remainingWorkingTime(calendar, now, dueAt);
  return {
    dueAt: dueAt.toISOString(),
    overdue: remaining.overdue,
    workingDaysLeft: remaining.workingDays,
    workingSecondsLeft: remaining.workingSeconds,
    clockStopped,
    counting: !clockStopped && isWorkingDay(calendar, shanghaiDate(now)),
  };
}

/** Whether the case's clock stands still now (one running stop at most, read from its unique index); the column must be qualified. */
export const clockStoppedOf = (caseIdColumn: string) =>
  sql<boolean>`EXISTS (SELECT 1 FROM case_suspensions s WHERE s.case_id = ${sql.ref(caseIdColumn)} AND s.ended_at IS NULL)`;
