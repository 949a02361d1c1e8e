import type { Tx } from '../../db/database';
import { leadersOf, peopleToActOn, type TaskPerson } from '../workflow/task-people';
import type { Warning } from './sweep-candidates';

export type Recipient = TaskPerson;

/**
 * Who hears of each warning, in three queries however many warnings: those who
 * must act (the task's holder, or while it is unclaimed everyone who may claim
 * it), the department's leaders, and for a red warning the supervision office
 * (supervisors whose scope covers the warning's region).
 */
export async function recipientsOf(tx: Tx, warnings: Warning[]): Promise<Recipient[][]> {
  const taskIds = [...new Set(warnings.flatMap((warning) => (warning.taskId ? [warning.taskId] : [])))];
  const holders = await peopleToActOn(tx, taskIds);
  const leaders = await leadersOf(tx, [...new Set(warnings.map((warning) => warning.departmentId))]);
  const supervisors = warnings.some((warning) => warning.level === 'red') ? await supervisorsOf(tx) : [];
  return warnings.map((warning) => {
    const covering =
      warning.level === 'red'
        ? supervisors.filter((grant) => grant.scope === null || warning.regionCode.startsWith(grant.scope))
        : [];
    const everyone = [
      ...((warning.taskId && holders.get(warning.taskId)) || []),
      ...(leaders.get(warning.departmentId) ?? []),
      ...covering.map(({ name, phone }) => ({ name, phone })),
    ];
    const seen = new Set<string>();
    return everyone.filter((person) => {
      const key = `${person.name}|${person.phone}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}

/** Every active supervisor's grant, with the region it covers (null: all). */
async function supervisorsOf(tx: Tx): Promise<(Recipient & { scope: string | null })[]> {
  return await tx
    .selectFrom('role_grants as g')
    .innerJoin('staff_users as u', 'u.id', 'g.user_id')
    .select(['u.display_name as name', 'u.phone', 'g.region_code as scope'])
    .distinct()
    .where('u.active', '=', true)
    .where('g.role', '=', 'supervisor')
    .execute();
}
