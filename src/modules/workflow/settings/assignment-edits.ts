import type { Db } from '../../../db/database';
import { invalidField, notFound } from '../../../server/errors';
import { recordAudit } from '../../audit/record-audit';
import type { AuditActor, StaffActor } from '../../auth/actor';
import { publishedItem } from '../../cases/case-item';
import { workflowOf } from '../workflow-of';
import { mayAssignFor } from './assignment-access';
import { candidatesFor } from './assignment-queries';
import type { AssignmentBody } from './schemas';

/**
 * Naming and un-naming a step's handler for an initiating office (指定办理人),
 * each one transaction with its audit row. The person must be one the step's
 * task could go to (see candidatesFor); the department they act for there is
 * stored with the assignment and decides who manages it.
 */

export async function addAssignment(db: Db, actor: StaffActor, audit: AuditActor, input: AssignmentBody) {
  const item = await publishedItem(db, input.itemId);
  const step = workflowOf(item.content).find((candidate) => candidate.key === input.stepKey);
  if (!step) throw invalidField('stepKey', '该事项已发布的办理流程中没有这个环节');
  const region = await db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', '=', input.intakeRegionCode)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!region) throw invalidField('intakeRegionCode', '没有这个受理机构所在区划');
  return await db.transaction().execute(async (tx) => {
    const person = (await candidatesFor(tx, actor, item, step)).find(
      (candidate) => candidate.id === input.staffId,
    );
    if (!person) {
      throw invalidField(
        'staffId',
        `此人不在本人可管理的、“${step.name}”环节部门持有该环节角色的在岗人员之中`,
      );
    }
    const existing = await tx
      .selectFrom('step_assignments')
      .select('id')
      .where('item_id', '=', input.itemId)
      .where('step_key', '=', input.stepKey)
      .where('intake_region_code', '=', input.intakeRegionCode)
      .executeTakeFirst();
    if (existing) {
      throw invalidField(
        'intakeRegionCode',
        `“${region.name}”受理的该环节已指定办理人，请先删除原指定`,
        'ASSIGNMENT_EXISTS',
      );
    }
    const created = await tx
      .insertInto('step_assignments')
      .values({
        item_id: input.itemId,
        step_key: input.stepKey,
        intake_region_code: input.intakeRegionCode,
        staff_id: input.staffId,
        department_id: person.department_id,
        created_by: actor.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const after = { ...input, departmentId: person.department_id };
    await recordAudit(tx, audit, {
      action: 'step_assignment.create',
      entityType: 'step_assignment',
      entityId: created.id,
      regionCode: input.intakeRegionCode,
      after,
    });
    return { id: created.id };
  });
}

export async function removeAssignment(db: Db, actor: StaffActor, audit: AuditActor, id: string) {
  await db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('step_assignments as a')
      .innerJoin('departments as d', 'd.id', 'a.department_id')
      .selectAll('a')
      .select('d.region_code')
      .where('a.id', '=', id)
      .forUpdate('a')
      .executeTakeFirst();
    if (!row || !mayAssignFor(actor, { id: row.department_id, regionCode: row.region_code })) {
      throw notFound('指定办理人记录');
    }
    await tx.deleteFrom('step_assignments').where('id', '=', id).execute();
    const { region_code: _, ...before } = row;
    await recordAudit(tx, audit, {
      action: 'step_assignment.delete',
      entityType: 'step_assignment',
      entityId: id,
      regionCode: row.intake_region_code,
      before,
    });
  });
}
