import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../../db/database';
import type { Role } from '../../../shared/roles';
import type { CaseRow } from '../../cases/case-store';
import type { StepActor, WorkflowStep } from '../../catalog/item-content';

/**
 * Who may be a step's named handler (指定办理人): someone who could act on the
 * step's task anyway, i.e. an active member of staff holding the step's role
 * (a catalogue-named person's step: any back-office role) in the task's
 * department, by a grant whose region covers the department's.
 */

const BACK_OFFICE_ROLES: readonly Role[] = ['approver', 'chief_rep', 'dept_leader'];

export function rolesOfStep(actor: StepActor | null): readonly Role[] {
  if (actor === null) return ['approver'];
  if (actor.kind === 'role') return [actor.role];
  if (actor.kind === 'chief_rep') return ['chief_rep'];
  return BACK_OFFICE_ROLES;
}

/** SQL: the staff member `staff` holds one of `roles` for department `department` (columns or values). */
export function holdsStepRole(
  staff: RawBuilder<unknown>,
  roles: readonly Role[],
  department: { id: RawBuilder<unknown>; regionCode: RawBuilder<unknown> },
): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM role_grants g JOIN staff_users gu ON gu.id = g.user_id
    WHERE g.user_id = ${staff}
      AND g.role IN (${sql.join(roles)})
      AND coalesce(g.department_id, gu.department_id) = ${department.id}
      AND (g.region_code IS NULL OR ${department.regionCode} LIKE g.region_code || '%'))`;
}

/**
 * The person named for this step of the case's item and the office that took
 * the case in, when the task goes to the department they act for and they may
 * still act there; null sends the task to the catalogue's actor.
 */
export async function assignedHandler(
  tx: Tx,
  row: Pick<CaseRow, 'item_id' | 'intake_region_code'>,
  step: WorkflowStep,
  department: { departmentId: string; regionCode: string },
): Promise<string | null> {
  const found = await tx
    .selectFrom('step_assignments as a')
    .innerJoin('staff_users as u', 'u.id', 'a.staff_id')
    .select('a.staff_id')
    .where('a.item_id', '=', row.item_id)
    .where('a.step_key', '=', step.key)
    .where('a.intake_region_code', '=', row.intake_region_code)
    .where('a.department_id', '=', department.departmentId)
    .where('u.active', '=', true)
    .where(
      holdsStepRole(sql.ref('a.staff_id'), rolesOfStep(step.actor), {
        id: sql.val(department.departmentId),
        regionCode: sql.val(department.regionCode),
      }),
    )
    .executeTakeFirst();
  return found?.staff_id ?? null;
}
