import { sql } from 'kysely';
import type { Db } from '../src/db/database';

/**
 * The back-office bench's staff: approvers (审批员) for the first step of the
 * loaded items, enough in each department that an approver's inbox holds
 * about `inboxSize` tasks, and two chief representatives (首席代表) for each
 * department that decides a second step in rotation. Accounts are made in SQL
 * with the demo password (the hash of the demo account `approver`), each with
 * a work phone so task messages are sent as for real staff; named
 * bench-approver-… and bench-chief-…, made once (a rerun adds only what a
 * larger load needs).
 */

/** Share of the open tasks that an approver has claimed (the rest wait in the pool or in step two). */
export const CLAIMED_SHARE = 0.8;

/** A workflow step's department, from the item version's content (v). */
const stepDepartment = (index: number) =>
  sql.raw(`(v.content->'workflow'->${index}->'actor'->>'departmentId')::uuid`);

export async function loadWorkflowStaff(db: Db, inboxSize: number): Promise<void> {
  await sql`
    WITH need AS (
      SELECT ${stepDepartment(0)} AS department_id, 'approver' AS role,
             ceil(count(*) * ${CLAIMED_SHARE}::numeric / ${inboxSize}::numeric)::int AS n
      FROM cases c JOIN catalog_item_versions v ON v.item_id = c.item_id AND v.version = c.item_version
      WHERE c.status = 'accepted' GROUP BY 1
      UNION ALL
      SELECT DISTINCT ${stepDepartment(1)}, 'chief_rep', 2
      FROM cases c JOIN catalog_item_versions v ON v.item_id = c.item_id AND v.version = c.item_version
      WHERE c.status = 'accepted' AND v.content->'workflow'->1->'actor'->>'kind' = 'chief_rep'
    ), accounts AS (
      SELECT need.department_id, need.role, d.region_code, i,
             CASE need.role WHEN 'approver' THEN 'bench-approver-' ELSE 'bench-chief-' END
               || left(need.department_id::text, 8) || '-' || i AS username,
             CASE need.role WHEN 'approver' THEN '审批员' ELSE '首席代表' END || left(d.name, 6) || i AS display_name
      FROM need JOIN departments d ON d.id = need.department_id
      CROSS JOIN LATERAL generate_series(1, need.n) AS i
    ), made AS (
      INSERT INTO staff_users (username, display_name, password_hash, must_change_password, region_code,
                               department_id, phone)
      SELECT a.username, a.display_name, p.password_hash, false, a.region_code, a.department_id,
             '137' || lpad((abs(hashtext(a.username)) % 100000000)::text, 8, '0')
      FROM accounts a CROSS JOIN (SELECT password_hash FROM staff_users WHERE username = 'approver') AS p
      ON CONFLICT (lower(username)) DO NOTHING
      RETURNING id, username
    )
    INSERT INTO role_grants (user_id, role, region_code, department_id)
    SELECT made.id, a.role, a.region_code, a.department_id
    FROM made JOIN accounts a ON a.username = made.username
  `.execute(db);
  // The loading session's list of them, numbered within department and role, to hand out tasks.
  await sql`DROP TABLE IF EXISTS bench_staff`.execute(db);
  await sql`
    CREATE TEMP TABLE bench_staff AS
    SELECT u.id, u.username, g.department_id, g.role,
           (row_number() OVER (PARTITION BY g.department_id, g.role ORDER BY u.username) - 1)::int AS k,
           count(*) OVER (PARTITION BY g.department_id, g.role)::int AS n
    FROM staff_users u JOIN role_grants g ON g.user_id = u.id
    WHERE u.username LIKE 'bench-%'
  `.execute(db);
}

/** The bench's approvers (user names), for signing in. */
export async function benchApprovers(db: Db): Promise<{ id: string; username: string }[]> {
  return await db
    .selectFrom('staff_users')
    .select(['id', 'username'])
    .where('username', 'like', 'bench-approver-%')
    .orderBy('username')
    .execute();
}
