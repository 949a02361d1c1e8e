import { sql } from 'kysely';
import type { Tx } from '../../db/database';

/** Someone to tell about a task: name for the record, work phone for the message. */
export interface TaskPerson {
  name: string;
  phone: string | null;
}

/**
 * Who must act on a task: its holder, or while it waits in the pool every
 * active colleague holding the step's role in its department and region.
 */
export async function peopleToAct(tx: Tx, taskId: string): Promise<TaskPerson[]> {
  return await tx
    .selectFrom('case_tasks as t')
    .innerJoin('staff_users as u', (join) =>
      join.on(
        sql<boolean>`(u.id = t.assignee_id OR (t.assignee_id IS NULL AND EXISTS (
          SELECT 1 FROM role_grants g
          WHERE g.user_id = u.id
            AND coalesce(g.department_id, u.department_id) = t.department_id
            AND g.role = coalesce(t.actor_role, 'chief_rep')
            AND (g.region_code IS NULL OR t.region_code LIKE g.region_code || '%'))))`,
      ),
    )
    .select(['u.display_name as name', 'u.phone'])
    .where('t.id', '=', taskId)
    .where('u.active', '=', true)
    .execute();
}

/** A department's leaders (部门领导): copied on its steps that ask for it, told of its warnings. */
export async function departmentLeaders(db: Tx, departmentId: string): Promise<TaskPerson[]> {
  return await db
    .selectFrom('role_grants as g')
    .innerJoin('staff_users as u', 'u.id', 'g.user_id')
    .select(['u.display_name as name', 'u.phone'])
    .distinct()
    .where('u.active', '=', true)
    .where('g.role', '=', 'dept_leader')
    .where(sql<boolean>`coalesce(g.department_id, u.department_id) = ${departmentId}`)
    .execute();
}
