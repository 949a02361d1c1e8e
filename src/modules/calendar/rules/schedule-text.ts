import { addDays, dayNumber, isIsoDate } from './days';
import type { ScheduledDay } from './year-schedule';

/**
 * The text an administrator pastes to load a year's schedule, one entry a line:
 *
 *   2027-10-01..2027-10-07 国庆节      holidays, first to last day inclusive ("至" or "~" also work)
 *   2027-01-01 元旦                    one holiday
 *   2027-09-26 国庆节调休上班          a make-up working day, named after its holiday
 *   2027-10-09 调休上班                the same without the holiday's name
 *
 * A line whose name contains 上班 or 补班 lists make-up working days; the rest of
 * the name (or 调休上班 when nothing is left) names them. Blank lines and lines
 * starting with # are ignored.
 */
export type TextProblemCode = 'bad_line' | 'bad_date' | 'range_reversed' | 'range_too_long';

export const TEXT_PROBLEM_MESSAGES: Record<TextProblemCode, readonly [string, string]> = {
  bad_line: [
    '无法识别，应为“日期 名称”或“起始日期..结束日期 名称”',
    'Not understood: write "date name" or "first..last name"',
  ],
  bad_date: ['日期无效，应为 YYYY-MM-DD', 'Not a valid date (YYYY-MM-DD)'],
  range_reversed: ['结束日期早于起始日期', 'The last date is before the first'],
  range_too_long: ['一段假期不超过 31 天', 'A holiday run is at most 31 days'],
};

export interface TextProblem {
  line: number;
  code: TextProblemCode;
  text: string;
}

const LINE = /^(\d{4}-\d{1,2}-\d{1,2})(?:\s*(?:\.\.|至|~|～)\s*(\d{4}-\d{1,2}-\d{1,2}))?\s+(\S.*)$/;
const WORKDAY_WORDS = /调休上班|上班|补班/g;
const LONGEST_RUN = 31;

/** 2027-9-6 → 2027-09-06, so people may drop leading zeros. */
function padded(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
}

function daysOfLine(first: string, last: string, kind: ScheduledDay['kind'], name: string): ScheduledDay[] {
  const days: ScheduledDay[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) days.push({ date, kind, name });
  return days;
}

/** The days one line lists, or what is wrong with it. */
function parseLine(line: string): ScheduledDay[] | TextProblemCode {
  const match = LINE.exec(line);
  if (!match) return 'bad_line';
  const first = padded(match[1] as string);
  const last = match[2] ? padded(match[2]) : first;
  if (!isIsoDate(first) || !isIsoDate(last)) return 'bad_date';
  if (last < first) return 'range_reversed';
  if (dayNumber(last) - dayNumber(first) >= LONGEST_RUN) return 'range_too_long';
  const label = (match[3] as string).trim();
  const workday = label.search(WORKDAY_WORDS) >= 0;
  const name = workday ? label.replace(WORKDAY_WORDS, '').trim() || '调休上班' : label;
  return daysOfLine(first, last, workday ? 'workday' : 'holiday', name);
}

export function parseScheduleText(text: string): { days: ScheduledDay[]; problems: TextProblem[] } {
  const days: ScheduledDay[] = [];
  const problems: TextProblem[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') problems.push({ line: index + 1, code: parsed, text: line });
    else days.push(...parsed);
  }
  return { days, problems };
}

/** The schedule written back in the same format, runs of consecutive holidays of one name on one line. */
export function formatScheduleText(days: readonly ScheduledDay[]): string {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : 1));
  const lines: string[] = [];
  let run: { first: string; last: string; name: string } | null = null;
  const flush = () => {
    if (run) lines.push(`${run.first === run.last ? run.first : `${run.first}..${run.last}`} ${run.name}`);
    run = null;
  };
  for (const day of sorted) {
    if (day.kind === 'workday') {
      flush();
      lines.push(`${day.date} ${day.name === '调休上班' ? '' : day.name}调休上班`);
    } else if (run && run.name === day.name && addDays(run.last, 1) === day.date) {
      run.last = day.date;
    } else {
      flush();
      run = { first: day.date, last: day.date, name: day.name };
    }
  }
  flush();
  return lines.join('\n');
}
