import { api } from '../../../../common/api';

export interface TaskOutcome {
  caseId: string;
  caseNumber: string;
  caseStatus: string;
  caseVersion: number;
  openTaskIds: string[];
}

export type TaskAction = 'claim' | 'approve' | 'return' | 'disapprove' | 'transfer' | 'reassign';

/** One action on a task, naming the version the officer saw. */
export const actOnTask = (taskId: string, action: TaskAction, body: object) =>
  api<TaskOutcome>('POST', `/api/tasks/${taskId}/${action}`, body);
