import type { z } from 'zod';
import type { Db } from '../../db/database';
import { coverageStatus } from './rules/coverage';
import { shanghaiDate } from './rules/days';
import type { StatusView, YearView } from './schemas';

async function coveredYears(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('calendar_years').select('year').orderBy('year').execute();
  return rows.map((row) => row.year);
}

/** A year's holidays and make-up working days, who set each, and whether its official schedule is loaded. */
export async function getYearCalendar(db: Db, year: number): Promise<z.infer<typeof YearView>> {
  const exceptions = await db
    .selectFrom('calendar_exceptions as e')
    .leftJoin('staff_users as s', 's.id', 'e.updated_by')
    .select(['e.day', 'e.kind', 'e.name', 'e.source', 'e.updated_at', 's.display_name'])
    .where('e.day', '>=', `${year}-01-01`)
    .where('e.day', '<=', `${year}-12-31`)
    .orderBy('e.day')
    .execute();
  const schedule = await db
    .selectFrom('calendar_years as y')
    .leftJoin('staff_users as s', 's.id', 'y.loaded_by')
    .select(['y.source', 'y.loaded_at', 's.display_name'])
    .where('y.year', '=', year)
    .executeTakeFirst();
  return {
    year,
    schedule: schedule
      ? {
          source: schedule.source,
          loadedBy: schedule.display_name,
          loadedAt: schedule.loaded_at.toISOString(),
        }
      : null,
    exceptions: exceptions.map((row) => ({
      date: row.day,
      kind: row.kind,
      name: row.name,
      source: row.source,
      updatedBy: row.display_name,
      updatedAt: row.updated_at.toISOString(),
    })),
    coveredYears: await coveredYears(db),
  };
}

/** The latest year with a schedule, and whether administrators must load one now. */
export async function calendarStatus(db: Db, now = new Date()): Promise<z.infer<typeof StatusView>> {
  return coverageStatus(await coveredYears(db), shanghaiDate(now));
}
