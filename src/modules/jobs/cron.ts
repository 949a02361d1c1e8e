import cronParser from 'cron-parser';
import { JOB_TIME_ZONE } from './job-definition';

/** A job's cron read in Asia/Shanghai (5 fields, or 6 with seconds). */

/** The next `count` times the cron comes due after `from`. */
export function nextOccurrences(cron: string, count: number, from = new Date()): Date[] {
  const interval = cronParser.parseExpression(cron, { tz: JOB_TIME_ZONE, currentDate: from });
  return Array.from({ length: count }, () => interval.next().toDate());
}

/** The last time the cron came due before `now`. */
export function previousOccurrence(cron: string, now = new Date()): Date {
  return cronParser.parseExpression(cron, { tz: JOB_TIME_ZONE, currentDate: now }).prev().toDate();
}
