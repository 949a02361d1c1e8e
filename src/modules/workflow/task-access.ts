import type { Selectable } from 'kysely';
import type { CaseTasksTable } from '../../db/schema';
import { type Grant, hasPermission, type Role } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';

/**
 * Who may see and act on a task. The step's role within the task's department
 * and region may claim it from the pool; its holder acts; the holder's B-post
 * (AB岗) acts when the holder is marked absent or the task has used up the
 * takeover share of its limit; the department's leaders may reassign it.
 */

export type TaskRow = Selectable<CaseTasksTable>;

/** What the B-post rule needs: the task's holder, and the platform's takeover share (warning_settings, read once per request). */
export interface Holder {
  backupId: string | null;
  absentUntil: Date | null;
  /** Past this share of its limit (wall time from opening to the deadline), the B-post may act. */
  takeoverShare: number;
}

const covers = (grant: Grant, region: string) =>
  grant.regionCode === null || region.startsWith(grant.regionCode);

function holdsRole(actor: StaffActor, role: Role, task: TaskRow): boolean {
  return actor.grants.some(
    (grant) =>
      grant.role === role &&
      covers(grant, task.region_code) &&
      (grant.departmentId ?? actor.departmentId) === task.department_id,
  );
}

/** The role the step asks for: the named role, or chief representative. */
export function stepRole(task: TaskRow): Role | null {
  if (task.actor_kind === 'chief_rep') return 'chief_rep';
  return task.actor_role;
}

/** May take the task from the department's pool. */
export function mayClaim(actor: StaffActor, task: TaskRow): boolean {
  const role = stepRole(task);
  return task.assignee_id === null && role !== null && holdsRole(actor, role, task);
}

export function leadsDepartment(actor: StaffActor, task: TaskRow): boolean {
  return holdsRole(actor, 'dept_leader', task);
}

export function takeoverDue(task: Pick<TaskRow, 'opened_at' | 'due_at'>, holder: Holder, now: Date): boolean {
  if (holder.absentUntil !== null && holder.absentUntil > now) return true;
  const opened = task.opened_at.getTime();
  const limit = task.due_at.getTime() - opened;
  return now.getTime() - opened >= limit * holder.takeoverShare;
}

/** May act on the task now: its holder, a colleague taking it from the pool, or the B-post when takeover is due. */
export function mayAct(actor: StaffActor, task: TaskRow, holder: Holder | null, now = new Date()): boolean {
  if (task.assignee_id === actor.id) return true;
  if (task.assignee_id === null) return mayClaim(actor, task);
  return holder?.backupId === actor.id && takeoverDue(task, holder, now);
}

/**
 * Works the task, so sees the case's personal data in full: its holder, the
 * holder's B-post, or one holding the step's role who may take it from the
 * pool. Leaders and case.view only look on (maySee), and see it masked.
 */
export function worksOn(actor: StaffActor, task: TaskRow, backupId: string | null): boolean {
  const role = stepRole(task);
  return (
    task.assignee_id === actor.id || backupId === actor.id || (role !== null && holdsRole(actor, role, task))
  );
}

/** May see the task at all (else it answers 404). */
export function maySee(actor: StaffActor, task: TaskRow, holder: Holder | null): boolean {
  const role = stepRole(task);
  return (
    task.assignee_id === actor.id ||
    holder?.backupId === actor.id ||
    (role !== null && holdsRole(actor, role, task)) ||
    leadsDepartment(actor, task) ||
    hasPermission(actor.grants, 'case.view', task.region_code)
  );
}
