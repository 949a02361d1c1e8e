import { type IsoDate, isIsoDate, isWeekend, yearOf } from './days';
import type { DayKind } from './working-days';

/**
 * A year's official schedule (国务院办公厅关于某年部分节假日安排的通知): its holidays
 * and its make-up working days, each named after the holiday it belongs to.
 */
export interface ScheduledDay {
  date: IsoDate;
  kind: DayKind;
  name: string;
}

export type ScheduleProblemCode =
  | 'bad_date'
  | 'outside_year'
  | 'duplicate'
  | 'holiday_and_workday'
  | 'workday_on_weekday'
  | 'no_holiday';

/** [Chinese, English]: the server answers in Chinese, the staff app shows either. */
export const SCHEDULE_PROBLEM_MESSAGES: Record<ScheduleProblemCode, readonly [string, string]> = {
  bad_date: ['日期无效，应为 YYYY-MM-DD', 'Not a valid date (YYYY-MM-DD)'],
  outside_year: ['日期不在所导入的年份内', 'The date is outside the year being loaded'],
  duplicate: ['同一日期重复出现', 'The date appears twice'],
  holiday_and_workday: [
    '同一日期不能既是放假日又是调休上班日',
    'A date cannot be both a holiday and a make-up working day',
  ],
  workday_on_weekday: [
    '调休上班日应为周六或周日，工作日本来就上班',
    'A make-up working day must be a Saturday or Sunday; weekdays are working days already',
  ],
  no_holiday: ['全年安排至少应有一个放假日', 'A yearly schedule has at least one holiday'],
};

export interface ScheduleProblem {
  code: ScheduleProblemCode;
  date?: string;
}

/** Whether a single day may be set to `kind`: a make-up working day falls on a weekend. */
export function dayProblem(date: string, kind: DayKind): ScheduleProblemCode | null {
  if (!isIsoDate(date)) return 'bad_date';
  if (kind === 'workday' && !isWeekend(date)) return 'workday_on_weekday';
  return null;
}

/** Everything wrong with a year's schedule, each date named: dates in that year, none twice, none both kinds. */
export function yearScheduleProblems(year: number, days: readonly ScheduledDay[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const kinds = new Map<string, DayKind>();
  for (const day of days) {
    const single = dayProblem(day.date, day.kind);
    if (single === 'bad_date') {
      problems.push({ code: single, date: day.date });
      continue;
    }
    if (yearOf(day.date) !== year) problems.push({ code: 'outside_year', date: day.date });
    const seen = kinds.get(day.date);
    if (seen)
      problems.push({ code: seen === day.kind ? 'duplicate' : 'holiday_and_workday', date: day.date });
    else if (single) problems.push({ code: single, date: day.date });
    kinds.set(day.date, day.kind);
  }
  if (!days.some((day) => day.kind === 'holiday')) problems.push({ code: 'no_holiday' });
  return problems;
}
