import type { Db, Tx } from '../../db/database';
import { AppError, type FieldProblem, invalidField, notFound } from '../../server/errors';
import { fieldLabel } from '../../shared/field-labels';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, StaffActor } from '../auth/actor';
import { getYearCalendar } from './calendar-queries';
import type { DayKind } from './rules/working-days';
import {
  dayProblem,
  SCHEDULE_PROBLEM_MESSAGES,
  type ScheduledDay,
  yearScheduleProblems,
} from './rules/year-schedule';

/**
 * Administrators' changes to the calendar, each one transaction with its audit
 * row. Every change raises the calendar revision (by trigger), so every process
 * reloads the calendar before its next deadline computation; and `whenChanged`
 * runs in the changing transaction (the platform queues the correction of
 * provisional deadlines there, decision 0028).
 */

/** What the platform does in the transaction of every calendar change. */
export type CalendarChanged = (tx: Tx) => Promise<void>;

const message = (code: keyof typeof SCHEDULE_PROBLEM_MESSAGES) => SCHEDULE_PROBLEM_MESSAGES[code][0];

async function dayRow(tx: Tx, date: string) {
  return tx
    .selectFrom('calendar_exceptions')
    .select(['day', 'kind', 'name', 'source'])
    .where('day', '=', date)
    .forUpdate()
    .executeTakeFirst();
}

/** Makes a day a holiday or a make-up working day, with its name. */
export async function setDay(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  date: string,
  input: { kind: DayKind; name: string },
  whenChanged: CalendarChanged,
) {
  const problem = dayProblem(date, input.kind);
  if (problem) throw invalidField('kind', message(problem));
  await db.transaction().execute(async (tx) => {
    const before = await dayRow(tx, date);
    const values = { kind: input.kind, name: input.name, source: 'manual' as const, updated_by: actor.id };
    await tx
      .insertInto('calendar_exceptions')
      .values({ day: date, ...values })
      .onConflict((oc) => oc.column('day').doUpdateSet({ ...values, updated_at: new Date() }))
      .execute();
    await recordAudit(tx, audit, {
      action: 'calendar.day.set',
      entityType: 'calendar_day',
      entityId: date,
      before: before ?? null,
      after: { day: date, ...input },
    });
    await whenChanged(tx);
  });
  return dayView(db, date);
}

/** Gives a day back to the weekly rule (weekday works, weekend rests). */
export async function clearDay(db: Db, audit: AuditActor, date: string, whenChanged: CalendarChanged) {
  await db.transaction().execute(async (tx) => {
    const before = await dayRow(tx, date);
    if (!before) throw notFound('该日期的节假日设置');
    await tx.deleteFrom('calendar_exceptions').where('day', '=', date).execute();
    await recordAudit(tx, audit, {
      action: 'calendar.day.clear',
      entityType: 'calendar_day',
      entityId: date,
      before,
    });
    await whenChanged(tx);
  });
}

async function dayView(db: Db, date: string) {
  const year = await getYearCalendar(db, Number(date.slice(0, 4)));
  const view = year.exceptions.find((exception) => exception.date === date);
  if (!view) throw notFound('该日期的节假日设置');
  return view;
}

function scheduleError(days: ScheduledDay[], year: number): AppError | null {
  const problems = yearScheduleProblems(year, days);
  if (problems.length === 0) return null;
  const details: FieldProblem[] = problems.map((problem) => {
    const field = days.find((day) => day.date === problem.date)?.kind === 'workday' ? 'workdays' : 'holidays';
    const text = problem.date ? `${problem.date}：${message(problem.code)}` : message(problem.code);
    return { field, label: fieldLabel([field]), message: text };
  });
  const first = details[0] as FieldProblem;
  return new AppError(400, 'VALIDATION_FAILED', `${first.label}：${first.message}`, details);
}

/**
 * Loads a year's official schedule, replacing every holiday and make-up working
 * day of that year (days set one by one included), and marks the year covered.
 */
export async function loadYearSchedule(
  db: Db,
  actor: StaffActor,
  audit: AuditActor,
  year: number,
  input: { holidays: { date: string; name: string }[]; workdays: { date: string; name: string }[] },
  whenChanged: CalendarChanged,
) {
  const days: ScheduledDay[] = [
    ...input.holidays.map((day) => ({ ...day, kind: 'holiday' as const })),
    ...input.workdays.map((day) => ({ ...day, kind: 'workday' as const })),
  ];
  const error = scheduleError(days, year);
  if (error) throw error;
  await db.transaction().execute(async (tx) => {
    const previous = await tx
      .selectFrom('calendar_years')
      .select(['source'])
      .where('year', '=', year)
      .forUpdate()
      .executeTakeFirst();
    const removed = await tx
      .deleteFrom('calendar_exceptions')
      .where('day', '>=', `${year}-01-01`)
      .where('day', '<=', `${year}-12-31`)
      .returning(['day', 'kind', 'name'])
      .execute();
    await tx
      .insertInto('calendar_exceptions')
      .values(
        days.map((day) => ({
          day: day.date,
          kind: day.kind,
          name: day.name,
          source: 'manual',
          updated_by: actor.id,
        })),
      )
      .execute();
    const loaded = { source: 'manual' as const, loaded_by: actor.id, loaded_at: new Date() };
    await tx
      .insertInto('calendar_years')
      .values({ year, ...loaded })
      .onConflict((oc) => oc.column('year').doUpdateSet(loaded))
      .execute();
    await recordAudit(tx, audit, {
      action: 'calendar.year.load',
      entityType: 'calendar_year',
      entityId: String(year),
      before: { covered: Boolean(previous), days: removed.sort((a, b) => (a.day < b.day ? -1 : 1)) },
      after: { covered: true, days: days.map(({ date, kind, name }) => ({ day: date, kind, name })) },
    });
    await whenChanged(tx);
  });
  return getYearCalendar(db, year);
}
