import type { z } from 'zod';
import type {
  InboxEntry as InboxEntryShape,
  TaskDetail as TaskDetailShape,
} from '../../../../../src/modules/workflow/views';

/** Shapes of the /api/tasks replies; the server's zod schemas (workflow/views.ts) are the source of truth. */
export type InboxEntry = z.infer<typeof InboxEntryShape>;
export type TaskDetail = z.infer<typeof TaskDetailShape>;
export type RouteEntry = TaskDetail['route'][number];
export type TimeLeft = Pick<
  InboxEntry,
  'dueAt' | 'overdue' | 'workingDaysLeft' | 'workingSecondsLeft' | 'clockStopped' | 'counting'
>;
export type Box = 'mine' | 'pool' | 'backup' | 'copied';
