import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import { regionRootsFor } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';
import type { WarningQuery } from './schemas';

/**
 * The supervision office's view: warnings within the reader's scope, counted
 * by department, and listed newest first with the case to drill into.
 */

type WarningScope = ExpressionBuilder<Database & { w: Database['case_warnings'] }, 'w'>;

function inScope(actor: StaffActor, query: WarningQuery) {
  const roots = regionRootsFor(actor.grants, 'case.supervise');
  return (eb: WarningScope) =>
    eb.and([
      roots === null ? eb.val(true) : eb.or(roots.map((root) => eb('w.region_code', 'like', `${root}%`))),
      ...(query.level ? [eb('w.level', '=', query.level)] : []),
      ...(query.departmentId ? [eb('w.department_id', '=', query.departmentId)] : []),
      ...(query.since ? [eb('w.raised_at', '>=', new Date(query.since))] : []),
    ]);
}

export async function warningSummary(db: Db, actor: StaffActor, query: WarningQuery) {
  const rows = await db
    .selectFrom('case_warnings as w')
    .innerJoin('departments as d', 'd.id', 'w.department_id')
    .select([
      'd.id',
      'd.name',
      sql<string>`count(*) FILTER (WHERE w.level = 'yellow')`.as('yellow'),
      sql<string>`count(*) FILTER (WHERE w.level = 'red')`.as('red'),
    ])
    .where(inScope(actor, { ...query, departmentId: undefined }))
    .groupBy(['d.id', 'd.name'])
    .orderBy(sql`count(*) FILTER (WHERE w.level = 'red')`, 'desc')
    .orderBy('d.name')
    .execute();
  return rows.map((row) => ({
    departmentId: row.id,
    departmentName: row.name,
    yellow: Number(row.yellow),
    red: Number(row.red),
  }));
}

export async function warningList(db: Db, actor: StaffActor, query: WarningQuery) {
  const base = db.selectFrom('case_warnings as w').where(inScope(actor, query));
  const [rows, count] = await Promise.all([
    base
      .innerJoin('cases as c', 'c.id', 'w.case_id')
      .innerJoin('departments as d', 'd.id', 'w.department_id')
      .innerJoin('catalog_item_versions as v', (join) =>
        join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
      )
      .leftJoin('case_tasks as t', 't.id', 'w.task_id')
      .select([
        'w.id',
        'w.level',
        'w.reason',
        'w.due_at',
        'w.raised_at',
        'w.notified',
        'c.id as case_id',
        'c.case_number',
        'c.status',
        'v.name as item_name',
        'd.name as department_name',
        't.step_name',
        't.state as task_state',
      ])
      .orderBy('w.raised_at', 'desc')
      .orderBy('w.id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      level: row.level,
      reason: row.reason,
      dueAt: row.due_at.toISOString(),
      raisedAt: row.raised_at.toISOString(),
      notified: row.notified,
      caseId: row.case_id,
      caseNumber: row.case_number,
      caseStatus: row.status,
      itemName: row.item_name,
      departmentName: row.department_name,
      stepName: row.step_name,
      stillOpen: row.task_state === null ? row.status === 'accepted' : row.task_state === 'open',
    })),
    total: Number(count.total),
    page: query.page,
    pageSize: query.pageSize,
  };
}
