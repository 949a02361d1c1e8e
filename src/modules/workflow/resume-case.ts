import { conflict } from '../../server/errors';
import type { AuditActor, StaffActor } from '../auth/actor';
import { actOnTask, type TaskDeps, updateTask } from './act-on-task';
import { outcomeOf, type TaskOutcome } from './approve-task';
import { calendarOfTask, runningStop } from './case-clock';
import type { ResumeBody } from './clock-schemas';
import { restartClock } from './restart-clock';

/**
 * 恢复计时 after a special procedure, from the task that stopped the clock:
 * the procedure's outcome is recorded and every deadline moves by the working
 * days it took. A correction restarts only with the applicant's answer.
 */
export async function resumeCase(
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  input: ResumeBody,
  at = new Date(),
): Promise<TaskOutcome> {
  const calendar = await calendarOfTask(deps.db, taskId, at);
  return await actOnTask(deps, actor, audit, taskId, input, async (context) => {
    const { tx, row, task } = context;
    const stop = await runningStop(tx, row.id);
    if (!stop) throw conflict('CLOCK_NOT_STOPPED', `办件 ${row.case_number} 没有中止计时，无需恢复`);
    if (stop.kind === 'correction') {
      throw conflict(
        'CORRECTION_AWAITS_APPLICANT',
        '正在等待申请人补正：申请人在群众端提交补正，或到窗口由工作人员代为登记后，自动恢复计时',
      );
    }
    if (stop.task_id !== task.id) {
      throw conflict('RESUME_FROM_OTHER_STEP', '请在发起中止的环节恢复计时', { taskId: stop.task_id });
    }
    await updateTask(tx, task, {});
    await restartClock(
      { ...context, calendar },
      stop,
      {
        by: context.eventActor,
        note: input.note,
        materialIds: [],
        channel: null,
        event: 'resumed',
        auditAction: 'case.resume',
      },
      at,
    );
    return await outcomeOf(context);
  });
}
