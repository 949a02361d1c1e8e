import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import type { StaffActor } from '../auth/actor';
import { calendarFrom } from '../calendar/calendar-loader';
import type { InboxQuery } from './schemas';
import { takeoverShareOf } from './settings/back-office-settings';
import { takeoverDue } from './task-access';
import { clockStoppedOf, taskTimeLeft } from './time-left';

/**
 * An approver's inbox (待办): their own tasks, their department's unclaimed
 * tasks they may claim, and the tasks of the A-posts they back up; each list
 * most urgent first, read from the open-task indexes.
 */

type TaskScope = ExpressionBuilder<Database & { t: Database['case_tasks'] }, 't'>;

/** The pool a user may claim from: per grant, the department, the step role and the region scope. */
function poolCondition(actor: StaffActor) {
  return (eb: TaskScope) => {
    const claimable = actor.grants
      .map((grant) => ({ ...grant, departmentId: grant.departmentId ?? actor.departmentId }))
      .filter((grant) => grant.departmentId !== null)
      .map((grant) =>
        eb.and([
          eb('t.department_id', '=', grant.departmentId as string),
          eb(sql<string>`coalesce(t.actor_role, 'chief_rep')`, '=', grant.role),
          ...(grant.regionCode === null ? [] : [eb('t.region_code', 'like', `${grant.regionCode}%`)]),
        ]),
      );
    return eb.and([eb('t.assignee_id', 'is', null), claimable.length > 0 ? eb.or(claimable) : eb.val(false)]);
  };
}

/** What a leader is copied on (抄送): the open tasks of copying steps in the departments they lead. */
function copiedCondition(actor: StaffActor) {
  const led = actor.grants
    .filter((grant) => grant.role === 'dept_leader')
    .flatMap((grant) => {
      const departmentId = grant.departmentId ?? actor.departmentId;
      return departmentId ? [departmentId] : [];
    });
  return (eb: TaskScope) =>
    led.length > 0
      ? eb.and([eb('t.copied_to_leaders', '=', true), eb('t.department_id', 'in', led)])
      : eb.val(false);
}

function boxCondition(actor: StaffActor, box: InboxQuery['box']) {
  return (eb: TaskScope) => {
    if (box === 'mine') return eb('t.assignee_id', '=', actor.id);
    if (box === 'pool') return poolCondition(actor)(eb);
    if (box === 'copied') return copiedCondition(actor)(eb);
    return eb(
      't.assignee_id',
      'in',
      eb.selectFrom('staff_backups').select('staff_id').where('backup_id', '=', actor.id),
    );
  };
}

export async function inboxOf(db: Db, actor: StaffActor, query: InboxQuery) {
  const now = new Date();
  const base = db
    .selectFrom('case_tasks as t')
    .where('t.state', '=', 'open')
    .where(boxCondition(actor, query.box));
  const [rows, count, calendar, takeoverShare] = await Promise.all([
    base
      .innerJoin('cases as c', 'c.id', 't.case_id')
      .innerJoin('catalog_item_versions as v', (join) =>
        join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
      )
      .innerJoin('departments as d', 'd.id', 't.department_id')
      .leftJoin('staff_users as u', 'u.id', 't.assignee_id')
      .select([
        't.id',
        't.row_version',
        't.step_key',
        't.step_name',
        't.parallel_group',
        't.opened_at',
        't.due_at',
        't.due_provisional',
        't.assignee_id',
        'c.id as case_id',
        'c.case_number',
        'c.applicant_name',
        'c.promised_deadline',
        'v.name as item_name',
        'd.name as department_name',
        'u.display_name as assignee_name',
        'u.absent_until',
        clockStoppedOf('t.case_id').as('clock_stopped'),
      ])
      .orderBy('t.due_at')
      .orderBy('t.opened_at')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
    calendarFrom(db, new Date(now.getTime() - 366 * 86_400_000), 2),
    query.box === 'backup' ? takeoverShareOf(db) : 1,
  ]);
  return {
    items: rows.map((row) => {
      const task = { opened_at: row.opened_at, due_at: row.due_at };
      return {
        taskId: row.id,
        version: row.row_version,
        caseId: row.case_id,
        caseNumber: row.case_number,
        itemName: row.item_name,
        applicantName: row.applicant_name,
        stepKey: row.step_key,
        stepName: row.step_name,
        parallel: row.parallel_group !== null,
        departmentName: row.department_name,
        assigneeName: row.assignee_name,
        openedAt: row.opened_at.toISOString(),
        ...taskTimeLeft(calendar, now, row.due_at, row.clock_stopped),
        dueProvisional: row.due_provisional,
        takeover:
          query.box === 'backup' &&
          takeoverDue(task, { backupId: actor.id, absentUntil: row.absent_until, takeoverShare }, now),
      };
    }),
    total: Number(count.total),
    page: query.page,
    pageSize: query.pageSize,
  };
}
