import { type IsoDate, yearOf } from './days';

/**
 * Whether administrators must load a year's schedule. The State Council's
 * General Office publishes the next year's holidays in October to December, so
 * from 1 October of the latest loaded year the next one is awaited; a current
 * year without its schedule is worse, as deadlines running now are provisional.
 */
export type CoverageWarning = 'current_year_missing' | 'next_year_missing';

export interface CoverageStatus {
  today: IsoDate;
  latestCoveredYear: number | null;
  warning: CoverageWarning | null;
  /** The year to load, when there is a warning. */
  missingYear: number | null;
}

/** The last quarter starts on 1 October. */
const LAST_QUARTER_FROM = '-10-01';

export function coverageStatus(coveredYears: Iterable<number>, today: IsoDate): CoverageStatus {
  const covered = new Set(coveredYears);
  const latestCoveredYear = covered.size > 0 ? Math.max(...covered) : null;
  const year = yearOf(today);
  const status = (warning: CoverageWarning | null, missingYear: number | null): CoverageStatus => ({
    today,
    latestCoveredYear,
    warning,
    missingYear,
  });
  if (!covered.has(year)) return status('current_year_missing', year);
  if (today >= `${year}${LAST_QUARTER_FROM}` && !covered.has(year + 1))
    return status('next_year_missing', year + 1);
  return status(null, null);
}
