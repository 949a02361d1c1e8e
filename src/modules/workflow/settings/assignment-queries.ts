import { sql } from 'kysely';
import type { Db, Tx } from '../../../db/database';
import type { StaffActor } from '../../auth/actor';
import { type CaseItem, publishedItem } from '../../cases/case-item';
import type { WorkflowStep } from '../../catalog/item-content';
import { workflowOf } from '../workflow-of';
import { assignableDepartment } from './assignment-access';
import type { AssignmentView } from './schemas';
import { holdsStepRole, rolesOfStep } from './step-handlers';

/**
 * Reading named handlers: the assignments of the departments the reader
 * manages, and for an item's published steps the staff who may be named.
 */

export async function listAssignments(db: Db, actor: StaffActor): Promise<AssignmentView[]> {
  const rows = await db
    .selectFrom('step_assignments as a')
    .innerJoin('departments as d', 'd.id', 'a.department_id')
    .innerJoin('staff_users as u', 'u.id', 'a.staff_id')
    .innerJoin('regions as r', 'r.code', 'a.intake_region_code')
    .innerJoin('catalog_items as i', 'i.id', 'a.item_id')
    .leftJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.published_version'),
    )
    .select([
      'a.id',
      'a.item_id',
      'a.step_key',
      'a.intake_region_code',
      'a.staff_id',
      'a.department_id',
      'a.created_at',
      'r.name as region_name',
      'u.display_name',
      'u.active',
      'd.name as department_name',
      'v.name as item_name',
      sql<WorkflowStep[] | null>`v.content -> 'workflow'`.as('workflow'),
    ])
    .where(assignableDepartment(actor))
    .orderBy('v.name')
    .orderBy('a.step_key')
    .orderBy('a.intake_region_code')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    itemId: row.item_id,
    itemName: row.item_name ?? '',
    stepKey: row.step_key,
    stepName: row.workflow?.find((step) => step.key === row.step_key)?.name ?? row.step_key,
    intakeRegionCode: row.intake_region_code,
    intakeRegionName: row.region_name,
    staffId: row.staff_id,
    staffName: row.display_name,
    staffActive: row.active,
    departmentId: row.department_id,
    departmentName: row.department_name,
    createdAt: row.created_at.toISOString(),
  }));
}

/** The department a step names in the catalogue: its own, the implementing body's, or the fixed person's. */
async function catalogueDepartment(db: Db | Tx, item: CaseItem, step: WorkflowStep): Promise<string> {
  if (step.actor?.kind !== 'fixed_person') return step.actor?.departmentId ?? item.department.id;
  const person = await db
    .selectFrom('staff_users')
    .select('department_id')
    .where('id', '=', step.actor.userId)
    .executeTakeFirst();
  return person?.department_id ?? item.department.id;
}

/**
 * Who may be named for the step: active staff holding its role in its
 * catalogued department or a counterpart (same kind and level), among the
 * departments the reader manages; with the department each acts for.
 */
export async function candidatesFor(db: Db | Tx, actor: StaffActor, item: CaseItem, step: WorkflowStep) {
  const departmentId = await catalogueDepartment(db, item, step);
  return await db
    .selectFrom('departments as step_department')
    .innerJoin('departments as d', (join) =>
      join.onRef('d.kind', '=', 'step_department.kind').onRef('d.level', '=', 'step_department.level'),
    )
    .crossJoin('staff_users as u')
    .select(['u.id', 'u.display_name as name', 'd.id as department_id', 'd.name as department_name'])
    .where('step_department.id', '=', departmentId)
    .where('d.active', '=', true)
    .where('u.active', '=', true)
    .where(assignableDepartment(actor))
    .where(
      holdsStepRole(sql.ref('u.id'), rolesOfStep(step.actor), {
        id: sql.ref('d.id'),
        regionCode: sql.ref('d.region_code'),
      }),
    )
    .orderBy('d.name')
    .orderBy('u.display_name')
    .execute();
}

/** The published version's steps, each with its catalogued department and the staff who may be named. */
export async function stepChoices(db: Db, actor: StaffActor, itemId: string) {
  const item = await publishedItem(db, itemId);
  const steps = workflowOf(item.content);
  return await Promise.all(
    steps.map(async (step) => {
      const candidates = await candidatesFor(db, actor, item, step);
      const department = await db
        .selectFrom('departments')
        .select('name')
        .where('id', '=', await catalogueDepartment(db, item, step))
        .executeTakeFirstOrThrow();
      return {
        key: step.key,
        name: step.name,
        departmentName: department.name,
        candidates: candidates.map((candidate) => ({
          id: candidate.id,
          name: candidate.name,
          departmentName: candidate.department_name,
        })),
      };
    }),
  );
}
