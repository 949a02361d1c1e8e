import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import { AppError, forbidden, notFound } from '../../server/errors';
import { allows, CASE_ACTS, type CaseAct } from '../../shared/case-lifecycle';
import { CASE_STATUSES } from '../../shared/case-terms';
import { hasPermission } from '../../shared/roles';
import type { ResidentActor, StaffActor } from '../auth/actor';
import type { CaseRow, EventActor } from './case-store';

/**
 * Who acts on a case and where: a clerk acts at a window of a hall within
 * their case.intake scope; decisions on a case need its intake region in that
 * scope (else the case answers 404, as records outside a scope do).
 */

export interface Desk {
  hallId: string;
  hallName: string;
  hallRegion: string;
  windowId: string;
  place: string;
}

/** The office a staff member acts for: their department's name (read with the window when they sit at one). */
function officeQuery(db: Db | Tx, actor: StaffActor) {
  return db
    .selectFrom('departments')
    .select('name')
    .where('id', '=', actor.departmentId ?? sql<string>`NULL`);
}

/**
 * A staff member as the history records them: at the window they name (checked
 * against their halls; the act then counts as at the window) or through
 * `channel` without one. One query for the window, its hall and their office.
 */
export async function staffAt(
  db: Db | Tx,
  actor: StaffActor,
  windowId: string | null,
  channel: EventActor['channel'],
): Promise<{ desk: Desk | null; eventActor: EventActor }> {
  const eventActor = (desk: Desk | null, officeName: string | null): EventActor => ({
    kind: 'staff',
    id: actor.id,
    name: actor.name,
    officeName,
    hallId: desk?.hallId ?? null,
    windowId: desk?.windowId ?? null,
    place: desk?.place ?? null,
    channel,
  });
  if (!windowId) {
    const office = await officeQuery(db, actor).executeTakeFirst();
    return { desk: null, eventActor: eventActor(null, office?.name ?? null) };
  }
  const row = await db
    .selectFrom('service_windows as w')
    .innerJoin('halls as h', 'h.id', 'w.hall_id')
    .select([
      'w.id',
      'w.number',
      'w.active as window_active',
      'h.id as hall_id',
      'h.name',
      'h.region_code',
      'h.active',
    ])
    .select(officeQuery(db, actor).as('office_name'))
    .where('w.id', '=', windowId)
    .executeTakeFirst();
  if (!row?.active || !row.window_active) throw notFound('窗口');
  if (!hasPermission(actor.grants, 'case.intake', row.region_code)) {
    throw forbidden(`您不能在${row.name}受理办件：该大厅不在您的受理范围内`);
  }
  const desk: Desk = {
    hallId: row.hall_id,
    hallName: row.name,
    hallRegion: row.region_code,
    windowId: row.id,
    place: `${row.name} ${row.number}号窗口`,
  };
  return { desk, eventActor: eventActor(desk, row.office_name) };
}

export function residentEventActor(actor: ResidentActor): EventActor {
  return {
    kind: 'resident',
    id: actor.id,
    name: actor.name ?? actor.phone,
    officeName: null,
    hallId: null,
    windowId: null,
    place: null,
    channel: 'online',
  };
}

export const SYSTEM_EVENT_ACTOR: EventActor = {
  kind: 'system',
  id: null,
  name: '系统',
  officeName: null,
  hallId: null,
  windowId: null,
  place: null,
  channel: 'system',
};

/**
 * The clerk acting on an existing case: at their window when they name one
 * (the act then counts as at the window), else through the case's own channel.
 */
export function caseActor(
  db: Db | Tx,
  actor: StaffActor,
  row: CaseRow,
  windowId: string | undefined,
): Promise<{ desk: Desk | null; eventActor: EventActor }> {
  return staffAt(db, actor, windowId ?? null, windowId ? 'window' : row.channel);
}

/**
 * Who may act on a case; refusing answers 404, as records outside a scope do.
 * It runs inside the act's transaction with the case locked, so it may read what
 * the case row does not hold (e.g. who a delivery is assigned to).
 */
export type CaseAccess = (actor: StaffActor, row: CaseRow, db: Db | Tx) => boolean | Promise<boolean>;

/** Intake decisions are for clerks whose scope covers the case's intake region. */
export const intakeClerk: CaseAccess = (actor, row) =>
  hasPermission(actor.grants, 'case.intake', row.intake_region_code);

/** The competent office itself, or a clerk of its jurisdiction (e.g. signing for posted paper). */
export const competentOffice: CaseAccess = (actor, row) =>
  actor.departmentId === row.competent_department_id ||
  hasPermission(actor.grants, 'case.intake', row.competent_region_code);

/** The act is refused unless the lifecycle table allows it in the case's status. */
export function requireAct(row: Pick<CaseRow, 'status' | 'case_number'>, act: CaseAct): void {
  if (!allows(row.status, act)) {
    throw new AppError(
      409,
      'CASE_STATUS_CONFLICT',
      `办件 ${row.case_number} 当前为“${CASE_STATUSES[row.status]}”，不能${CASE_ACTS[act].label}`,
      { status: row.status, act },
    );
  }
}
