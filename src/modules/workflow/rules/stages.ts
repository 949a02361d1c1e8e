import type { WorkflowStep } from '../../catalog/item-content';

/**
 * A workflow as the back office runs it: stages in order, a stage being one
 * step or a run of consecutive steps of the same parallel group (并联审批),
 * whose tasks are open together and must all be approved before the next stage.
 */

export interface IndexedStep {
  step: WorkflowStep;
  /** Position in the item version's workflow. */
  index: number;
}

export type Stage = IndexedStep[];

export function stagesOf(workflow: readonly WorkflowStep[]): Stage[] {
  const stages: Stage[] = [];
  workflow.forEach((step, index) => {
    const current = stages.at(-1);
    const previous = current?.at(-1)?.step;
    if (current && step.parallelGroup !== null && previous?.parallelGroup === step.parallelGroup) {
      current.push({ step, index });
    } else {
      stages.push([{ step, index }]);
    }
  });
  return stages;
}

/** The stage after the one holding the step at `stepIndex`; null after the last (the decision is made). */
export function stageAfter(workflow: readonly WorkflowStep[], stepIndex: number): Stage | null {
  const stages = stagesOf(workflow);
  const holding = stages.findIndex((stage) => stage.some((entry) => entry.index === stepIndex));
  return stages[holding + 1] ?? null;
}

/** The first stage: where an accepted case starts. */
export function firstStage(workflow: readonly WorkflowStep[]): Stage | null {
  return stagesOf(workflow)[0] ?? null;
}

/**
 * Steps a task at `stepIndex` may return the case to: every earlier step
 * outside its own parallel group (siblings run at the same time, they are not "earlier").
 */
export function returnTargets(workflow: readonly WorkflowStep[], stepIndex: number): IndexedStep[] {
  const group = workflow[stepIndex]?.parallelGroup ?? null;
  return workflow
    .map((step, index) => ({ step, index }))
    .filter(({ step, index }) => index < stepIndex && (group === null || step.parallelGroup !== group));
}
