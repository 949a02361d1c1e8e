import { describe, expect, it } from 'vitest';
import {
  allows,
  CASE_ACTS,
  type CaseAct,
  FINAL_STATUSES,
  isFinal,
  officeActs,
  type WindowFacts,
  windowActs,
} from './case-lifecycle';
import { CASE_STATUSES, type CaseStatus } from './case-terms';

const STATUSES = Object.keys(CASE_STATUSES) as CaseStatus[];
const ACTS = Object.keys(CASE_ACTS) as CaseAct[];

/** The acts that take a case out of `status`, with where they lead. */
const exitsOf = (status: CaseStatus) =>
  ACTS.filter((act) => allows(status, act)).flatMap((act) =>
    (CASE_ACTS[act].to as readonly CaseStatus[]).filter((to) => to !== status).map((to) => ({ act, to })),
  );

describe('the case lifecycle', () => {
  it.each(STATUSES.filter((status) => !isFinal(status)))('gives %s a way out', (status) => {
    expect(exitsOf(status)).not.toEqual([]);
  });

  it('reaches a final status from every status', () => {
    const reached = new Set<CaseStatus>(FINAL_STATUSES);
    for (let grown = true; grown; ) {
      grown = false;
      for (const status of STATUSES) {
        if (!reached.has(status) && exitsOf(status).some(({ to }) => reached.has(to))) {
          reached.add(status);
          grown = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...STATUSES].sort());
  });

  it.each(FINAL_STATUSES)('lets nothing change %s', (status) => {
    expect(exitsOf(status)).toEqual([]);
  });

  it('leads only to statuses it knows', () => {
    for (const act of ACTS) {
      for (const to of CASE_ACTS[act].to) expect(STATUSES).toContain(to);
    }
  });
});

describe("the window's acts", () => {
  const atIntake: WindowFacts = {
    status: 'awaiting_materials',
    jointParent: false,
    handlingKind: 'promised',
    identityUnchecked: false,
    owed: [],
    noticeTellsNew: false,
  };

  it('always leaves a case at intake a decision: accept when nothing is owed, refusal in any case', () => {
    for (const owed of [[], [{ required: true }], [{ required: false }]]) {
      for (const noticeTellsNew of [true, false]) {
        const acts = windowActs({ ...atIntake, owed, noticeTellsNew });
        expect(acts).toContain('refuse');
        expect(acts.includes('accept')).toBe(owed.length === 0);
      }
    }
  });

  it('offers a notice only when it tells something new, tolerance only for secondary materials of a promised item', () => {
    expect(windowActs({ ...atIntake, owed: [{ required: true }] })).not.toContain('missing_notice');
    expect(windowActs({ ...atIntake, owed: [{ required: true }], noticeTellsNew: true })).toContain(
      'missing_notice',
    );
    expect(windowActs({ ...atIntake, owed: [{ required: false }] })).toContain('accept_tolerantly');
    expect(windowActs({ ...atIntake, owed: [{ required: true }] })).not.toContain('accept_tolerantly');
    const onTheSpot = { ...atIntake, handlingKind: 'on_the_spot' as const, owed: [{ required: false }] };
    expect(windowActs(onTheSpot)).not.toContain('accept_tolerantly');
  });

  it('offers nothing but what the table allows in the status', () => {
    for (const status of STATUSES) {
      for (const act of windowActs({ ...atIntake, status })) expect(allows(status, act)).toBe(true);
    }
    expect(windowActs({ ...atIntake, status: 'completed' })).toEqual([]);
  });
});

describe("the back office's acts", () => {
  it('offers no decision while the clock stands still', () => {
    expect(officeActs('accepted', false)).toEqual(
      expect.arrayContaining(['approve', 'return', 'disapprove']),
    );
    const stopped = officeActs('accepted', true);
    expect(stopped).not.toContain('approve');
    expect(stopped).not.toContain('return');
    expect(stopped).not.toContain('transfer');
    expect(stopped).toContain('resume');
    expect(officeActs('completed', false)).toEqual([]);
  });
});
