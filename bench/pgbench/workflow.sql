-- One approval of a first-step task that opens the second step (held by the department's
-- chief representative whose turn it is), as the platform sends it to PostgreSQL (read with
-- log_statement = all by bench/workflow-statements.ts; the bench prints them each run):
-- POST /api/tasks/:id/approve. Same 25 statements, same order, one transaction (and the two
-- reads before it), extended query protocol like node-postgres. Values the platform computes
-- in JavaScript (the due time from the working-day calendar, the texts) are computed here in SQL.
-- Two changes, each noted where made: the task comes from bench_pgbench_tasks (one extra
-- primary-key read, bench/workflow-pgbench.ts), and the chief representative's turn is read
-- with LIMIT 1 (the platform reads every row and takes the first) so that \gset can take it.
-- -D sid (a signed-in approver's session) and tasks (how many in bench_pgbench_tasks).
-- (extra) the next task to approve, with what the platform knows of it
select "task_id", "case_id", "region_code", "step_key", "step_name", "approver", "approver_name", "approver_department", "approver_office", "item_id", "item_version", "case_number", "case_version", "next_department", "next_region", "next_key", "next_name", "next_limit", "item_name" from "bench_pgbench_tasks" where "k" = (select (nextval('bench_pgbench_next') - 1) % :tasks + 1) \gset
-- auth: session, user and grants; the calendar's revision (actOnTask, before the transaction)
select "s"."id", "s"."subject_kind", "s"."subject_id", "s"."csrf_token", "s"."last_seen_at", "s"."expires_at", "u"."username", "u"."display_name", "u"."region_code", "u"."department_id", "u"."must_change_password", "u"."active", "r"."phone", "r"."name" as "resident_name", "r"."id_number", (select coalesce(json_agg(agg), '[]') from (select "role_grants"."role", "role_grants"."region_code", "role_grants"."department_id" from "role_grants" where "role_grants"."user_id" = "u"."id") as agg) as "grants" from "sessions" as "s" left join "staff_users" as "u" on "u"."id" = "s"."subject_id" and "s"."subject_kind" = 'staff' left join "residents" as "r" on "r"."id" = "s"."subject_id" and "s"."subject_kind" = 'resident' where "s"."id" = :sid and "s"."expires_at" > now();
select "revision" from "calendar_revision";
begin;
-- actOnTask: the task's case, the case and the task locked, the holder, the item version, the actor's office
select "case_id" from "case_tasks" where "id" = :task_id;
select * from "cases" where "id" = :case_id for update;
select * from "case_tasks" where "id" = :task_id for update;
select "b"."backup_id", "u"."absent_until" from "staff_users" as "u" left join "staff_backups" as "b" on "b"."staff_id" = "u"."id" where "u"."id" = :approver;
select "v"."item_id", "v"."version", "v"."basic_code", "v"."content", "d"."id" as "department_id", "d"."name" as "department_name", "d"."region_code" as "department_region" from "catalog_item_versions" as "v" inner join "departments" as "d" on "d"."id" = "v"."department_id" where "v"."item_id" = :item_id and "v"."version" = :item_version;
select "name" from "departments" where "id" = :approver_department;
-- approveTask: the clock running, the task closed with its history and audit row, anything still open
select * from "case_suspensions" where "case_id" = :case_id and "ended_at" is null;
update "case_tasks" set "state" = 'done', "outcome" = 'approved', "opinion" = '经审查，材料齐全，同意，转下一环节。', "closed_at" = now(), "closed_by" = :approver, "row_version" = 2 where "id" = :task_id returning *;
insert into "case_events" ("case_id", "region_code", "kind", "status", "actor_kind", "actor_id", "actor_name", "office_name", "hall_id", "window_id", "place", "channel", "details") values (:case_id, :region_code, 'step_approved', 'accepted', 'staff', :approver, :approver_name, :approver_office, NULL, NULL, NULL, 'office', jsonb_build_object('step', :step_key::text, 'taskId', :task_id::text, 'opinion', '经审查，材料齐全，同意，转下一环节。', 'stepName', :step_name::text));
insert into "audit_log" ("actor_kind", "actor_id", "actor_name", "action", "entity_type", "entity_id", "region_code", "before", "after", "ip") values ('staff', :approver, :approver_name, 'task.approved', 'case_task', :task_id, :region_code, '{"state": "open", "version": 1}', jsonb_build_object('state', 'done', 'outcome', 'approved', 'caseNumber', :case_number::text), '127.0.0.1');
select "id" from "case_tasks" where "case_id" = :case_id and "state" = 'open';
-- openSteps: the step's department, the chief representative's turn taken, the task, its history, its holder told
select "id", "kind", "level", "region_code" from "departments" where "id" = :next_department;
-- (changed: LIMIT 1)
select "u"."id" as "chief" from "role_grants" as "g" inner join "staff_users" as "u" on "u"."id" = "g"."user_id" left join "chief_rep_turns" as "t" on "t"."staff_id" = "g"."user_id" and "t"."department_id" = :next_department where "g"."role" = 'chief_rep' and "g"."department_id" = :next_department and "u"."active" = true and (u.absent_until IS NULL OR u.absent_until < now()) order by t.last_assigned_at NULLS FIRST, "u"."username" limit 1 \gset
insert into "chief_rep_turns" ("department_id", "staff_id", "last_assigned_at") values (:next_department, :chief, now()) on conflict ("department_id", "staff_id") do update set "last_assigned_at" = now();
insert into "case_tasks" ("case_id", "region_code", "step_key", "step_name", "step_index", "parallel_group", "department_id", "actor_kind", "actor_role", "assignee_id", "claimed_at", "limit_days", "due_at") values (:case_id, :next_region, :next_key, :next_name, 1, NULL, :next_department, 'chief_rep', NULL, :chief, now(), :next_limit, date_trunc('day', now() + (:next_limit)::numeric * interval '1 day') + interval '1 day' - interval '1 second') returning "id" as "next_task_id", "department_id", "assignee_id", "step_name" \gset
insert into "case_events" ("case_id", "region_code", "kind", "status", "actor_kind", "actor_id", "actor_name", "office_name", "hall_id", "window_id", "place", "channel", "details") values (:case_id, :next_region, 'step_started', 'accepted', 'system', NULL, '系统', NULL, NULL, NULL, NULL, 'system', jsonb_build_object('step', :next_key::text, 'taskId', :next_task_id::text, 'stepName', :next_name::text, 'departmentId', :next_department::text));
select "u"."display_name" as "name", "u"."phone" from "case_tasks" as "t" inner join "staff_users" as "u" on (u.id = t.assignee_id OR (t.assignee_id IS NULL AND EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND coalesce(g.department_id, u.department_id) = t.department_id AND g.role = coalesce(t.actor_role, 'chief_rep') AND (g.region_code IS NULL OR t.region_code LIKE g.region_code || '%')))) where "t"."id" = :next_task_id and "u"."active" = true \gset
insert into "notifications" ("channel", "recipient", "purpose", "body", "provider", "status") values ('sms', :phone, 'task_assigned', '【一次政务服务】新的待办：“' || :item_name || '”（办件编号' || :case_number || '）' || :next_name || '环节，请及时办理。', 'outbox', 'kept');
update "cases" set "current_step" = :next_key, "row_version" = :case_version + 1, "updated_at" = now() where "id" = :case_id returning *;
-- outcomeOf: the case's state and the tasks now open
select "case_number", "status", "row_version" from "cases" where "id" = :case_id;
select "id" from "case_tasks" where "case_id" = :case_id and "state" = 'open';
commit;
