import { sql } from 'kysely';
import type { Tx } from '../../db/database';

/** Someone to tell about a task: name for the record, work phone for the message. */
export interface TaskPerson {
  name: string;
  phone: string | null;
}

/** Staff user u may act on task t: its holder, or while it waits in the pool, a holder of the step's role there. */
const mayActOnTask = sql<boolean>`(u.id = t.assignee_id OR (t.assignee_id IS NULL AND EXISTS (
  SELECT 1 FROM role_grants g
  WHERE g.user_id = u.id
    AND coalesce(g.department_id, u.department_id) = t.department_id
    AND g.role = coalesce(t.actor_role, 'chief_rep')
    AND (g.region_code IS NULL OR t.region_code LIKE g.region_code || '%'))))`;

const peopleOnTasks = (tx: Tx) =>
  tx
    .selectFrom('case_tasks as t')
    .innerJoin('staff_users as u', (join) => join.on(mayActOnTask))
    .select(['u.display_name as name', 'u.phone'])
    .where('u.active', '=', true);

/**
 * Who must act on a task: its holder, or while it waits in the pool every
 * active colleague holding the step's role in its department and region.
 */
export async function peopleToAct(tx: Tx, taskId: string): Promise<TaskPerson[]> {
  return await peopleOnTasks(tx).where('t.id', '=', taskId).execute();
}

/** Who must act on each of many tasks, by task id, in one query. */
export async function peopleToActOn(tx: Tx, taskIds: string[]): Promise<Map<string, TaskPerson[]>> {
  const byTask = new Map<string, TaskPerson[]>();
  if (taskIds.length === 0) return byTask;
  const rows = await peopleOnTasks(tx)
    .select('t.id as task_id')
    .where('t.id', '=', sql<string>`any(${taskIds}::uuid[])`)
    .execute();
  for (const { task_id, ...person } of rows) byTask.set(task_id, [...(byTask.get(task_id) ?? []), person]);
  return byTask;
}

const leadersQuery = (tx: Tx) =>
  tx
    .selectFrom('role_grants as g')
    .innerJoin('staff_users as u', 'u.id', 'g.user_id')
    .select(['u.display_name as name', 'u.phone'])
    .distinct()
    .where('u.active', '=', true)
    .where('g.role', '=', 'dept_leader');

/** A department's leaders (部门领导): copied on its steps that ask for it, told of its warnings. */
export async function departmentLeaders(tx: Tx, departmentId: string): Promise<TaskPerson[]> {
  return await leadersQuery(tx)
    .where(sql<boolean>`coalesce(g.department_id, u.department_id) = ${departmentId}`)
    .execute();
}

/** The leaders of each of many departments, by department id, in one query. */
export async function leadersOf(tx: Tx, departmentIds: string[]): Promise<Map<string, TaskPerson[]>> {
  const byDepartment = new Map<string, TaskPerson[]>();
  if (departmentIds.length === 0) return byDepartment;
  const department = sql<string>`coalesce(g.department_id, u.department_id)`;
  const rows = await leadersQuery(tx)
    .select(department.as('department_id'))
    .where(department, '=', sql<string>`any(${departmentIds}::uuid[])`)
    .execute();
  for (const { department_id, ...person } of rows) {
    byDepartment.set(department_id, [...(byDepartment.get(department_id) ?? []), person]);
  }
  return byDepartment;
}
