import { sql } from 'kysely';
import type { Db } from '../src/db/database';
import { sessionIdOf } from '../src/modules/auth/sessions';
import type { Session } from './load-client';

/**
 * What bench/pgbench/workflow.sql approves: the open first-step tasks held by
 * the bench's approvers, numbered in random order in bench_pgbench_tasks with
 * what the platform would have read or computed for each (the case, the
 * approver, the next step and its department); each pgbench transaction takes
 * the next number from bench_pgbench_next. Returns the script's -D variables:
 * a signed-in session and the number of tasks (past it, tasks are approved again).
 */
export async function pgbenchTasks(
  db: Db,
  session: Session | undefined,
): Promise<Record<string, string | number>> {
  await sql`DROP TABLE IF EXISTS bench_pgbench_tasks`.execute(db);
  await sql`
    CREATE TABLE bench_pgbench_tasks AS
    SELECT (row_number() OVER (ORDER BY random()))::int AS k, t.id AS task_id, t.case_id, t.region_code,
           t.step_key, t.step_name, t.assignee_id AS approver, u.display_name AS approver_name,
           u.department_id AS approver_department, ad.name AS approver_office, c.item_id, c.item_version, c.case_number,
           c.competent_region_code AS case_region, c.intake_region_code AS intake_region, c.row_version AS case_version,
           d.id AS next_department, d.region_code AS next_region,
           v.content->'workflow'->1->>'key' AS next_key, v.content->'workflow'->1->>'name' AS next_name,
           (v.content->'workflow'->1->>'limitDays')::numeric AS next_limit, v.name AS item_name
    FROM case_tasks t
    JOIN staff_users u ON u.id = t.assignee_id
    JOIN departments ad ON ad.id = u.department_id
    JOIN cases c ON c.id = t.case_id
    JOIN catalog_item_versions v ON v.item_id = c.item_id AND v.version = c.item_version
    JOIN departments d ON d.id = (v.content->'workflow'->1->'actor'->>'departmentId')::uuid
    WHERE t.state = 'open' AND t.step_index = 0 AND u.username LIKE 'bench-approver-%'
  `.execute(db);
  await sql`ALTER TABLE bench_pgbench_tasks ADD PRIMARY KEY (k)`.execute(db);
  await sql`DROP SEQUENCE IF EXISTS bench_pgbench_next`.execute(db);
  await sql`CREATE SEQUENCE bench_pgbench_next`.execute(db);
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM bench_pgbench_tasks`.execute(db);
  const token = decodeURIComponent((session?.cookie ?? '').split('=')[1] ?? '');
  return { sid: sessionIdOf(token), tasks: rows[0]?.n ?? 0 };
}
