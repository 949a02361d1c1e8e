import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkflowStep } from '../item-content';
import { workflowProblems, workflowStages } from './workflow-rules';

const step = (key: string, more: Partial<WorkflowStep> = {}): WorkflowStep => ({
  key,
  name: key,
  actor: { kind: 'role', role: 'approver', departmentId: null },
  limitDays: 1,
  actions: ['approve', 'return'],
  parallelGroup: null,
  copyLeaders: false,
  ...more,
});
// accept → (police ∥ housing) → decide: 1 + max(2, 3) + 1 = 5 days
const parallel = [
  step('accept'),
  step('police', { name: '公安审查', parallelGroup: 'joint', limitDays: 2 }),
  step('housing', { name: '住建审查', parallelGroup: 'joint', limitDays: 3 }),
  step('decide', { name: '决定' }),
];
const messages = (steps: WorkflowStep[], limit = 30) => workflowProblems(steps, limit);

describe('workflow stages', () => {
  it('groups consecutive steps of one parallel group into one stage', () => {
    const stages = workflowStages(parallel);
    expect(
      stages.map((stage) => [stage.group, stage.steps.map((s) => s.key), stage.firstIndex, stage.limitDays]),
    ).toEqual([
      [null, ['accept'], 0, 1],
      ['joint', ['police', 'housing'], 1, 3],
      [null, ['decide'], 3, 1],
    ]);
  });

  it('keeps every step exactly once, in order, in no more stages than steps', () => {
    const steps = fc
      .array(
        fc.record({ group: fc.constantFrom(null, 'a', 'b'), limitDays: fc.integer({ min: 0, max: 10 }) }),
      )
      .map((drafts) =>
        drafts.map((draft, i) => step(`s${i}`, { parallelGroup: draft.group, limitDays: draft.limitDays })),
      );
    fc.assert(
      fc.property(steps, (workflow) => {
        const stages = workflowStages(workflow);
        expect(stages.length).toBeLessThanOrEqual(workflow.length);
        expect(stages.flatMap((stage) => stage.steps)).toEqual(workflow);
        for (const [i, stage] of stages.entries()) {
          expect(workflow[stage.firstIndex]).toBe(stage.steps[0]);
          expect(stage.limitDays).toBe(Math.max(...stage.steps.map((s) => s.limitDays)));
          if (stage.group !== null) expect(stages[i + 1]?.group).not.toBe(stage.group);
        }
      }),
    );
  });
});

describe('workflow problems', () => {
  it('accepts an empty workflow and a well-formed parallel one', () => {
    expect(messages([], 0)).toEqual([]);
    expect(messages(parallel, 5)).toEqual([]);
  });

  it('refuses a step without an actor', () => {
    const steps = [step('accept'), step('check'), step('joint', { name: '联合审查', actor: null })];
    expect(messages(steps)).toEqual([
      {
        path: 'workflow.2.actor',
        message: '第3个环节“联合审查”未指定办理人，请选择办理角色、首席代表或指定人员',
      },
    ]);
  });

  it('refuses a repeated step key', () => {
    expect(messages([step('check'), step('check', { name: '复核' })])).toEqual([
      {
        path: 'workflow.1.key',
        message: '第2个环节“复核”的标识“check”与第1个环节“check”重复，请改用其他标识',
      },
    ]);
  });

  it('refuses a parallel group whose steps are not consecutive', () => {
    const steps = [
      ...parallel.slice(0, 3),
      step('middle'),
      step('late', { parallelGroup: 'joint' }),
      step('end'),
    ];
    expect(messages(steps)).toContainEqual({
      path: 'workflow.4.parallelGroup',
      message: '第5个环节“late”属于并联组“joint”，但与该组其他环节不相邻；同一并联组的环节须连续排列',
    });
  });

  it('refuses a parallel group of one step', () => {
    const steps = [step('accept'), step('alone', { parallelGroup: 'solo' }), step('decide')];
    expect(messages(steps)).toEqual([
      {
        path: 'workflow.1.parallelGroup',
        message: '并联组“solo”只有第2个环节“alone”一个环节；并联组至少须有2个环节，请增加并联环节或取消并联',
      },
    ]);
  });

  it('refuses a parallel group that never joins', () => {
    expect(messages(parallel.slice(0, 3))).toEqual([
      {
        path: 'workflow.2.parallelGroup',
        message: '并联组“joint”之后须有汇合环节；请在其后添加一个汇总审查或决定的环节',
      },
    ]);
  });

  it('refuses a parallel group followed straight by another', () => {
    const steps = [
      ...parallel.slice(0, 3),
      step('x', { parallelGroup: 'next' }),
      step('y', { parallelGroup: 'next' }),
      step('end'),
    ];
    expect(messages(steps)).toEqual([
      {
        path: 'workflow.2.parallelGroup',
        message: '并联组“joint”之后须有汇合环节，现紧接并联组“next”；请在其后添加一个汇总审查或决定的环节',
      },
    ]);
  });

  it('counts sequential limits added up and a parallel group as its longest step', () => {
    expect(messages(parallel, 4)).toEqual([
      {
        path: 'workflow',
        message:
          '各环节时限合计 5 个工作日，超过承诺时限 4 个工作日；请缩短环节时限或调整承诺时限（并联环节按其中最长者计）',
      },
    ]);
  });

  it('adds half days without floating-point noise', () => {
    const steps = [step('a', { limitDays: 0.1 }), step('b', { limitDays: 0.2 })];
    expect(messages(steps, 0)[0]?.message).toMatch(/^各环节时限合计 0.3 个工作日/);
  });

  it('requires the last step to allow approve', () => {
    const steps = [step('accept'), step('check', { name: '审查', actions: ['return', 'refuse'] })];
    expect(messages(steps)).toEqual([
      { path: 'workflow.1.actions', message: '最后一个环节“审查”须允许“通过”，否则办件无法办结' },
    ]);
  });

  it('allows extend only where approve is allowed', () => {
    const steps = [
      step('accept', { name: '受理', actions: ['verify', 'extend'] }),
      step('decide', { actions: ['approve', 'extend'] }),
    ];
    expect(messages(steps)).toEqual([
      {
        path: 'workflow.0.actions',
        message:
          '第1个环节“受理”允许“延期”但不允许“通过”；延期只能由作出决定的环节办理，请去掉“延期”或同时允许“通过”',
      },
    ]);
  });
});
