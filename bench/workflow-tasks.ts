import { sql } from 'kysely';
import type { Db } from '../src/db/database';
import type { CaseShape } from './intake-cases';
import { CLAIMED_SHARE } from './workflow-staff';

/**
 * The back-office bench's cases and tasks. Cases are of the person services
 * whose workflow starts with a review by a district department's approvers,
 * followed by a second sequential step (a chief representative's decision in
 * the demo catalogue): 失业保险金申领, 社会保障卡申领, 生育医疗费用报销,
 * 残疾人证换领 and the like, over 人社局, 医保局, 残联 and 市场监管局.
 * 80 % completed over two years, 20 % accepted and open.
 *
 * Every open case has its open task: 80 % of them claimed by an approver
 * (skewed, so inboxes hold from about two thirds to twice `inboxSize`), 10 %
 * waiting in their department's pool, 10 % past the first step (done) and in
 * the second, held by a chief representative. Deadlines are spread around now:
 * a sixth past (red), about a sixth within the last fifth of the limit
 * (yellow), the rest green; they are counted in calendar days here, where the
 * platform counts working days, which only moves the colours a little.
 * Completed cases carry their done tasks, one per step. Tasks are made for
 * cases that have none, so a kept database is topped up, never doubled.
 */

/** The items of the bench: promised, the first two steps sequential, the first an approver's in a district department. */
export const WORKFLOW_SHAPE: CaseShape = {
  mix: { completed: 16, accepted: 4, submitted: 0 },
  items: `v.content->>'handlingKind' = 'promised'
    AND jsonb_array_length(v.content->'workflow') >= 2
    AND v.content->'workflow'->0->'actor'->>'kind' = 'role'
    AND v.content->'workflow'->0->'actor'->>'role' = 'approver'
    AND v.content->'workflow'->0->>'parallelGroup' IS NULL
    AND v.content->'workflow'->1->>'parallelGroup' IS NULL
    AND EXISTS (SELECT 1 FROM departments sd WHERE sd.region_code = '330103'
                AND sd.id = (v.content->'workflow'->0->'actor'->>'departmentId')::uuid)`,
};

/** The open tasks of the accepted cases without any, from the loading session's bench_staff. */
async function loadOpenTasks(db: Db): Promise<void> {
  await sql`
    WITH open_cases AS (
      SELECT c.id, v.content->'workflow' AS wf,
             (abs(hashtext(c.id::text)) % 1000) / 1000.0 AS u,
             (abs(hashtext(c.id::text || 'assignee')) % 1000) / 1000.0 AS a,
             (abs(hashtext(c.id::text || 'due')) % 1000) / 1000.0 AS f
      FROM cases c JOIN catalog_item_versions v ON v.item_id = c.item_id AND v.version = c.item_version
      WHERE c.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM case_tasks t WHERE t.case_id = c.id)
    ), placed AS (
      SELECT o.*, CASE WHEN o.u < 0.9 THEN 0 ELSE 1 END AS step_index FROM open_cases o
    ), stepped AS (
      SELECT p.*, p.wf->p.step_index AS step, (p.wf->p.step_index->>'limitDays')::numeric AS limit_days
      FROM placed p
    ), timed AS (
      SELECT s.*, (s.step->'actor'->>'departmentId')::uuid AS department_id, s.step->'actor'->>'kind' AS actor_kind,
             now() + make_interval(secs => (s.limit_days * (1.2 * s.f - 0.2) * 86400)::float8) AS due_at
      FROM stepped s
    ), dated AS (
      SELECT t.*, least(now(), t.due_at - make_interval(secs => (t.limit_days * 86400)::float8)) AS opened_at
      FROM timed t
    ), first_done AS (
      INSERT INTO case_tasks (case_id, region_code, step_key, step_name, step_index, department_id, actor_kind,
                              actor_role, state, opened_at, limit_days, due_at, closed_at, outcome, opinion, row_version)
      SELECT t.id, d.region_code, t.wf->0->>'key', t.wf->0->>'name', 0, d.id, 'role', 'approver', 'done',
             t.opened_at - interval '1 day', (t.wf->0->>'limitDays')::numeric,
             t.opened_at + make_interval(days => (t.wf->0->>'limitDays')::int), t.opened_at, 'approved', '同意。', 2
      FROM dated t JOIN departments d ON d.id = (t.wf->0->'actor'->>'departmentId')::uuid
      WHERE t.step_index = 1
    ), opened AS (
      INSERT INTO case_tasks (case_id, region_code, step_key, step_name, step_index, department_id, actor_kind,
                              actor_role, assignee_id, opened_at, limit_days, due_at, claimed_at)
      SELECT t.id, d.region_code, t.step->>'key', t.step->>'name', t.step_index, d.id, t.actor_kind,
             CASE WHEN t.actor_kind = 'role' THEN t.step->'actor'->>'role' END, s.id, t.opened_at, t.limit_days,
             t.due_at, CASE WHEN s.id IS NOT NULL THEN t.opened_at END
      FROM dated t JOIN departments d ON d.id = t.department_id
      LEFT JOIN bench_staff s ON s.department_id = t.department_id
        AND s.role = CASE t.actor_kind WHEN 'chief_rep' THEN 'chief_rep' ELSE 'approver' END
        AND s.k = floor(s.n * (t.a + t.a * t.a) / 2)::int
        AND (t.step_index = 1 OR t.u < ${CLAIMED_SHARE}::numeric)
    )
    UPDATE cases c SET current_step = t.step->>'key' FROM dated t WHERE c.id = t.id AND t.step_index = 1
  `.execute(db);
}

/** The done tasks of completed cases without any: each step approved in turn between acceptance and completion. */
async function loadDoneTasks(db: Db): Promise<void> {
  await sql`
    INSERT INTO case_tasks (case_id, region_code, step_key, step_name, step_index, department_id, actor_kind,
                            actor_role, state, opened_at, limit_days, due_at, closed_at, outcome, opinion, row_version)
    SELECT c.id, d.region_code, w.step->>'key', w.step->>'name', (w.o - 1)::int, d.id, w.step->'actor'->>'kind',
           CASE WHEN w.step->'actor'->>'kind' = 'role' THEN w.step->'actor'->>'role' END, 'done',
           c.accepted_at + (w.o - 1) * x.span, (w.step->>'limitDays')::numeric,
           c.accepted_at + (w.o - 1) * x.span + make_interval(days => (w.step->>'limitDays')::int),
           c.accepted_at + w.o * x.span, 'approved', '同意。', 2
    FROM cases c JOIN catalog_item_versions v ON v.item_id = c.item_id AND v.version = c.item_version
    CROSS JOIN LATERAL jsonb_array_elements(v.content->'workflow') WITH ORDINALITY AS w(step, o)
    CROSS JOIN LATERAL (SELECT (c.closed_at - c.accepted_at) / jsonb_array_length(v.content->'workflow') AS span) AS x
    JOIN departments d ON d.id = (w.step->'actor'->>'departmentId')::uuid
    WHERE c.status = 'completed' AND NOT EXISTS (SELECT 1 FROM case_tasks t WHERE t.case_id = c.id)
  `.execute(db);
}

/** Adds the tasks of every case that has none (foreign keys not checked row by row, as for the cases). */
export async function loadTasks(db: Db): Promise<void> {
  await sql`SET session_replication_role = replica`.execute(db);
  await sql`SET synchronous_commit = off`.execute(db);
  await sql`SET work_mem = '256MB'`.execute(db);
  try {
    await loadOpenTasks(db);
    await loadDoneTasks(db);
  } finally {
    await sql`RESET session_replication_role`.execute(db);
    await sql`RESET synchronous_commit`.execute(db);
    await sql`RESET work_mem`.execute(db);
  }
  await sql`ANALYZE case_tasks, cases, staff_users, role_grants`.execute(db);
}

/** Open first-step tasks held by the bench's approvers, in random order, for the approvals to act on. */
export async function approvableTasks(
  db: Db,
  count: number,
): Promise<{ id: string; version: number; username: string }[]> {
  return await db
    .selectFrom('case_tasks as t')
    .innerJoin('staff_users as u', 'u.id', 't.assignee_id')
    .select(['t.id', 't.row_version as version', 'u.username'])
    .where('t.state', '=', 'open')
    .where('t.step_index', '=', 0)
    .where('u.username', 'like', 'bench-approver-%')
    .orderBy(sql`random()`)
    .limit(count)
    .execute();
}

/** The open tasks, and how many of them are in their first step. */
export async function openTaskCounts(db: Db): Promise<{ open: number; firstStep: number }> {
  const { rows } = await sql<{ open: number; first_step: number }>`
    SELECT count(*)::int AS open, count(*) FILTER (WHERE step_index = 0)::int AS first_step
    FROM case_tasks WHERE state = 'open'
  `.execute(db);
  return { open: rows[0]?.open ?? 0, firstStep: rows[0]?.first_step ?? 0 };
}
