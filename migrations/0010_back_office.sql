-- The back office: an accepted promised case runs its item version's workflow as tasks, one
-- per step (a parallel group opens one task per step at once and joins before the next step).
-- Every action on a task is appended to the case's history (case_events); the task row keeps
-- only the current state, with deadlines in indexed columns for inboxes and warnings.

CREATE TABLE case_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  region_code text NOT NULL,
  step_key text NOT NULL,
  step_name text NOT NULL,
  step_index integer NOT NULL CHECK (step_index >= 0),
  parallel_group text,
  department_id uuid NOT NULL REFERENCES departments (id),
  actor_kind text NOT NULL CHECK (actor_kind IN ('role', 'chief_rep', 'fixed_person')),
  actor_role text,
  assignee_id uuid REFERENCES staff_users (id),
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'cancelled')),
  opened_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  limit_days numeric(5, 1) NOT NULL CHECK (limit_days >= 0),
  due_at timestamptz NOT NULL,
  claimed_at timestamptz,
  closed_at timestamptz,
  closed_by uuid REFERENCES staff_users (id),
  outcome text CHECK (outcome IN ('approved', 'returned', 'disapproved', 'transferred', 'withdrawn')),
  opinion text,
  row_version integer NOT NULL DEFAULT 1 CHECK (row_version >= 1),
  CONSTRAINT case_tasks_role_actor CHECK ((actor_kind = 'role') = (actor_role IS NOT NULL)),
  CONSTRAINT case_tasks_closed CHECK ((state = 'open') = (closed_at IS NULL)),
  CONSTRAINT case_tasks_outcome CHECK ((state = 'open') = (outcome IS NULL))
);
CREATE INDEX case_tasks_case ON case_tasks (case_id, opened_at);
CREATE INDEX case_tasks_assignee_open ON case_tasks (assignee_id, due_at) WHERE state = 'open';
CREATE INDEX case_tasks_pool_open ON case_tasks (department_id, due_at) WHERE state = 'open' AND assignee_id IS NULL;
CREATE INDEX case_tasks_due_open ON case_tasks (due_at) WHERE state = 'open';
COMMENT ON TABLE case_tasks IS 'One step of a case''s workflow waiting for or done by its actor (待办/已办). Opened when the case reaches the step, closed by the action that ends it; the actions themselves are in case_events.';
COMMENT ON COLUMN case_tasks.id IS 'Surrogate key.';
COMMENT ON COLUMN case_tasks.case_id IS 'The case.';
COMMENT ON COLUMN case_tasks.region_code IS 'The acting department''s region: a role grant must cover it to act on the task (a street office''s step of a district item is the street''s).';
COMMENT ON COLUMN case_tasks.step_key IS 'The step''s key in the item version''s workflow.';
COMMENT ON COLUMN case_tasks.step_name IS 'The step''s name, as inboxes and the public timeline show it.';
COMMENT ON COLUMN case_tasks.step_index IS 'The step''s position in the workflow (0 = first).';
COMMENT ON COLUMN case_tasks.parallel_group IS 'The parallel group (并联审批) the step belongs to; its tasks are open together and the next step waits for all of them.';
COMMENT ON COLUMN case_tasks.department_id IS 'The department that acts: the step''s department, or its counterpart of the same kind and level whose region holds the applicant''s region.';
COMMENT ON COLUMN case_tasks.actor_kind IS 'role (anyone with the role in the department claims it) | chief_rep (the department''s chief representatives in rotation) | fixed_person (one named person).';
COMMENT ON COLUMN case_tasks.actor_role IS 'The role that may act, for a role actor.';
COMMENT ON COLUMN case_tasks.assignee_id IS 'Who holds the task (the A-post): the fixed person, the chief representative whose turn it was, or whoever claimed it; null while it waits in the department''s pool.';
COMMENT ON COLUMN case_tasks.state IS 'open | done (ended by an action with an outcome) | cancelled (the case moved on without it, e.g. a sibling in the parallel group returned the case).';
COMMENT ON COLUMN case_tasks.opened_at IS 'When the case reached the step.';
COMMENT ON COLUMN case_tasks.limit_days IS 'The step''s limit in working days, from the item version.';
COMMENT ON COLUMN case_tasks.due_at IS 'The step''s deadline: the end of the limit_days-th working day after opening (Asia/Shanghai). Inboxes sort by it; warnings are read from it.';
COMMENT ON COLUMN case_tasks.claimed_at IS 'When the assignee took it (claimed, rotated to, or reassigned).';
COMMENT ON COLUMN case_tasks.closed_at IS 'When it was done or cancelled.';
COMMENT ON COLUMN case_tasks.closed_by IS 'Who ended it.';
COMMENT ON COLUMN case_tasks.outcome IS 'approved | returned (to an earlier step) | disapproved (不予许可) | transferred (to another department) | withdrawn (a sibling ended the stage).';
COMMENT ON COLUMN case_tasks.opinion IS 'The opinion text of the action that ended it (审批意见).';
COMMENT ON COLUMN case_tasks.row_version IS 'Optimistic concurrency: every change adds one; an action on an older version is refused with 409.';

CREATE TABLE chief_rep_turns (
  department_id uuid NOT NULL REFERENCES departments (id),
  staff_id uuid NOT NULL REFERENCES staff_users (id),
  last_assigned_at timestamptz NOT NULL,
  PRIMARY KEY (department_id, staff_id)
);
COMMENT ON TABLE chief_rep_turns IS 'The rotation of a department''s chief representatives (首席代表): the next task goes to the one whose last task is oldest (never assigned first).';
COMMENT ON COLUMN chief_rep_turns.department_id IS 'The department.';
COMMENT ON COLUMN chief_rep_turns.staff_id IS 'A chief representative of it (a chief_rep role grant for the department).';
COMMENT ON COLUMN chief_rep_turns.last_assigned_at IS 'When they were last given a task.';

CREATE TABLE staff_backups (
  staff_id uuid PRIMARY KEY REFERENCES staff_users (id),
  backup_id uuid NOT NULL REFERENCES staff_users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT staff_backups_not_self CHECK (staff_id <> backup_id)
);
CREATE INDEX staff_backups_backup ON staff_backups (backup_id);
COMMENT ON TABLE staff_backups IS 'A/B posts (AB岗): the B-post of each A-post. The B-post sees every task of the A-post and may act when the A-post is absent or a task has used up the takeover share of its limit.';
COMMENT ON COLUMN staff_backups.staff_id IS 'The A-post.';
COMMENT ON COLUMN staff_backups.backup_id IS 'Their B-post, a colleague in the same department.';
COMMENT ON COLUMN staff_backups.updated_at IS 'When the pairing was last set.';

ALTER TABLE staff_users ADD COLUMN absent_until timestamptz;
COMMENT ON COLUMN staff_users.absent_until IS 'Marked absent (leave, business trip) until this time: their B-post takes over their tasks meanwhile.';

ALTER TABLE case_events DROP CONSTRAINT case_events_channel_check,
  ADD CONSTRAINT case_events_channel_check
    CHECK (channel IN ('window', 'online', 'phone', 'agent', 'office', 'system'));
COMMENT ON COLUMN case_events.channel IS 'window | online | phone | agent | office (the back office, at a desk) | system: how the action reached the case.';

INSERT INTO case_statuses (status, label) VALUES ('disapproved', '不予许可');
INSERT INTO case_event_kinds (kind, label) VALUES
  ('step_started', '进入审批环节'),
  ('task_claimed', '签收'),
  ('task_reassigned', '改派'),
  ('step_approved', '审批通过'),
  ('step_returned', '退回重办'),
  ('task_transferred', '转办'),
  ('disapproved', '不予许可');
INSERT INTO case_document_kinds (kind, prefix, label) VALUES ('disapproval', 'BX', '不予许可决定书');
