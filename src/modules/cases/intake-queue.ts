import type { Db } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import { regionRootsFor } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';
import { casesWithItem, LIST_COLUMNS, listRowView } from './case-queries';
import { workingDaysLeftOfAll } from './deadlines';

/**
 * 待受理: applications not made at a window (online, phone, agent) waiting for
 * the intake decision in the clerk's case.intake regions, the most urgent first.
 * Past its date an application is deemed accepted by the daily job.
 */
export async function intakeQueue(db: Db, actor: StaffActor, page: { page: number; pageSize: number }) {
  const roots = regionRootsFor(actor.grants, 'case.intake');
  const base = casesWithItem(db)
    .where('c.status', '=', 'submitted')
    .where('c.decision_due', 'is not', null)
    .where((eb) => withinRegions(eb, 'c.intake_region_code', roots));
  const [rows, count] = await Promise.all([
    base
      .select([...LIST_COLUMNS, 'c.decision_due', 'c.applicant_unverified'])
      .orderBy('c.decision_due')
      .orderBy('c.case_number')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const daysLeft = await workingDaysLeftOfAll(
    db,
    rows.map((row) => row.decision_due),
  );
  return {
    items: rows.map((row, index) => ({
      ...listRowView(row),
      applicantUnverified: row.applicant_unverified,
      decisionDue: (row.decision_due as Date).toISOString(),
      workingDaysLeft: daysLeft[index] ?? 0,
    })),
    total: Number(count.n),
    page: page.page,
    pageSize: page.pageSize,
  };
}
