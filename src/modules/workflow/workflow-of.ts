import { conflict } from '../../server/errors';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../shared/catalog-terms';
import type { ItemContent, WorkflowStep } from '../catalog/item-content';
import type { TaskRow } from './task-access';

/**
 * The workflow a case runs: its item version's, or for a promised item
 * catalogued without one, a single review by the competent department's
 * approvers within the promised limit, so no accepted case is left without a task.
 */
export function workflowOf(content: ItemContent): WorkflowStep[] {
  if (content.workflow.length > 0) return content.workflow;
  return [
    {
      key: 'review',
      name: '审查决定',
      actor: null,
      limitDays: content.promisedLimitDays,
      actions: ['approve', 'return', 'refuse'],
      parallelGroup: null,
      copyLeaders: false,
    },
  ];
}

export function stepOfTask(content: ItemContent, task: TaskRow): WorkflowStep {
  const step = workflowOf(content)[task.step_index];
  if (!step || step.key !== task.step_key)
    throw new Error(`task ${task.id}: step ${task.step_key} not in its item version`);
  return step;
}

/** The catalogue says which actions each step allows; anything else is refused and changes nothing. */
export function requireStepAction(content: ItemContent, task: TaskRow, action: WorkflowAction): WorkflowStep {
  const step = stepOfTask(content, task);
  if (!step.actions.includes(action)) {
    throw conflict('ACTION_NOT_ALLOWED', `“${step.name}”环节不允许“${WORKFLOW_ACTIONS[action]}”操作`, {
      step: step.key,
      action,
    });
  }
  return step;
}
