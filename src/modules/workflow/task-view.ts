import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { notFound } from '../../server/errors';
import { officeActs, STEP_DECISIONS } from '../../shared/case-lifecycle';
import type { StaffActor } from '../auth/actor';
import { calendarFrom } from '../calendar/calendar-loader';
import { itemOfCase } from '../cases/case-item';
import { holderOf } from './act-on-task';
import { attachmentsByTask } from './attachments/attachment-files';
import { returnTargets } from './rules/stages';
import { leadsDepartment, mayAct, mayClaim, maySee, stepRole, type TaskRow } from './task-access';
import { clockStoppedOf, taskTimeLeft } from './time-left';
import { stepOfTask, workflowOf } from './workflow-of';

/**
 * One task as its page shows it: the step, its deadline and time left, what
 * the reader may do (from the catalogue's allowed actions and their right),
 * where it may be returned to, who it may be reassigned to, and every task of
 * the case so far (the case's route through the back office).
 */
export async function taskForStaff(db: Db, actor: StaffActor, taskId: string) {
  const task: TaskRow | undefined = await db
    .selectFrom('case_tasks')
    .selectAll()
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task) throw notFound('待办');
  const holder = await holderOf(db, task);
  if (!maySee(actor, task, holder)) throw notFound('待办');
  const caseRow = await db
    .selectFrom('cases')
    .select([
      'id',
      'case_number',
      'item_id',
      'item_version',
      'status',
      'row_version',
      clockStoppedOf('cases.id').as('clock_stopped'),
    ])
    .where('id', '=', task.case_id)
    .executeTakeFirstOrThrow();
  const item = await itemOfCase(db, caseRow.item_id, caseRow.item_version);
  const step = stepOfTask(item.content, task);
  const open = task.state === 'open';
  const acting = open && mayAct(actor, task, holder);
  const [route, colleagues, calendar] = await Promise.all([
    routeOf(db, task.case_id),
    open && (task.assignee_id === actor.id || leadsDepartment(actor, task)) ? colleaguesFor(db, task) : [],
    calendarFrom(db, task.opened_at, 2),
  ]);
  const timeLeft = taskTimeLeft(calendar, new Date(), task.due_at, caseRow.clock_stopped);
  // What the lifecycle allows now: while the clock stands still, nothing that needs it running (通过, 退回 …).
  const allowed = acting ? officeActs(caseRow.status, caseRow.clock_stopped) : [];
  return {
    taskId: task.id,
    version: task.row_version,
    state: task.state,
    caseId: caseRow.id,
    caseNumber: caseRow.case_number,
    caseStatus: caseRow.status,
    regionCode: task.region_code,
    itemName: item.content.name,
    stepKey: task.step_key,
    stepName: task.step_name,
    lastStep: workflowOf(item.content).length - 1 === task.step_index,
    resultType: item.content.resultType,
    resultName: item.content.resultName || item.content.name,
    openedAt: task.opened_at.toISOString(),
    limitDays: Number(task.limit_days),
    ...timeLeft,
    dueProvisional: task.due_provisional,
    overdue: open && timeLeft.overdue,
    assigneeId: task.assignee_id,
    mayClaim: open && mayClaim(actor, task),
    actions: step.actions.filter(
      (action): action is keyof typeof STEP_DECISIONS =>
        action in STEP_DECISIONS && allowed.includes(STEP_DECISIONS[action as keyof typeof STEP_DECISIONS]),
    ),
    mayTransfer: allowed.includes('transfer'),
    returnTargets: acting
      ? returnTargets(workflowOf(item.content), task.step_index).map(({ step: target }) => ({
          key: target.key,
          name: target.name,
        }))
      : [],
    colleagues,
    route,
  };
}

/** Who the task may be reassigned to: active colleagues holding the step's role in its department. */
async function colleaguesFor(db: Db, task: TaskRow) {
  const rows = await db
    .selectFrom('staff_users as u')
    .innerJoin('role_grants as g', 'g.user_id', 'u.id')
    .select(['u.id', 'u.display_name', 'u.absent_until'])
    .distinct()
    .where('u.active', '=', true)
    .where('g.role', '=', stepRole(task) ?? 'approver')
    .where(sql<boolean>`coalesce(g.department_id, u.department_id) = ${task.department_id}`)
    .where(sql<boolean>`(g.region_code IS NULL OR ${task.region_code} LIKE g.region_code || '%')`)
    .orderBy('u.display_name')
    .execute();
  const now = new Date();
  return rows
    .filter((row) => row.id !== task.assignee_id)
    .map((row) => ({
      id: row.id,
      name: row.display_name,
      absent: row.absent_until !== null && row.absent_until > now,
    }));
}

/** Every task of the case in order: step, department, holder, outcome, opinion, attachments and times. */
async function routeOf(db: Db, caseId: string) {
  const [rows, byTask] = await Promise.all([
    db
      .selectFrom('case_tasks as t')
      .innerJoin('departments as d', 'd.id', 't.department_id')
      .leftJoin('staff_users as holder', 'holder.id', 't.assignee_id')
      .leftJoin('staff_users as closer', 'closer.id', 't.closed_by')
      .select([
        't.id',
        't.step_name',
        't.state',
        't.outcome',
        't.opinion',
        't.opened_at',
        't.due_at',
        't.closed_at',
        'd.name as department_name',
        'holder.display_name as assignee_name',
        'closer.display_name as closed_by_name',
      ])
      .where('t.case_id', '=', caseId)
      .orderBy('t.opened_at')
      .execute(),
    attachmentsByTask(db, caseId),
  ]);
  return rows.map((row) => ({
    taskId: row.id,
    stepName: row.step_name,
    state: row.state,
    outcome: row.outcome,
    opinion: row.opinion,
    departmentName: row.department_name,
    assigneeName: row.assignee_name,
    closedByName: row.closed_by_name,
    openedAt: row.opened_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    attachments: byTask.get(row.id) ?? [],
  }));
}
