import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedSchedules } from '../shipped-schedule';
import { coverageStatus } from './coverage';
import { formatScheduleText, parseScheduleText } from './schedule-text';
import { type ScheduledDay, yearScheduleProblems } from './year-schedule';

const OFFICIAL_2027_STYLE = `
# 2027 年部分节假日安排（示例）
2027-01-01 元旦
2027-02-06..2027-02-12 春节
2027-2-14 春节调休上班
2027-09-26 国庆节 调休上班
2027-10-01 至 2027-10-07 国庆节
2027-10-09 上班
`;

describe('the pasted schedule text', () => {
  it('reads single days, runs and make-up working days', () => {
    const { days, problems } = parseScheduleText(OFFICIAL_2027_STYLE);
    expect(problems).toEqual([]);
    expect(days.filter((day) => day.kind === 'holiday')).toHaveLength(1 + 7 + 7);
    expect(days).toContainEqual({ date: '2027-02-12', kind: 'holiday', name: '春节' });
    expect(days).toContainEqual({ date: '2027-02-14', kind: 'workday', name: '春节' });
    expect(days).toContainEqual({ date: '2027-09-26', kind: 'workday', name: '国庆节' });
    expect(days).toContainEqual({ date: '2027-10-09', kind: 'workday', name: '调休上班' });
  });

  it('names every line it cannot read', () => {
    const { problems } = parseScheduleText(
      '2027-13-01 元旦\n国庆节放假\n2027-10-07..2027-10-01 国庆节\n2027-01-01..2027-03-01 长假',
    );
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [1, 'bad_date'],
      [2, 'bad_line'],
      [3, 'range_reversed'],
      [4, 'range_too_long'],
    ]);
  });

  it('writes every shipped year back to text that reads the same', () => {
    for (const days of shippedSchedules().values()) {
      const again = parseScheduleText(formatScheduleText(days));
      expect(again.problems).toEqual([]);
      expect(again.days).toEqual(days);
    }
  });

  it('round-trips any schedule', () => {
    // A holiday named …上班 would read as a make-up working day; no official name is.
    const day = fc.oneof(
      fc.record({
        kind: fc.constant<ScheduledDay['kind']>('holiday'),
        name: fc.constantFrom('元旦', '春节', '国庆节'),
      }),
      fc.record({
        kind: fc.constant<ScheduledDay['kind']>('workday'),
        name: fc.constantFrom('春节', '调休上班'),
      }),
    );
    const dated = fc.record({ offset: fc.integer({ min: 0, max: 364 }), day });
    fc.assert(
      fc.property(fc.uniqueArray(dated, { selector: (d) => d.offset, maxLength: 40 }), (drawn) => {
        const days = drawn
          .map(({ offset, day: { kind, name } }) => ({
            date: new Date(Date.UTC(2027, 0, 1 + offset)).toISOString().slice(0, 10),
            kind,
            name,
          }))
          .sort((a, b) => (a.date < b.date ? -1 : 1));
        expect(parseScheduleText(formatScheduleText(days)).days).toEqual(days);
      }),
    );
  });
});

describe('checking a year schedule', () => {
  it('accepts every shipped year', () => {
    for (const [year, days] of shippedSchedules()) expect(yearScheduleProblems(year, days)).toEqual([]);
  });

  it('refuses dates of another year, repeats, a date of both kinds and a weekday make-up day', () => {
    const problems = yearScheduleProblems(2027, [
      { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2027-09-26', kind: 'holiday', name: '国庆节' },
      { date: '2027-09-26', kind: 'workday', name: '国庆节' },
      { date: '2027-09-27', kind: 'workday', name: '国庆节' },
      { date: '2027-02-30', kind: 'holiday', name: '春节' },
    ]);
    expect(problems).toEqual([
      { code: 'outside_year', date: '2026-10-01' },
      { code: 'duplicate', date: '2027-10-01' },
      { code: 'holiday_and_workday', date: '2027-09-26' },
      { code: 'workday_on_weekday', date: '2027-09-27' },
      { code: 'bad_date', date: '2027-02-30' },
    ]);
    expect(yearScheduleProblems(2027, [{ date: '2027-09-26', kind: 'workday', name: '国庆节' }])).toEqual([
      { code: 'no_holiday' },
    ]);
  });
});

describe('the missing-year warning', () => {
  const covered = [2025, 2026];

  it('says nothing before the last quarter', () => {
    expect(coverageStatus(covered, '2026-09-30')).toEqual({
      today: '2026-09-30',
      latestCoveredYear: 2026,
      warning: null,
      missingYear: null,
    });
  });

  it('asks for the next year from 1 October until it is loaded', () => {
    expect(coverageStatus(covered, '2026-10-01').warning).toBe('next_year_missing');
    expect(coverageStatus(covered, '2026-12-31').missingYear).toBe(2027);
    expect(coverageStatus([...covered, 2027], '2026-11-23').warning).toBeNull();
  });

  it('asks for the current year when it is missing', () => {
    expect(coverageStatus(covered, '2027-01-01')).toMatchObject({
      warning: 'current_year_missing',
      missingYear: 2027,
    });
    expect(coverageStatus([], '2026-05-01')).toMatchObject({ latestCoveredYear: null, missingYear: 2026 });
  });
});
