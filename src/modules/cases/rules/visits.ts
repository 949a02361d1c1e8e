import { type IsoDate, shanghaiDate } from '../../calendar/rules/days';

/**
 * Trips to the window are counted, not guessed: at most one a Beijing day per
 * case, unless the clerk records that the applicant left and came back (a new
 * arrival). A re-judged paper seconds after a notice is not a second trip.
 */

/** What of a case event tells of a trip: its kind, the channel it came by, when. */
export interface VisitEvent {
  kind: string;
  channel: string;
  at: Date | string;
}

/** A case started at a window counted its first trip then; later trips are 'visit' events. */
const isVisit = (event: VisitEvent) =>
  event.kind === 'visit' || (event.kind === 'created' && event.channel === 'window');

/** The Beijing day of the last counted trip to the window for the case, or null. */
export function lastVisitDay(events: readonly VisitEvent[]): IsoDate | null {
  const days = events.filter(isVisit).map((event) => shanghaiDate(new Date(event.at)));
  return days.length === 0 ? null : days.reduce((last, day) => (day > last ? day : last));
}

/** Whether a trip the clerk records counts: not a second time the same day unless it is a new arrival. */
export function visitCounts(
  input: { visit: boolean; newArrival: boolean },
  lastDay: IsoDate | null,
  now: Date,
): boolean {
  return input.visit && (input.newArrival || lastDay !== shanghaiDate(now));
}
