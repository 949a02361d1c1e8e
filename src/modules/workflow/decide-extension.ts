import type { Selectable } from 'kysely';
import type { CaseExtensionsTable } from '../../db/schema';
import { conflict, forbidden, notFound } from '../../server/errors';
import { allows } from '../../shared/case-lifecycle';
import { hasPermission } from '../../shared/roles';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { shanghaiDate } from '../calendar/rules/days';
import { staffAt } from '../cases/acting';
import { documentHead, issueDocument } from '../cases/case-documents';
import { itemOfCase } from '../cases/case-item';
import { appendEvent, type EventActor, lockCase } from '../cases/case-store';
import type { TaskDeps } from './act-on-task';
import { calendarOfCase, recomputeDeadlines } from './case-clock';
import { leaderScopes } from './clock-access';
import { staffPhones, tellApplicant } from './clock-notify';
import type { ExtensionDecisionBody } from './clock-schemas';
import type { ClockFrame } from './restart-clock';
import { extensionContent } from './rules/clock-documents';
import { smsToStaff } from './task-notify';

/**
 * A leader of the task's department decides an extension request: approved,
 * the legal deadline is computed again with the extension (after every stop
 * of the clock so far), the applicant gets the written notice with the
 * reasons; rejected, the deadline stays. Either way the requester is told.
 */

type ExtensionRow = Selectable<CaseExtensionsTable>;

export interface ExtensionDecided {
  id: string;
  state: 'approved' | 'rejected';
  legalDeadline: string | null;
}

export function leadsExtension(
  actor: StaffActor,
  extension: Pick<ExtensionRow, 'department_id' | 'region_code'>,
) {
  return leaderScopes(actor).some(
    (scope) =>
      scope.departmentId === extension.department_id &&
      (scope.regionCode === null || extension.region_code.startsWith(scope.regionCode)),
  );
}

async function decide(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  extensionId: string,
  act: (frame: ClockFrame, extension: ExtensionRow, by: EventActor) => Promise<ExtensionDecided>,
): Promise<ExtensionDecided> {
  const found = await deps.db
    .selectFrom('case_extensions')
    .select('case_id')
    .where('id', '=', extensionId)
    .executeTakeFirst();
  if (!found) throw notFound('延期申请');
  const calendar = await calendarOfCase(deps.db, found.case_id, new Date());
  return await deps.db.transaction().execute(async (tx) => {
    const row = await lockCase(tx, found.case_id);
    const extension = await tx
      .selectFrom('case_extensions')
      .selectAll()
      .where('id', '=', extensionId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!leadsExtension(actor, extension)) {
      if (!hasPermission(actor.grants, 'case.view', extension.region_code)) throw notFound('延期申请');
      throw forbidden('只有该部门的领导才能审批延期申请');
    }
    if (extension.state !== 'requested') {
      throw conflict('EXTENSION_DECIDED', '这份延期申请已经审批过了', { state: extension.state });
    }
    if (!allows(row.status, 'decide_extension')) {
      throw conflict('CASE_NOT_OPEN', `办件 ${row.case_number} 已不在办理中，无需再审批延期`, {
        status: row.status,
      });
    }
    const item = await itemOfCase(tx, row.item_id, row.item_version);
    const by = (await staffAt(tx, actor, null, 'office')).eventActor;
    return await act({ tx, row, item, calendar, audit, notifier: deps.notifier }, extension, by);
  });
}

async function markDecided(
  frame: ClockFrame,
  extension: ExtensionRow,
  by: EventActor,
  decision: {
    state: 'approved' | 'rejected';
    note: string;
  },
) {
  await frame.tx
    .updateTable('case_extensions')
    .set({
      state: decision.state,
      decided_at: new Date(),
      decided_by: by.id,
      decided_by_name: by.name,
      decision_note: decision.note,
    })
    .where('id', '=', extension.id)
    .execute();
  await smsToStaff(frame.tx, frame.notifier, await staffPhones(frame.tx, extension.requested_by), {
    purpose: 'extension_decided',
    body: `【一次政务服务】办件${frame.row.case_number}的延期申请${decision.state === 'approved' ? '已获批准' : '未获批准'}。`,
  });
}

export async function approveExtension(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  extensionId: string,
  input: ExtensionDecisionBody,
): Promise<ExtensionDecided> {
  return await decide(deps, actor, audit, extensionId, async (frame, extension, by) => {
    const { tx, row, item } = frame;
    await markDecided(frame, extension, by, { state: 'approved', note: input.note });
    const {
      row: after,
      before,
      after: deadlines,
    } = await recomputeDeadlines(tx, row, item, frame.calendar, new Date());
    const legal = deadlines.legal as Date;
    const content = extensionContent(await documentHead(tx, after, null), {
      reason: extension.reason,
      workingDays: extension.working_days,
      legalDeadline: shanghaiDate(legal),
    });
    const document = await issueDocument(tx, after, 'extension', content, by);
    await tx
      .updateTable('case_extensions')
      .set({ legal_deadline_before: before.legal, legal_deadline_after: legal, document_id: document.id })
      .where('id', '=', extension.id)
      .execute();
    await appendEvent(tx, after, 'extension_approved', by, {
      extensionId: extension.id,
      workingDays: extension.working_days,
      reason: extension.reason,
      note: input.note,
      legalDeadline: { before: before.legal?.toISOString() ?? null, after: legal.toISOString() },
      document: document.number,
    });
    await tellApplicant(
      tx,
      frame.notifier,
      row,
      item.content.name,
      `经批准延长办理期限${extension.working_days}个工作日，法定办结期限为${shanghaiDate(legal)}，理由见${document.title}（${document.number}）。`,
    );
    await recordAudit(tx, audit, {
      action: 'case.approve_extension',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.competent_region_code,
      before: { legalDeadline: before.legal },
      after: { caseNumber: row.case_number, extensionId: extension.id, legalDeadline: legal },
    });
    return { id: extension.id, state: 'approved', legalDeadline: legal.toISOString() };
  });
}

export async function rejectExtension(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  extensionId: string,
  input: ExtensionDecisionBody,
): Promise<ExtensionDecided> {
  return await decide(deps, actor, audit, extensionId, async (frame, extension, by) => {
    const { tx, row } = frame;
    await markDecided(frame, extension, by, { state: 'rejected', note: input.note });
    await appendEvent(tx, row, 'extension_rejected', by, { extensionId: extension.id, note: input.note });
    await recordAudit(tx, audit, {
      action: 'case.reject_extension',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.competent_region_code,
      after: { caseNumber: row.case_number, extensionId: extension.id, note: input.note },
    });
    return { id: extension.id, state: 'rejected', legalDeadline: row.legal_deadline?.toISOString() ?? null };
  });
}
