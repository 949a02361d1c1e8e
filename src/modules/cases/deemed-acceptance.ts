import type { Db } from '../../db/database';
import { allows } from '../../shared/case-lifecycle';
import { SYSTEM_ACTOR } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import type { Notifier } from '../notify/notifier';
import { writeAcceptance } from './accept-case';
import { actAsSystem } from './case-act';
import type { Issued } from './case-documents';
import { calendarForAcceptance, deadlinesFor } from './deadlines';
import { deemJointAccepted } from './joint-acceptance';

/**
 * 视为受理: an application not made at a window that got no intake decision
 * (acceptance, one-time notice or refusal) by its decision date counts as
 * accepted on the day it was submitted (行政许可法第三十二条). A daily job
 * writes that acceptance with the same pieces as a clerk's, as the system.
 */

export interface OverdueDecision {
  caseId: string;
  caseNumber: string;
  submittedAt: Date;
  /** A joint case's parent: the whole bundle is deemed accepted (its children have no decision date). */
  joint: boolean;
}

const BATCH = 500;

/** Submitted applications whose decision date passed before `now`: a scan of the partial index cases_decision_due. */
export async function overdueDecisions(db: Db, now: Date, limit = BATCH): Promise<OverdueDecision[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'case_number', 'submitted_at', 'case_kind'])
    .where('status', '=', 'submitted')
    .where('decision_due', 'is not', null)
    .where('decision_due', '<', now)
    .orderBy('decision_due')
    .orderBy('case_number')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    caseId: row.id,
    caseNumber: row.case_number,
    submittedAt: row.submitted_at,
    joint: row.case_kind === 'bundle',
  }));
}

/**
 * Accepts one overdue application as of its submission, its limits counted from
 * that day; null when a clerk decided it meanwhile (the row is re-read under lock).
 */
export async function deemAccepted(
  deps: { db: Db; notifier: Notifier },
  caseId: string,
  calendar: WorkingCalendar,
  now: Date,
): Promise<Issued | null> {
  return await actAsSystem(deps.db, caseId, async (context) => {
    const { row, item } = context;
    if (!allows(row.status, 'deem_accepted') || row.decision_due === null || row.decision_due >= now)
      return null;
    const acceptedAt = row.submitted_at;
    return await writeAcceptance(
      context,
      { notifier: deps.notifier, audit: SYSTEM_ACTOR },
      { acceptedAt, deadlines: deadlinesFor(calendar, item, acceptedAt), calendar },
      { event: 'deemed_accepted', auditAction: 'case.deem_accept', deemedFrom: shanghaiDate(acceptedAt) },
    );
  });
}

/** What the daily job runs: every overdue application accepted, each in its own transaction. */
export async function deemOverdueApplicationsAccepted(
  deps: { db: Db; notifier: Notifier },
  now: Date,
): Promise<string[]> {
  const accepted: string[] = [];
  for (;;) {
    const batch = await overdueDecisions(deps.db, now);
    for (const overdue of batch) {
      // The calendar is read before each transaction opens (it is cached per process).
      const calendar = await calendarForAcceptance(deps.db, overdue.submittedAt);
      const deem = overdue.joint ? deemJointAccepted : deemAccepted;
      if (await deem(deps, overdue.caseId, calendar, now)) accepted.push(overdue.caseNumber);
    }
    // Every case of a batch left the submitted status, so the next query moves on.
    if (batch.length < BATCH) return accepted;
  }
}
