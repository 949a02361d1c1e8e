import type { Db } from '../../db/database';
import { hasPermission, ROLE_PERMISSIONS } from '../../shared/roles';
import type { StaffActor } from '../auth/actor';
import { worksOn } from '../workflow/task-access';
import type { CaseRow } from './case-store';

/**
 * A staff member's part in a case, which decides what they see of it:
 * those who act on it (its window or intake, its back-office tasks) see the
 * applicant's personal data in full; the grid worker delivering its result
 * sees the recipient in full in his delivery list only (delivery/grid-delivery.ts),
 * not the case; those who supervise it
 * (case.view in its intake or competent region, which supervisors and
 * leaders hold, or a case role in its competent department) see it masked;
 * anyone else, whatever their department (a catalogue editor's, say), does
 * not see the case at all.
 */
export type CasePart = 'intake' | 'task' | 'supervision';

/** Why the read happened, as the resident's read log says it. */
export const PURPOSE_OF_PART: Record<CasePart, string> = {
  intake: '受理办件',
  task: '审批办件',
  supervision: '监督查看（已脱敏）',
};

/** The grid worker's reads of the recipients in his delivery list. */
export const DELIVERY_PURPOSE = '送达办理结果';

/** The departments in which the actor holds a role that views cases (approvers, chief representatives, leaders). */
export function caseDepartmentsOf(actor: StaffActor): string[] {
  const departments = actor.grants
    .filter((grant) => ROLE_PERMISSIONS[grant.role].includes('case.view'))
    .map((grant) => grant.departmentId ?? actor.departmentId)
    .filter((id): id is string => id !== null);
  return [...new Set(departments)];
}

type CaseScope = Pick<
  CaseRow,
  'id' | 'started_by_id' | 'intake_region_code' | 'competent_region_code' | 'competent_department_id'
>;

/** Started it, or decides intake where it was handed in. */
export const actsAtIntake = (actor: StaffActor, row: CaseScope) =>
  row.started_by_id === actor.id || hasPermission(actor.grants, 'case.intake', row.intake_region_code);

/** Looks on: case.view in one of its regions, or a case role in its competent department. */
export const supervises = (actor: StaffActor, row: CaseScope) =>
  [row.intake_region_code, row.competent_region_code].some((region) =>
    hasPermission(actor.grants, 'case.view', region),
  ) || caseDepartmentsOf(actor).includes(row.competent_department_id);

/** The actor's part in the case, or null when they may not see it (the case then answers 404). */
export async function partInCase(db: Db, actor: StaffActor, row: CaseScope): Promise<CasePart | null> {
  if (actsAtIntake(actor, row)) return 'intake';
  // The case's tasks with their holders' B-posts.
  const tasks = await db
    .selectFrom('case_tasks as t')
    .leftJoin('staff_backups as b', 'b.staff_id', 't.assignee_id')
    .selectAll('t')
    .select('b.backup_id')
    .where('t.case_id', '=', row.id)
    .execute();
  if (tasks.some((task) => worksOn(actor, task, task.backup_id))) return 'task';
  return supervises(actor, row) ? 'supervision' : null;
}
