import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arbitraryCalendar,
  arbitraryFirstYearDate,
  instantOn,
  shippedCalendar,
} from '../../../../tests/support/calendars';
import { addDays, type IsoDate, shanghaiDate } from './days';
import {
  computeDeadline,
  deadlineAfter,
  extendDeadline,
  lostWorkingDays,
  moveForSuspensions,
  remainingWorkingTime,
  type Suspension,
} from './deadlines';
import { addWorkingDays, isWorkingDay, type WorkingCalendar, workingDaysBetween } from './working-days';

const real = shippedCalendar();
const at = (text: string) => new Date(`${text}+08:00`);
const accepted = at('2026-09-28T15:20:00');
const legal = deadlineAfter(real, accepted, 20);

describe('deadlines on the 2026 calendar', () => {
  it('ends at 23:59:59 Asia/Shanghai of the last working day', () => {
    expect(legal.toISOString()).toBe('2026-10-30T15:59:59.000Z');
    expect(deadlineAfter(real, at('2026-09-24T09:00:00'), 6)).toEqual(at('2026-10-10T23:59:59'));
  });

  it('takes the acceptance day from Shanghai time, not UTC', () => {
    // 00:30 on Tuesday in Shanghai is still Monday in UTC: the count starts after Tuesday.
    expect(deadlineAfter(real, at('2026-09-29T00:30:00'), 1)).toEqual(at('2026-09-30T23:59:59'));
  });

  it('moves by the working days an expert review took', () => {
    const review = { start: at('2026-10-12T09:00:00'), end: at('2026-10-16T15:00:00') };
    // Lost: Mon 10-12 to Thu 10-15 (the day it ends counts again), 4 days → Thu 11-05.
    expect(lostWorkingDays(real, review, { startedAt: accepted, now: at('2026-11-01T00:00:00') })).toBe(4);
    const moved = moveForSuspensions(real, {
      startedAt: accepted,
      deadline: legal,
      suspensions: [review],
      now: legal,
    });
    expect(moved).toEqual(at('2026-11-05T23:59:59'));
  });

  it('keeps moving while a suspension is still open, and counts overlaps once', () => {
    const open: Suspension = { start: at('2026-10-12T09:00:00'), end: null };
    const input = { startedAt: accepted, deadline: legal, suspensions: [open] };
    expect(moveForSuspensions(real, { ...input, now: at('2026-10-14T10:00:00') })).toEqual(
      at('2026-11-03T23:59:59'),
    );
    const overlapping = [open, { start: at('2026-10-13T08:00:00'), end: at('2026-10-14T08:00:00') }];
    expect(
      moveForSuspensions(real, { ...input, suspensions: overlapping, now: at('2026-10-14T10:00:00') }),
    ).toEqual(at('2026-11-03T23:59:59'));
  });

  it('loses nothing for a suspension within one day or one that starts after the deadline', () => {
    const sameDay = { start: at('2026-10-12T09:00:00'), end: at('2026-10-12T17:00:00') };
    const late = { start: at('2026-11-02T09:00:00'), end: at('2026-11-06T09:00:00') };
    const now = at('2026-11-10T00:00:00');
    expect(
      moveForSuspensions(real, { startedAt: accepted, deadline: legal, suspensions: [sameDay, late], now }),
    ).toEqual(legal);
  });

  it('counts no negative days for a suspension started and ended on the acceptance day', () => {
    // Accepted Mon 09-28 15:20, suspended 15:40 and resumed 16:00 the same day: the record and SMS said "-1".
    const sameDay = { start: at('2026-09-28T15:40:00'), end: at('2026-09-28T16:00:00') };
    expect(lostWorkingDays(real, sameDay, { startedAt: accepted, now: at('2026-09-28T16:00:00') })).toBe(0);
    const open = { start: at('2026-09-28T15:40:00'), end: null };
    expect(lostWorkingDays(real, open, { startedAt: accepted, now: at('2026-09-28T17:00:00') })).toBe(0);
  });

  it('extends the legal deadline by 10 working days (第四十二条)', () => {
    expect(extendDeadline(real, legal, 10)).toEqual(at('2026-11-13T23:59:59'));
    const all = computeDeadline(real, {
      acceptedAt: accepted,
      workingDays: 20,
      extensionDays: 10,
      suspensions: [{ start: at('2026-10-12T09:00:00'), end: at('2026-10-16T15:00:00') }],
      now: at('2026-11-01T00:00:00'),
    });
    expect(all).toEqual(at('2026-11-19T23:59:59'));
  });

  it('tells the working time left, and how late a case is', () => {
    const dayBefore = remainingWorkingTime(real, at('2026-10-29T10:00:00'), legal);
    expect(dayBefore).toEqual({ overdue: false, workingDays: 1, workingSeconds: 14 * 3600 + 86_400 });
    expect(remainingWorkingTime(real, at('2026-10-30T23:00:00'), legal)).toEqual({
      overdue: false,
      workingDays: 0,
      workingSeconds: 3600,
    });
    // Saturday after the deadline: late, but no working time has passed since.
    expect(remainingWorkingTime(real, at('2026-10-31T10:00:00'), legal)).toEqual({
      overdue: true,
      workingDays: 0,
      workingSeconds: 0,
    });
    expect(remainingWorkingTime(real, at('2026-11-02T09:00:00'), legal)).toEqual({
      overdue: true,
      workingDays: -1,
      workingSeconds: -9 * 3600,
    });
    // Over the 国庆 week only the make-up Saturday and the days around it count.
    expect(
      remainingWorkingTime(real, at('2026-09-30T12:00:00'), deadlineAfter(real, accepted, 5)).workingDays,
    ).toBe(3);
  });
});

/** The definition, walked day by day: the n-th working day after acceptance that no suspension took. */
function walkedDeadline(
  c: WorkingCalendar,
  acceptedOn: IsoDate,
  days: number,
  lost: [IsoDate, IsoDate][],
): IsoDate {
  let day = acceptedOn;
  for (let counted = 0; counted < days; ) {
    day = addDays(day, 1);
    const taken = lost.some(([first, until]) => day >= first && day < until);
    if (isWorkingDay(c, day) && !taken) counted += 1;
  }
  return day;
}

const arbitrarySuspension = (from: IsoDate) =>
  fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), fc.nat(86_399), fc.nat(86_399))
    .map(([offset, length, startSecond, endSecond]) => ({
      start: instantOn(addDays(from, offset), startSecond),
      end: instantOn(addDays(from, offset + length), endSecond),
    }));

describe('deadline properties', () => {
  const limit = fc.integer({ min: 1, max: 60 });

  it('a suspension of k working days inside the period moves the deadline by exactly k working days', () => {
    fc.assert(
      fc.property(
        arbitraryCalendar,
        arbitraryFirstYearDate,
        limit,
        fc.nat(),
        fc.integer({ min: 0, max: 30 }),
        (c, a, n, pick, length) => {
          const startedAt = instantOn(a, 36_000);
          const deadline = deadlineAfter(c, startedAt, n);
          const startDay = addDays(a, 1 + (pick % workingDaysBetween(c, a, shanghaiDate(deadline))));
          const suspension = {
            start: instantOn(startDay, 3600),
            end: instantOn(addDays(startDay, length), 7200),
          };
          const now = instantOn(addDays(startDay, length + 1), 0);
          const k = lostWorkingDays(c, suspension, { startedAt, now });
          const moved = moveForSuspensions(c, { startedAt, deadline, suspensions: [suspension], now });
          expect(workingDaysBetween(c, shanghaiDate(deadline), shanghaiDate(moved))).toBe(k);
          expect(isWorkingDay(c, shanghaiDate(moved))).toBe(true);
        },
      ),
    );
  });

  it('equals the day-by-day definition for any suspensions and extension', () => {
    const input = arbitraryFirstYearDate.chain((a) =>
      fc.record({
        a: fc.constant(a),
        n: limit,
        extension: fc.integer({ min: 0, max: 15 }),
        suspensions: fc.array(arbitrarySuspension(a), { maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(arbitraryCalendar, input, (c, { a, n, extension, suspensions }) => {
        const now = instantOn(addDays(a, 200), 0);
        const got = computeDeadline(c, {
          acceptedAt: instantOn(a, 50_000),
          workingDays: n,
          extensionDays: extension,
          suspensions,
          now,
        });
        const lost = suspensions.map((s): [IsoDate, IsoDate] => [shanghaiDate(s.start), shanghaiDate(s.end)]);
        expect(shanghaiDate(got)).toBe(walkedDeadline(c, a, n + extension, lost));
      }),
    );
  });

  it('an extension of N working days moves the legal deadline by exactly N', () => {
    fc.assert(
      fc.property(
        arbitraryCalendar,
        arbitraryFirstYearDate,
        limit,
        fc.integer({ min: 0, max: 15 }),
        (c, a, n, extra) => {
          const base = deadlineAfter(c, instantOn(a, 0), n);
          const extended = extendDeadline(c, base, extra);
          expect(workingDaysBetween(c, shanghaiDate(base), shanghaiDate(extended))).toBe(extra);
          expect(shanghaiDate(extended)).toBe(addWorkingDays(c, a, n + extra));
        },
      ),
    );
  });

  it('time left is never negative before the deadline, and the days left never more than the limit', () => {
    fc.assert(
      fc.property(
        arbitraryCalendar,
        arbitraryFirstYearDate,
        limit,
        fc.integer({ min: 0, max: 120 }),
        fc.nat(86_399),
        (c, a, n, later, second) => {
          const deadline = deadlineAfter(c, instantOn(a, 0), n);
          const now = instantOn(addDays(a, later), second);
          const left = remainingWorkingTime(c, now, deadline);
          expect(left.overdue).toBe(now > deadline);
          if (!left.overdue) expect(left.workingSeconds).toBeGreaterThanOrEqual(0);
          expect(left.workingDays).toBeLessThanOrEqual(n);
          expect(left.workingSeconds).toBeLessThanOrEqual((left.workingDays + 1) * 86_400);
        },
      ),
    );
  });
});
