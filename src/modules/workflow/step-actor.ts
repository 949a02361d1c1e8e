import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { Role } from '../../shared/roles';
import type { CaseRow } from '../cases/case-store';
import type { WorkflowStep } from '../catalog/item-content';
import { assignedHandler } from './settings/step-handlers';

/**
 * Who a step's task goes to for one case. The catalogue names a department of
 * the item's implementing region; a case of another jurisdiction (通办, or a
 * street-level step for another street) goes to that department's counterpart
 * of the same kind and level whose region holds the applicant's own region.
 */

export interface TaskActor {
  departmentId: string;
  /** The department's region: whoever acts needs a grant covering it. */
  regionCode: string;
  kind: 'role' | 'chief_rep' | 'fixed_person';
  role: Role | null;
  /** Set when the task is someone's from the start (fixed person, chief representative's turn). */
  assigneeId: string | null;
}

type Department = { id: string; region_code: string };

async function counterpartIn(tx: Tx, departmentId: string, region: string): Promise<Department> {
  const department = await tx
    .selectFrom('departments')
    .select(['id', 'kind', 'level', 'region_code'])
    .where('id', '=', departmentId)
    .executeTakeFirstOrThrow();
  if (region.startsWith(department.region_code)) return department;
  const counterpart = await tx
    .selectFrom('departments')
    .select(['id', 'region_code'])
    .where('kind', '=', department.kind)
    .where('level', '=', department.level)
    .where('active', '=', true)
    .where(sql<boolean>`${region} LIKE region_code || '%'`)
    .orderBy(sql`length(region_code)`, 'desc')
    .executeTakeFirst();
  return counterpart ?? department;
}

/**
 * The chief representative whose turn it is: the one whose last task is the
 * oldest (never given one first), then the turn is taken. Null when the
 * department has none; the task then waits for one to be appointed.
 *
 * Turns are rows locked while taken: two tasks opening at once in one
 * department skip each other's row and go to different chiefs, rather than
 * both to the same one after waiting. Only when every chief's turn is being
 * taken does a task wait for one.
 */
async function nextChiefRep(tx: Tx, departmentId: string): Promise<string | null> {
  // Chiefs join the rotation when granted the role (migration 0023), as never given a task.
  const take = (skipLocked: boolean) =>
    sql<{ staff_id: string }>`
      WITH next AS (
        SELECT t.staff_id FROM chief_rep_turns t
        JOIN staff_users u ON u.id = t.staff_id
        WHERE t.department_id = ${departmentId}
          AND u.active AND (u.absent_until IS NULL OR u.absent_until < now())
          AND EXISTS (SELECT 1 FROM role_grants g
                      WHERE g.user_id = t.staff_id AND g.role = 'chief_rep' AND g.department_id = ${departmentId})
        ORDER BY t.last_assigned_at, u.username
        LIMIT 1
        FOR UPDATE OF t ${skipLocked ? sql`SKIP LOCKED` : sql``}
      )
      UPDATE chief_rep_turns t SET last_assigned_at = now() FROM next
      WHERE t.department_id = ${departmentId} AND t.staff_id = next.staff_id
      RETURNING t.staff_id`.execute(tx);
  const taken = (await take(true)).rows[0] ?? (await take(false)).rows[0];
  return taken?.staff_id ?? null;
}

/**
 * The task's actor: a person named for the step and the case's initiating
 * office wins (指定办理人, while they may act there); else the catalogue's
 * actor: the department's role pool, its chief representative whose turn it
 * is, or the catalogue's fixed person.
 */
export async function actorOfStep(tx: Tx, step: WorkflowStep, row: CaseRow): Promise<TaskActor> {
  const actor = step.actor;
  const department =
    actor?.kind === 'fixed_person'
      ? await departmentOfPerson(tx, actor.userId, row)
      : // The applicant's own region (to the community) finds the right street's office for a street step.
        await counterpartIn(
          tx,
          actor?.departmentId ?? row.competent_department_id,
          row.applicant_region_code,
        );
  const place = { departmentId: department.id, regionCode: department.region_code };
  const named = await assignedHandler(tx, row, step, place);
  if (named) return { ...place, kind: 'fixed_person', role: null, assigneeId: named };
  if (actor?.kind === 'fixed_person')
    return { ...place, kind: 'fixed_person', role: null, assigneeId: actor.userId };
  if (actor?.kind === 'chief_rep') {
    return { ...place, kind: 'chief_rep', role: null, assigneeId: await nextChiefRep(tx, department.id) };
  }
  return { ...place, kind: 'role', role: actor?.role ?? 'approver', assigneeId: null };
}

async function departmentOfPerson(tx: Tx, userId: string, row: CaseRow): Promise<Department> {
  const person = await tx
    .selectFrom('staff_users as u')
    .innerJoin('departments as d', 'd.id', 'u.department_id')
    .select(['d.id', 'd.region_code'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return person ?? { id: row.competent_department_id, region_code: row.competent_region_code };
}
