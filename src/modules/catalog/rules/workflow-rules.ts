/**
 * Rules for an item's back-office workflow: who handles each step, how steps
 * run in parallel (并联) and join, and whether the step limits fit the promise.
 */
import { WORKFLOW_ACTIONS } from '../../../shared/catalog-terms';
import type { WorkflowStep } from '../item-content';
import type { ContentProblem } from './problem';

/**
 * A stage runs when the one before it has finished: either one step on its own
 * (group null) or a parallel group whose steps run together and all finish
 * before the next stage. firstIndex is the position of steps[0] in the workflow.
 */
export type WorkflowStage = {
  group: string | null;
  steps: WorkflowStep[];
  firstIndex: number;
  limitDays: number;
};

/** Groups the workflow into stages, in order; every step is in exactly one stage. */
export function workflowStages(steps: readonly WorkflowStep[]): WorkflowStage[] {
  const stages: WorkflowStage[] = [];
  steps.forEach((step, index) => {
    const current = stages.at(-1);
    if (current && step.parallelGroup !== null && current.group === step.parallelGroup) {
      current.steps.push(step);
      current.limitDays = Math.max(current.limitDays, step.limitDays);
    } else {
      stages.push({ group: step.parallelGroup, steps: [step], firstIndex: index, limitDays: step.limitDays });
    }
  });
  return stages;
}

const stepName = (steps: readonly WorkflowStep[], index: number) =>
  `第${index + 1}个环节“${steps[index]?.name ?? ''}”`;
// Half days are allowed; rounding keeps 0.1 + 0.2 from reading as 0.30000000000000004.
const days = (value: number) => Math.round(value * 1000) / 1000;

function stepProblems(steps: readonly WorkflowStep[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstWithKey = new Map<string, number>();
  steps.forEach((step, index) => {
    const at = `workflow.${index}`;
    if (step.actor === null) {
      problems.push({
        path: `${at}.actor`,
        message: `${stepName(steps, index)}未指定办理人，请选择办理角色、首席代表或指定人员`,
      });
    }
    const earlier = firstWithKey.get(step.key);
    if (earlier === undefined) firstWithKey.set(step.key, index);
    else {
      problems.push({
        path: `${at}.key`,
        message: `${stepName(steps, index)}的标识“${step.key}”与${stepName(steps, earlier)}重复，请改用其他标识`,
      });
    }
    if (step.actions.includes('extend') && !step.actions.includes('approve')) {
      problems.push({
        path: `${at}.actions`,
        message: `${stepName(steps, index)}允许“${WORKFLOW_ACTIONS.extend}”但不允许“${WORKFLOW_ACTIONS.approve}”；延期只能由作出决定的环节办理，请去掉“${WORKFLOW_ACTIONS.extend}”或同时允许“${WORKFLOW_ACTIONS.approve}”`,
      });
    }
  });
  const lastIndex = steps.length - 1;
  const last = steps[lastIndex];
  if (last && !last.actions.includes('approve')) {
    problems.push({
      path: `workflow.${lastIndex}.actions`,
      message: `最后一个环节“${last.name}”须允许“${WORKFLOW_ACTIONS.approve}”，否则办件无法办结`,
    });
  }
  return problems;
}

function parallelProblems(steps: readonly WorkflowStep[], stages: WorkflowStage[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seenGroups = new Set<string>();
  stages.forEach((stage, stageIndex) => {
    const { group, firstIndex } = stage;
    if (group === null) return;
    const lastIndex = firstIndex + stage.steps.length - 1;
    if (seenGroups.has(group)) {
      problems.push({
        path: `workflow.${firstIndex}.parallelGroup`,
        message: `${stepName(steps, firstIndex)}属于并联组“${group}”，但与该组其他环节不相邻；同一并联组的环节须连续排列`,
      });
    } else if (steps.filter((step) => step.parallelGroup === group).length < 2) {
      problems.push({
        path: `workflow.${firstIndex}.parallelGroup`,
        message: `并联组“${group}”只有${stepName(steps, firstIndex)}一个环节；并联组至少须有2个环节，请增加并联环节或取消并联`,
      });
    }
    seenGroups.add(group);
    const next = stages[stageIndex + 1];
    if (next === undefined || next.group !== null) {
      const instead = next ? `，现紧接并联组“${next.group}”` : '';
      problems.push({
        path: `workflow.${lastIndex}.parallelGroup`,
        message: `并联组“${group}”之后须有汇合环节${instead}；请在其后添加一个汇总审查或决定的环节`,
      });
    }
  });
  return problems;
}

/** Problems with a workflow against the item's promised limit; an empty workflow is fine. */
export function workflowProblems(
  steps: readonly WorkflowStep[],
  promisedLimitDays: number,
): ContentProblem[] {
  const stages = workflowStages(steps);
  const problems = [...stepProblems(steps), ...parallelProblems(steps, stages)];
  const total = days(stages.reduce((sum, stage) => sum + stage.limitDays, 0));
  if (total > promisedLimitDays) {
    problems.push({
      path: 'workflow',
      message: `各环节时限合计 ${total} 个工作日，超过承诺时限 ${promisedLimitDays} 个工作日；请缩短环节时限或调整承诺时限（并联环节按其中最长者计）`,
    });
  }
  return problems;
}
