import type { z } from 'zod';
import type { TaskOutcomeView } from '../../../../../src/modules/workflow/views';
import { api } from '../../../../common/api';

export type TaskOutcome = z.infer<typeof TaskOutcomeView>;

export type TaskAction = 'claim' | 'approve' | 'return' | 'disapprove' | 'transfer' | 'reassign';

/** One action on a task, naming the version the officer saw. */
export const actOnTask = (taskId: string, action: TaskAction, body: object) =>
  api<TaskOutcome>('POST', `/api/tasks/${taskId}/${action}`, body);
