import type { Db } from '../../db/database';
import { shanghaiDate, yearOf } from './rules/days';
import { type DayKind, makeCalendar, type WorkingCalendar } from './rules/working-days';

/**
 * The working-day calendar in memory, per process and per database, so that
 * computing a case's deadlines costs one read of the revision number rather
 * than a query per day. Any change to the calendar tables raises the revision
 * (by trigger, in the changing transaction), and a process that sees a new
 * revision drops what it holds; so does every process, whoever made the change.
 */
interface Held {
  revision: number;
  coveredYears: Set<number>;
  /** Exceptions of each year read so far (an empty map for a year with none). */
  years: Map<number, Map<string, DayKind>>;
}

const held = new WeakMap<Db, Held>();

async function currentRevision(db: Db): Promise<number> {
  const row = await db.selectFrom('calendar_revision').select('revision').executeTakeFirstOrThrow();
  return row.revision;
}

async function freshHold(db: Db, revision: number): Promise<Held> {
  const covered = await db.selectFrom('calendar_years').select('year').execute();
  return { revision, coveredYears: new Set(covered.map((row) => row.year)), years: new Map() };
}

async function readYears(db: Db, hold: Held, first: number, last: number): Promise<void> {
  const missing: number[] = [];
  for (let year = first; year <= last; year += 1) if (!hold.years.has(year)) missing.push(year);
  if (missing.length === 0) return;
  const from = `${Math.min(...missing)}-01-01`;
  const to = `${Math.max(...missing)}-12-31`;
  const rows = await db
    .selectFrom('calendar_exceptions')
    .select(['day', 'kind'])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
  for (const year of missing) hold.years.set(year, new Map());
  for (const row of rows) hold.years.get(Number(row.day.slice(0, 4)))?.set(row.day, row.kind);
}

/**
 * The calendar for the years `first` to `last`. Give the years a computation can
 * reach: a deadline counted from acceptance in year Y with limits of a few months
 * needs Y and Y + 1 (see calendarFrom). A caller that read `calendar_revision`
 * in its own query passes it as `knownRevision`, saving this read's round trip.
 */
export async function loadWorkingCalendar(
  db: Db,
  first: number,
  last: number,
  knownRevision?: number,
): Promise<WorkingCalendar> {
  const revision = knownRevision ?? (await currentRevision(db));
  let hold = held.get(db);
  if (!hold || hold.revision !== revision) {
    hold = await freshHold(db, revision);
    held.set(db, hold);
  }
  await readYears(db, hold, first, last);
  const years = hold.years;
  const exceptions = function* () {
    for (let year = first; year <= last; year += 1) {
      for (const [date, kind] of years.get(year) ?? []) yield { date, kind };
    }
  };
  return makeCalendar({ exceptions: exceptions(), years: { first, last }, coveredYears: hold.coveredYears });
}

/** The years a count starting at `from` can reach: its year and the `yearsAfter` following ones. */
export function calendarFrom(db: Db, from: Date, yearsAfter = 1): Promise<WorkingCalendar> {
  const year = yearOf(shanghaiDate(from));
  return loadWorkingCalendar(db, year, year + yearsAfter);
}
