import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCalendar, arbitraryFirstYearDate, instantOn } from '../../../../tests/support/calendars';
import { addDays, type IsoDate, shanghaiDate } from '../../calendar/rules/days';
import { deadlineAfter, extendDeadline, type Suspension } from '../../calendar/rules/deadlines';
import { caseDeadlines, taskDeadline } from './clock';

/** Ended stops beginning within `days` calendar days after `from`, each up to three weeks long. */
const endedStops = (from: IsoDate, days: number) =>
  fc.array(
    fc
      .tuple(
        fc.integer({ min: 1, max: days }),
        fc.integer({ min: 0, max: 20 }),
        fc.nat(86_399),
        fc.nat(86_399),
      )
      .map(
        ([offset, length, startSecond, endSecond]): Suspension => ({
          start: instantOn(addDays(from, offset), startSecond),
          end: instantOn(addDays(from, offset + length), endSecond),
        }),
      ),
    { maxLength: 3 },
  );

const input = arbitraryFirstYearDate.chain((accepted) =>
  fc.record({
    accepted: fc.constant(accepted),
    promisedDays: fc.integer({ min: 1, max: 20 }),
    legalDays: fc.integer({ min: 1, max: 45 }),
    extensionDays: fc.integer({ min: 0, max: 15 }),
    stops: endedStops(accepted, 60),
    running: fc.integer({ min: 1, max: 60 }),
    elapsed: fc.integer({ min: 0, max: 30 }),
  }),
);

describe('the clock of a case', () => {
  it('projects, while a stop runs, exactly the deadlines that ending it at that moment stores', () => {
    fc.assert(
      fc.property(arbitraryCalendar, input, (calendar, example) => {
        const acceptedAt = instantOn(example.accepted, 40_000);
        const clock = { ...example, acceptedAt };
        const start = instantOn(addDays(example.accepted, example.running), 30_000);
        const now = instantOn(addDays(example.accepted, example.running + example.elapsed), 50_000);
        const running = [...example.stops, { start, end: null }];
        const ended = [...example.stops, { start, end: now }];
        expect(caseDeadlines(calendar, clock, running, now)).toEqual(
          caseDeadlines(calendar, clock, ended, now),
        );
        const task = { openedAt: acceptedAt, limitDays: example.promisedDays };
        expect(taskDeadline(calendar, task, running, now)).toEqual(taskDeadline(calendar, task, ended, now));
      }),
    );
  });

  it('never brings a deadline forward for a stop', () => {
    fc.assert(
      fc.property(arbitraryCalendar, input, (calendar, example) => {
        const acceptedAt = instantOn(example.accepted, 40_000);
        const clock = { ...example, acceptedAt };
        const now = instantOn(addDays(example.accepted, 120), 0);
        const without = caseDeadlines(calendar, clock, [], now);
        const stopped = caseDeadlines(calendar, clock, example.stops, now);
        expect(stopped.promised >= without.promised).toBe(true);
        expect((stopped.legal as Date) >= (without.legal as Date)).toBe(true);
        const task = { openedAt: acceptedAt, limitDays: example.legalDays };
        expect(
          taskDeadline(calendar, task, example.stops, now) >= taskDeadline(calendar, task, [], now),
        ).toBe(true);
      }),
    );
  });

  it('extends the legal deadline after the stops by exactly the extension, when they began within the original limit', () => {
    fc.assert(
      fc.property(arbitraryCalendar, input, (calendar, example) => {
        const acceptedAt = instantOn(example.accepted, 40_000);
        const base = shanghaiDate(deadlineAfter(calendar, acceptedAt, example.legalDays));
        const stops = example.stops.filter((stop) => shanghaiDate(stop.start) <= base);
        const now = instantOn(addDays(example.accepted, 120), 0);
        const clock = { ...example, acceptedAt, extensionDays: 0 };
        const moved = caseDeadlines(calendar, clock, stops, now).legal as Date;
        const extended = caseDeadlines(
          calendar,
          { ...clock, extensionDays: example.extensionDays },
          stops,
          now,
        );
        expect(extended.legal).toEqual(extendDeadline(calendar, moved, example.extensionDays));
      }),
    );
  });
});
