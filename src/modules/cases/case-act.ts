import type { Db, Tx } from '../../db/database';
import { notFound } from '../../server/errors';
import type { AuditAction } from '../../shared/audit-actions';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import type { Notifier } from '../notify/notifier';
import { type CaseAccess, caseActor, type Desk, intakeClerk, SYSTEM_EVENT_ACTOR } from './acting';
import { type CaseItem, parentHasNoItem } from './case-item';
import { notifyApplicant } from './case-notify';
import { type CaseRow, checkVersion, type EventActor, lockCaseWithItem } from './case-store';
import type { Act } from './schemas';

/**
 * The frame of every clerk's act on a case: one transaction; the case locked;
 * the clerk's scope, window and the version they saw checked; then the act.
 */

export interface ActDeps {
  db: Db;
  notifier: Notifier;
}

export interface ActContext {
  tx: Tx;
  row: CaseRow;
  item: CaseItem;
  desk: Desk | null;
  eventActor: EventActor;
}

/** An act's context before its item is read (a joint case's parent has none). */
export type CaseFrame = Omit<ActContext, 'item'>;

/**
 * The frame without requiring an item: for acts that also apply to a joint
 * case's parent (delivery). The case is locked with its item version (null on
 * a parent), then scope, window and version are checked before the act.
 */
export async function actOnLockedCase<T>(
  db: Db,
  actor: StaffActor,
  caseId: string,
  input: Act,
  act: (frame: CaseFrame, item: CaseItem | null) => Promise<T>,
  access: CaseAccess = intakeClerk,
): Promise<T> {
  return await db.transaction().execute(async (tx) => {
    const { row, item } = await lockCaseWithItem(tx, caseId);
    if (!(await access(actor, row, tx))) throw notFound('办件');
    const { desk, eventActor } = await caseActor(tx, actor, row, input.windowId);
    checkVersion(row, input.version);
    return await act({ tx, row, desk, eventActor }, item);
  });
}

export async function actOnCase<T>(
  db: Db,
  actor: StaffActor,
  caseId: string,
  input: Act,
  act: (context: ActContext) => Promise<T>,
  access: CaseAccess = intakeClerk,
): Promise<T> {
  const withItem = async (frame: CaseFrame, item: CaseItem | null) => {
    if (item === null) throw parentHasNoItem();
    return await act({ ...frame, item });
  };
  return await actOnLockedCase(db, actor, caseId, input, withItem, access);
}

/** The frame of an act the platform takes by itself (a scheduled job): one transaction, the case locked. */
export async function actAsSystem<T>(
  db: Db,
  caseId: string,
  act: (context: ActContext) => Promise<T>,
): Promise<T> {
  return await db.transaction().execute(async (tx) => {
    const { row, item } = await lockCaseWithItem(tx, caseId);
    if (item === null) throw parentHasNoItem();
    return await act({ tx, row, item, desk: null, eventActor: SYSTEM_EVENT_ACTOR });
  });
}

/** What a status change needs of the act's context: the transaction, the row before, what the case is for. */
export type ChangeContext = Pick<ActContext, 'tx' | 'row'> & { item: { content: { name: string } } };

/** After a status change: the applicant is told, the audit log gets the change. */
export async function statusChanged(
  context: ChangeContext,
  deps: { notifier: Notifier; audit: AuditActor },
  after: CaseRow,
  action: AuditAction,
  extra = '',
): Promise<void> {
  await notifyApplicant(context.tx, deps.notifier, after, context.item.content.name, extra);
  await recordAudit(context.tx, deps.audit, {
    action,
    entityType: 'case',
    entityId: after.id,
    regionCode: after.intake_region_code,
    before: { status: context.row.status, version: context.row.row_version },
    after: { caseNumber: after.case_number, status: after.status, version: after.row_version },
  });
}
