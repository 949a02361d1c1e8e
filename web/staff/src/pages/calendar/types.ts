import type { DayKind } from '../../../../../src/modules/calendar/rules/working-days';

/** Replies of /api/calendar; the server's zod schemas are the source of truth. */
export interface CalendarException {
  date: string;
  kind: DayKind;
  name: string;
  source: 'chinese-days' | 'manual';
  updatedBy: string | null;
  updatedAt: string;
}

export interface CalendarYear {
  year: number;
  schedule: { source: 'chinese-days' | 'manual'; loadedBy: string | null; loadedAt: string } | null;
  exceptions: CalendarException[];
  coveredYears: number[];
}

export interface CalendarStatus {
  today: string;
  latestCoveredYear: number | null;
  warning: 'current_year_missing' | 'next_year_missing' | null;
  missingYear: number | null;
}
