import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { recordAudit } from '../audit/record-audit';
import { SYSTEM_ACTOR } from '../auth/actor';
import { SHIPPED_SOURCE, shippedSchedules } from './shipped-schedule';

/**
 * Loads each year the chinese-days package ships that the table does not have
 * yet, at every start after the migrations. A year once loaded belongs to the
 * administrators: it is never loaded again, so their corrections survive
 * restarts, and a newer package brings only its new years. Days already set by
 * hand in a new year are kept.
 */
export async function seedShippedCalendar(db: Db): Promise<number[]> {
  return await db.transaction().execute(async (tx) => {
    // Two processes starting together load a year once.
    await sql`SELECT pg_advisory_xact_lock(hashtext('calendar-seed'))`.execute(tx);
    const covered = await tx.selectFrom('calendar_years').select('year').execute();
    const known = new Set(covered.map((row) => row.year));
    const loaded: number[] = [];
    for (const [year, days] of shippedSchedules()) {
      if (known.has(year)) continue;
      await tx
        .insertInto('calendar_exceptions')
        .values(
          days.map((day) => ({ day: day.date, kind: day.kind, name: day.name, source: SHIPPED_SOURCE })),
        )
        .onConflict((oc) => oc.column('day').doNothing())
        .execute();
      await tx.insertInto('calendar_years').values({ year, source: SHIPPED_SOURCE }).execute();
      loaded.push(year);
    }
    if (loaded.length > 0) {
      loaded.sort((a, b) => a - b);
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'calendar.seed',
        entityType: 'calendar',
        entityId: SHIPPED_SOURCE,
        after: { years: loaded },
      });
    }
    return loaded;
  });
}
