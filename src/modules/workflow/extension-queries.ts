import type { Db } from '../../db/database';
import type { StaffActor } from '../auth/actor';
import { loadWorkingCalendar } from '../calendar/calendar-loader';
import { shanghaiDate, yearOf } from '../calendar/rules/days';
import { extendDeadline } from '../calendar/rules/deadlines';
import { leaderScopes } from './clock-access';
import type { ExtensionsQuery } from './clock-schemas';

/**
 * Reading extension requests: a leader's list of those of their departments
 * (延期审批, pending first), and a case's for its task page.
 */

function selectExtensions(db: Db) {
  return db
    .selectFrom('case_extensions as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .innerJoin('catalog_item_versions as iv', (join) =>
      join.onRef('iv.item_id', '=', 'c.item_id').onRef('iv.version', '=', 'c.item_version'),
    )
    .innerJoin('case_tasks as t', 't.id', 'e.task_id')
    .innerJoin('departments as d', 'd.id', 'e.department_id')
    .selectAll('e')
    .select([
      'c.case_number',
      'c.legal_deadline',
      'iv.name as item_name',
      't.step_name',
      'd.name as department_name',
    ]);
}
type ExtensionRow = Awaited<ReturnType<ReturnType<typeof selectExtensions>['executeTakeFirstOrThrow']>>;

const iso = (value: Date | null) => value?.toISOString() ?? null;

function toView(row: ExtensionRow, ifApproved: Date | null = null) {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    itemName: row.item_name,
    stepName: row.step_name,
    departmentName: row.department_name,
    state: row.state,
    workingDays: row.working_days,
    reason: row.reason,
    requestedAt: row.requested_at.toISOString(),
    requestedByName: row.requested_by_name,
    decidedAt: iso(row.decided_at),
    decidedByName: row.decided_by_name,
    decisionNote: row.decision_note,
    legalDeadline: iso(row.legal_deadline),
    legalDeadlineBefore: iso(row.legal_deadline_before),
    legalDeadlineAfter: iso(row.legal_deadline_after),
    legalDeadlineIfApproved: iso(ifApproved),
    documentId: row.document_id,
  };
}
export type ExtensionView = ReturnType<typeof toView>;

/**
 * The views, pending ones with the legal deadline an approval today would set
 * (N working days after the current one; a stop still running adds its days later).
 */
async function withProjection(db: Db, rows: ExtensionRow[]): Promise<ExtensionView[]> {
  const pending = rows.filter((row) => row.state === 'requested' && row.legal_deadline !== null);
  if (pending.length === 0) return rows.map((row) => toView(row));
  const years = pending.map((row) => yearOf(shanghaiDate(row.legal_deadline as Date)));
  const calendar = await loadWorkingCalendar(db, Math.min(...years), Math.max(...years) + 1);
  return rows.map((row) =>
    toView(
      row,
      pending.includes(row) ? extendDeadline(calendar, row.legal_deadline as Date, row.working_days) : null,
    ),
  );
}

/** The requests a leader decides: of the departments and regions of their dept_leader grants. */
export async function listExtensions(db: Db, actor: StaffActor, query: ExtensionsQuery) {
  const scopes = leaderScopes(actor);
  const base = selectExtensions(db)
    .where('e.state', '=', query.state)
    .where((eb) =>
      eb.or(
        scopes.map((scope) =>
          eb.and([
            eb('e.department_id', '=', scope.departmentId),
            ...(scope.regionCode === null ? [] : [eb('e.region_code', 'like', `${scope.regionCode}%`)]),
          ]),
        ),
      ),
    );
  const [rows, count] = await Promise.all([
    base
      .orderBy(
        query.state === 'requested' ? 'e.requested_at' : 'e.decided_at',
        query.state === 'requested' ? 'asc' : 'desc',
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: await withProjection(db, rows),
    total: Number(count.total),
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function extensionsOfCase(db: Db, caseId: string): Promise<ExtensionView[]> {
  const rows = await selectExtensions(db).where('e.case_id', '=', caseId).orderBy('e.requested_at').execute();
  return await withProjection(db, rows);
}
