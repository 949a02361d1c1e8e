import { describe, expect, it } from 'vitest';
import type { WorkflowStep } from '../../catalog/item-content';
import { firstStage, returnTargets, stageAfter, stagesOf } from './stages';

const step = (key: string, parallelGroup: string | null = null): WorkflowStep => ({
  key,
  name: key,
  actor: null,
  limitDays: 1,
  actions: ['approve'],
  parallelGroup,
  copyLeaders: false,
});

// 出生一件事-like: accept, then police and insurance together, then a joint check.
const flow = [step('accept'), step('police', 'joint'), step('insurance', 'joint'), step('check')];
const keysOf = (stage: { step: WorkflowStep }[] | null) => stage?.map((entry) => entry.step.key) ?? null;

describe('workflow stages', () => {
  it('groups consecutive steps of one parallel group into one stage', () => {
    expect(stagesOf(flow).map(keysOf)).toEqual([['accept'], ['police', 'insurance'], ['check']]);
  });

  it('keeps two separate runs of the same group apart, and ungrouped steps alone', () => {
    const runs = [step('a', 'g'), step('b', 'g'), step('c'), step('d', 'g'), step('e'), step('f')];
    expect(stagesOf(runs).map(keysOf)).toEqual([['a', 'b'], ['c'], ['d'], ['e'], ['f']]);
  });

  it('moves on to the stage after any step of the current one, and to nothing after the last', () => {
    expect(keysOf(firstStage(flow))).toEqual(['accept']);
    expect(keysOf(stageAfter(flow, 0))).toEqual(['police', 'insurance']);
    expect(keysOf(stageAfter(flow, 1))).toEqual(['check']);
    expect(keysOf(stageAfter(flow, 2))).toEqual(['check']);
    expect(stageAfter(flow, 3)).toBeNull();
    expect(firstStage([])).toBeNull();
  });

  it('returns only to earlier steps outside the own parallel group', () => {
    expect(returnTargets(flow, 2).map((entry) => entry.step.key)).toEqual(['accept']);
    expect(returnTargets(flow, 3).map((entry) => entry.step.key)).toEqual(['accept', 'police', 'insurance']);
    expect(returnTargets(flow, 0)).toEqual([]);
  });
});
