import type { Db } from '../../db/database';
import { AppError } from '../../server/errors';
import { CASE_STATUSES } from '../../shared/case-terms';
import { maskName } from '../../shared/phone';
import type { ItemContent } from '../catalog/item-content';
import { caseTitleColumn, timelineOf } from './case-queries';
import { workingDaysLeft } from './deadlines';
import { publicDelivery } from './delivery/delivery-views';
import { childrenView } from './joint-views';

/**
 * The page behind the receipt's QR code (/t/<code>): anyone holding the code
 * sees the item, where the case stands, which office has it and the dated
 * history, and how the result is delivered (carrier and tracking number, the
 * address down to the community), with every name masked and no number,
 * street address or form value.
 */

/** Names as the public and the applicant see them: staff masked, the applicant as 申请人. */
export function publicName(name: string, kind: string): string {
  if (kind === 'resident') return '申请人';
  if (kind === 'system') return name;
  return maskName(name);
}

/** The steps the case waits in now (several while a parallel stage runs), with the office and the masked officer. */
async function openStepsOf(db: Db, caseId: string) {
  const rows = await db
    .selectFrom('case_tasks as t')
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .leftJoin('staff_users as u', 'u.id', 't.assignee_id')
    .select(['t.step_name', 'd.name as department_name', 'u.display_name'])
    .where('t.case_id', '=', caseId)
    .where('t.state', '=', 'open')
    .orderBy('t.step_index')
    .execute();
  return rows.map((row) => ({
    stepName: row.step_name,
    departmentName: row.department_name,
    handlerNameMasked: row.display_name ? maskName(row.display_name) : null,
  }));
}

export async function publicProgress(db: Db, code: string) {
  const row = await db
    .selectFrom('cases as c')
    .leftJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
    )
    .leftJoin('catalog_bundles as b', 'b.id', 'c.bundle_id')
    .innerJoin('departments as d', 'd.id', 'c.competent_department_id')
    .select([
      'c.id',
      'c.case_number',
      'c.status',
      'c.current_step',
      'c.applicant_name',
      'c.submitted_at',
      'c.promised_deadline',
      'c.delivery_method',
      'c.hall_id',
      'c.intake_region_code',
      'c.competent_department_id',
      'c.case_kind',
      caseTitleColumn,
      'v.content',
      'd.name as department_name',
    ])
    .where('c.public_code', '=', code)
    .executeTakeFirst();
  if (!row) throw new AppError(404, 'NOT_FOUND', '查不到这个办件，请核对二维码或查询码');
  const [timeline, openSteps, children] = await Promise.all([
    timelineOf(db, row.id, publicName),
    openStepsOf(db, row.id),
    row.case_kind === 'bundle' ? childrenView(db, row.id) : null,
  ]);
  const step = (row.content as ItemContent | null)?.workflow.find(
    (candidate) => candidate.key === row.current_step,
  );
  const lastStaffEntry = await db
    .selectFrom('case_events')
    .select('actor_name')
    .where('case_id', '=', row.id)
    .where('actor_kind', '=', 'staff')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    caseNumber: row.case_number,
    itemName: row.item_name,
    status: row.status,
    statusLabel: CASE_STATUSES[row.status],
    currentStep: openSteps.map((open) => open.stepName).join('、') || (step?.name ?? null),
    departmentName: row.department_name,
    openSteps,
    applicantNameMasked: maskName(row.applicant_name),
    handlerNameMasked: lastStaffEntry ? maskName(lastStaffEntry.actor_name) : null,
    submittedAt: row.submitted_at.toISOString(),
    promisedDeadline: row.promised_deadline?.toISOString() ?? null,
    workingDaysLeft:
      row.status === 'accepted' && row.promised_deadline
        ? await workingDaysLeft(db, row.promised_deadline)
        : null,
    timeline,
    delivery: await publicDelivery(db, row),
    // A joint case's parent: each child's office, status and open steps; no case ids, no results.
    children: children?.map(({ id: _id, result: _result, ...child }) => child) ?? null,
  };
}
