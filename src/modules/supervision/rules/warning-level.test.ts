import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCalendar } from '../../../../tests/support/calendars';
import { deadlineAfter } from '../../calendar/rules/deadlines';
import { warningCutoff, warningLevel } from './warning-level';

const calendar = shippedCalendar();
const at = (iso: string) => new Date(iso);

describe('warning levels', () => {
  // A 5-working-day step opened on Friday 2026-09-25: due at the end of Friday 2026-10-09
  // (National Day 10-01..10-08, with 09-28 and 10-10 as make-up working days).
  const opened = at('2026-09-25T10:00:00+08:00');
  const dueAt = deadlineAfter(calendar, opened, 5);
  const level = (now: string) =>
    warningLevel(calendar, { now: at(now), dueAt, limitDays: 5, yellowShare: 0.2 });

  it('is green until the last fifth of the working time, yellow in it, red after the deadline', () => {
    expect(dueAt.toISOString()).toBe('2026-10-09T15:59:59.000Z');
    expect(level('2026-09-30T12:00:00+08:00')).toBe('green');
    // During the holiday no working time passes: still green with the last day untouched.
    expect(level('2026-10-05T12:00:00+08:00')).toBe('green');
    expect(level('2026-10-09T08:00:00+08:00')).toBe('yellow');
    expect(level('2026-10-10T00:00:01+08:00')).toBe('red');
  });

  it('warns a same-day step only when it is late', () => {
    const sameDay = deadlineAfter(calendar, opened, 0);
    const of = (now: string) =>
      warningLevel(calendar, { now: at(now), dueAt: sameDay, limitDays: 0, yellowShare: 0.2 });
    expect(of('2026-09-25T23:00:00+08:00')).toBe('green');
    expect(of('2026-09-26T00:00:01+08:00')).toBe('red');
  });

  it('never goes back: as time passes a deadline only gets more urgent', () => {
    const rank = { green: 0, yellow: 1, red: 2 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 60 * 86_400 }),
        fc.integer({ min: 0, max: 10 * 86_400 }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        (limitDays, offset, step, yellowShare) => {
          const start = at('2026-01-05T09:00:00+08:00');
          const due = deadlineAfter(calendar, start, limitDays);
          const first = new Date(start.getTime() + offset * 1000);
          const later = new Date(first.getTime() + step * 1000);
          const a = warningLevel(calendar, { now: first, dueAt: due, limitDays, yellowShare });
          const b = warningLevel(calendar, { now: later, dueAt: due, limitDays, yellowShare });
          expect(rank[b]).toBeGreaterThanOrEqual(rank[a]);
          expect(b === 'red').toBe(later > due);
        },
      ),
    );
  });

  it('has a cutoff: a deadline is yellow or red exactly when it falls before the cutoff of its limit', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0.1, max: 30, noNaN: true })),
        fc.integer({ min: 0, max: 340 * 86_400 }),
        fc.integer({ min: -20 * 86_400, max: 60 * 86_400 }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        (limitDays, nowOffset, dueOffset, yellowShare) => {
          const now = new Date(at('2026-01-05T09:00:00+08:00').getTime() + nowOffset * 1000);
          const dueAt = new Date(now.getTime() + dueOffset * 1000);
          const level = warningLevel(calendar, { now, dueAt, limitDays, yellowShare });
          const cutoff = warningCutoff(calendar, { now, limitDays, yellowShare });
          expect(level !== 'green').toBe(dueAt < cutoff);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('runs the cutoff on through the National Day holiday', () => {
    // 5 working days, a fifth yellow = one working day: on Wednesday 09-30 at noon half a working
    // day is left of it, the holiday (10-01..10-07) adds nothing, working 10-08 would exceed.
    const cutoff = warningCutoff(calendar, {
      now: at('2026-09-30T12:00:00+08:00'),
      limitDays: 5,
      yellowShare: 0.2,
    });
    expect(cutoff.toISOString()).toBe('2026-10-07T16:00:00.000Z');
  });
});
