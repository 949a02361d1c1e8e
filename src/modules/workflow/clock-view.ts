import type { Db } from '../../db/database';
import { notFound } from '../../server/errors';
import { allows } from '../../shared/case-lifecycle';
import type { StaffActor } from '../auth/actor';
import { lostWorkingDays } from '../calendar/rules/deadlines';
import type { WorkingCalendar } from '../calendar/rules/working-days';
import { itemOfCase } from '../cases/case-item';
import { holderOf } from './act-on-task';
import { calendarOfCase, clockOf, periodOf, type SuspensionRow, suspensionsOf } from './case-clock';
import { caseFiles, filesByIds } from './case-files';
import { extensionsOfCase } from './extension-queries';
import { caseDeadlines, neverEarlier, taskDeadline } from './rules/clock';
import { mayAct, maySee, type TaskRow } from './task-access';
import { verificationsOfCase } from './verification-queries';
import { stepOfTask } from './workflow-of';

/**
 * A task's clock as its page shows it: the case's and the step's deadlines
 * (while the clock stands still, also where they will be if it restarts
 * today), every stop with the working days it took, the extension requests,
 * the verification requests with their answers, the case's files (to attach
 * to a request), and which clock actions the reader may take now.
 */

async function stopViews(
  db: Db,
  stops: SuspensionRow[],
  calendar: WorkingCalendar,
  acceptedAt: Date,
  now: Date,
) {
  const [steps, files] = await Promise.all([
    stops.length === 0
      ? []
      : db
          .selectFrom('case_tasks')
          .select(['id', 'step_name'])
          .where(
            'id',
            'in',
            stops.map((stop) => stop.task_id),
          )
          .execute(),
    filesByIds(
      db,
      stops.flatMap((stop) => stop.answer_material_ids),
    ),
  ]);
  return stops.map((stop) => ({
    id: stop.id,
    kind: stop.kind,
    note: stop.note,
    corrections: stop.corrections,
    stepName: steps.find((step) => step.id === stop.task_id)?.step_name ?? '',
    documentId: stop.document_id,
    startedAt: stop.started_at.toISOString(),
    startedByName: stop.started_by_name,
    endedAt: stop.ended_at?.toISOString() ?? null,
    endedByName: stop.ended_by_name,
    endNote: stop.end_note,
    answerChannel: stop.answer_channel,
    answerFiles: stop.answer_material_ids.flatMap((id) => files.get(id) ?? []),
    lostWorkingDays: lostWorkingDays(calendar, periodOf(stop), { startedAt: acceptedAt, now }),
  }));
}

/** The task and its case, if the reader may see the task (else 404). */
export async function visibleTask(db: Db, actor: StaffActor, taskId: string) {
  const task: TaskRow | undefined = await db
    .selectFrom('case_tasks')
    .selectAll()
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task) throw notFound('待办');
  const holder = await holderOf(db, task);
  if (!maySee(actor, task, holder)) throw notFound('待办');
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', task.case_id)
    .executeTakeFirstOrThrow();
  return { task, holder, row };
}

export async function taskClock(db: Db, actor: StaffActor, taskId: string) {
  const { task, holder, row } = await visibleTask(db, actor, taskId);
  const item = await itemOfCase(db, row.item_id, row.item_version);
  const now = new Date();
  const [calendar, stops, extensions, verifications, files, clock] = await Promise.all([
    calendarOfCase(db, row.id, now),
    suspensionsOf(db, row.id),
    extensionsOfCase(db, row.id),
    verificationsOfCase(db, actor, row.id),
    caseFiles(db, row.case_number),
    clockOf(db, row, item),
  ]);
  const running = stops.find((stop) => stop.ended_at === null) ?? null;
  const views = await stopViews(db, stops, calendar, clock.acceptedAt, now);
  // While the clock stands still: the deadlines as they would be were it restarted today.
  const projected = running ? caseDeadlines(calendar, clock, stops.map(periodOf), now) : null;
  const projectedTask = running
    ? taskDeadline(
        calendar,
        { openedAt: task.opened_at, limitDays: Number(task.limit_days) },
        stops.map(periodOf),
        now,
      )
    : null;
  const iso = (value: Date | null | undefined) => value?.toISOString() ?? null;
  const later = (stored: Date | null, computed: Date | null | undefined) =>
    computed ? iso(neverEarlier(stored, computed)) : null;
  const open = task.state === 'open' && allows(row.status, 'suspend');
  const acting = open && mayAct(actor, task, holder);
  const actions = stepOfTask(item.content, task).actions;
  const extended = extensions.some((extension) => extension.state !== 'rejected');
  return {
    taskId: task.id,
    version: task.row_version,
    caseId: row.id,
    caseNumber: row.case_number,
    caseStatus: row.status,
    stepName: task.step_name,
    running: views.find((view) => view.id === running?.id) ?? null,
    deadlines: {
      promised: {
        stored: iso(row.promised_deadline),
        projected: later(row.promised_deadline, projected?.promised),
      },
      legal: { stored: iso(row.legal_deadline), projected: later(row.legal_deadline, projected?.legal) },
      task: { stored: iso(task.due_at), projected: later(task.due_at, projectedTask) },
    },
    suspensions: views,
    extensions,
    verifications,
    caseFiles: files,
    allowed: {
      suspend: acting && !running && actions.includes('suspend'),
      resume: acting && running?.task_id === task.id && running.kind !== 'correction',
      correction: acting && !running && actions.includes('return'),
      extension: acting && actions.includes('extend') && row.legal_deadline !== null && !extended,
      verify: acting && actions.includes('verify'),
    },
  };
}
