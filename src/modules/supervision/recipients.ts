import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import { departmentLeaders, peopleToAct, type TaskPerson } from '../workflow/task-people';

export type Recipient = TaskPerson;

/**
 * Who hears of a warning: those who must act (the task's holder, or while it
 * is unclaimed everyone who may claim it), the department's leaders, and for
 * a red warning the supervision office (supervisors whose scope covers it).
 */
export async function recipientsOf(
  tx: Tx,
  target: { taskId: string | null; departmentId: string; regionCode: string; red: boolean },
): Promise<Recipient[]> {
  const holders = target.taskId ? await peopleToAct(tx, target.taskId) : [];
  const leaders = await departmentLeaders(tx, target.departmentId);
  const supervisors = target.red
    ? await tx
        .selectFrom('role_grants as g')
        .innerJoin('staff_users as u', 'u.id', 'g.user_id')
        .select(['u.display_name as name', 'u.phone'])
        .distinct()
        .where('u.active', '=', true)
        .where('g.role', '=', 'supervisor')
        .where((eb) =>
          eb.or([
            eb('g.region_code', 'is', null),
            sql<boolean>`${target.regionCode} LIKE g.region_code || '%'`,
          ]),
        )
        .execute()
    : [];
  const seen = new Set<string>();
  return [...holders, ...leaders, ...supervisors].filter((person) => {
    const key = `${person.name}|${person.phone}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
