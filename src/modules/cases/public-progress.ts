import { type Expression, sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database';
import { AppError } from '../../server/errors';
import { CASE_STATUSES } from '../../shared/case-terms';
import { maskName } from '../../shared/phone';
import { caseTitleColumn, type EventRow, eventRowsOf, timelineEntry } from './case-queries';
import { workingDaysLeft } from './deadlines';
import { deliveryRowOf } from './delivery/delivery-store';
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

/** The steps the case waits in now (several while a parallel stage runs), with the office and the officer. */
const openStepsOf = (db: Db, caseId: Expression<string>) =>
  db
    .selectFrom('case_tasks as t')
    .innerJoin('departments as td', 'td.id', 't.department_id')
    .leftJoin('staff_users as u', 'u.id', 't.assignee_id')
    .select(['t.step_name', 'td.name as department_name', 'u.display_name'])
    .where('t.case_id', '=', caseId)
    .where('t.state', '=', 'open')
    .orderBy('t.step_index');

/**
 * One round trip (decision 16): the case with its title and the current step's
 * name (picked in SQL, not the whole item content), the office, the dated
 * history, the open steps, the last staff member who acted, the delivery row and
 * the calendar's revision for the days left. A joint case's parent reads its children besides.
 */
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
      'c.applicant_name',
      'c.submitted_at',
      'c.promised_deadline',
      'c.deadlines_provisional',
      'c.delivery_method',
      'c.hall_id',
      'c.intake_region_code',
      'c.competent_department_id',
      'c.case_kind',
      caseTitleColumn,
      'd.name as department_name',
    ])
    .select((eb) => [
      sql<string | null>`(SELECT step->>'name' FROM jsonb_array_elements(v.content->'workflow') AS step
                          WHERE step->>'key' = c.current_step LIMIT 1)`.as('step_name'),
      jsonArrayFrom(eventRowsOf(db, eb.ref('c.id'))).as('events'),
      jsonArrayFrom(openStepsOf(db, eb.ref('c.id'))).as('open_steps'),
      eb
        .selectFrom('case_events as e')
        .select('e.actor_name')
        .whereRef('e.case_id', '=', 'c.id')
        .where('e.actor_kind', '=', 'staff')
        .orderBy('e.id', 'desc')
        .limit(1)
        .as('handler_name'),
      eb.selectFrom('calendar_revision').select('revision').as('calendar_revision'),
      jsonObjectFrom(eb.selectFrom('case_deliveries').selectAll().whereRef('case_id', '=', 'c.id')).as(
        'delivery',
      ),
    ])
    .where('c.public_code', '=', code)
    .executeTakeFirst();
  if (!row) throw new AppError(404, 'NOT_FOUND', '查不到这个办件，请核对二维码或查询码');
  const openSteps = row.open_steps.map((open) => ({
    stepName: open.step_name,
    departmentName: open.department_name,
    handlerNameMasked: open.display_name ? maskName(open.display_name) : null,
  }));
  const children = row.case_kind === 'bundle' ? await childrenView(db, row.id) : null;
  return {
    caseNumber: row.case_number,
    itemName: row.item_name,
    status: row.status,
    statusLabel: CASE_STATUSES[row.status],
    currentStep: openSteps.map((open) => open.stepName).join('、') || row.step_name,
    departmentName: row.department_name,
    openSteps,
    applicantNameMasked: maskName(row.applicant_name),
    handlerNameMasked: row.handler_name ? maskName(row.handler_name) : null,
    submittedAt: row.submitted_at.toISOString(),
    promisedDeadline: row.promised_deadline?.toISOString() ?? null,
    deadlineProvisional: row.deadlines_provisional,
    workingDaysLeft:
      row.status === 'accepted' && row.promised_deadline
        ? await workingDaysLeft(db, row.promised_deadline, {
            calendarRevision: row.calendar_revision ?? undefined,
          })
        : null,
    // The aggregate's rows are case_events' (times as text); the join's other tables blur their types.
    timeline: (row.events as EventRow[]).map((event) => timelineEntry(event, publicName)),
    delivery: await publicDelivery(db, row, deliveryRowOf(row.delivery)),
    // A joint case's parent: each child's office, status and open steps; no case ids, no results.
    children: children?.map(({ id: _id, result: _result, ...child }) => child) ?? null,
  };
}
