import type { Db } from '../../db/database';
import { type CaseChannel, REMOTE_CHANNELS } from '../../shared/case-terms';
import { calendarFrom } from '../calendar/calendar-loader';
import { deadlineAfter } from '../calendar/rules/deadlines';

/**
 * 行政许可法第三十二条: missing materials are told on the spot or within five
 * days, else the application counts as accepted from the day its materials
 * arrived. Art. 82 counts the Law's periods in working days, so the five days
 * are working days, counted like every other limit from the day after
 * submission (docs/decisions/0015). A window application is decided on the spot.
 */
export const INTAKE_DECISION_WORKING_DAYS = 5;

/** The end of the day by which an application through `channel` must get its intake decision; null at a window. */
export async function decisionDueOf(db: Db, channel: CaseChannel, submittedAt: Date): Promise<Date | null> {
  if (!REMOTE_CHANNELS.includes(channel)) return null;
  return deadlineAfter(await calendarFrom(db, submittedAt), submittedAt, INTAKE_DECISION_WORKING_DAYS);
}
