-- Background jobs and the intake rules that need them: a log of every run of a platform job
-- (pg-boss keeps its own queue tables in the schema "pgboss", which it creates and migrates
-- itself); the date by which an application not made at a window must get an intake decision
-- (行政许可法 art. 32: five days, working days by art. 82); the history words of deemed
-- acceptance and of a form corrected before acceptance.

CREATE TABLE job_runs (
  id bigserial PRIMARY KEY,
  job_name text NOT NULL,
  queue_job_id uuid NOT NULL,
  attempt integer NOT NULL CHECK (attempt >= 1),
  trigger text NOT NULL CHECK (trigger IN ('schedule', 'manual', 'send')),
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('succeeded', 'failed')),
  summary jsonb NOT NULL DEFAULT '{}'::jsonb,
  error text,
  CONSTRAINT job_runs_error_when_failed CHECK ((outcome = 'failed') = (error IS NOT NULL)),
  CONSTRAINT job_runs_order CHECK (finished_at >= started_at)
);
CREATE INDEX job_runs_by_job ON job_runs (job_name, id DESC);
COMMENT ON TABLE job_runs IS 'One row per finished attempt of a platform background job (src/modules/jobs): when it ran and what it did, for administrators (系统管理 → 后台任务). A run cut off by a crash leaves no row; its retry does.';
COMMENT ON COLUMN job_runs.id IS 'Surrogate key; increasing, so the latest run of a job is its highest id.';
COMMENT ON COLUMN job_runs.job_name IS 'The job''s name as defined in code, e.g. cases.terminate-overdue-commitments (also its pg-boss queue name).';
COMMENT ON COLUMN job_runs.queue_job_id IS 'The pg-boss job this attempt worked on (pgboss.job.id); its attempts share it.';
COMMENT ON COLUMN job_runs.attempt IS 'Which attempt of that queued job this was: 1, then 2 … after a failure or a crash.';
COMMENT ON COLUMN job_runs.trigger IS 'schedule (its cron came due) | manual (an administrator pressed 立即运行) | send (a module queued it).';
COMMENT ON COLUMN job_runs.started_at IS 'When the handler started.';
COMMENT ON COLUMN job_runs.finished_at IS 'When it finished or failed.';
COMMENT ON COLUMN job_runs.outcome IS 'succeeded | failed (a failed attempt is retried by pg-boss up to the job''s retry limit).';
COMMENT ON COLUMN job_runs.summary IS 'What the run did, as the job reports it (e.g. {"terminated":["330103004-20261101-000012"]}); case numbers, never personal data.';
COMMENT ON COLUMN job_runs.error IS 'The error message of a failed attempt (no stack trace).';

ALTER TABLE cases ADD COLUMN decision_due timestamptz;
COMMENT ON COLUMN cases.decision_due IS 'For an application not made at a window (online, phone, agent): the end (23:59:59 Asia/Shanghai) of the fifth working day after the submission day, by which the intake decision (accept, one-time notice, refuse) is due; after it, a submitted case is deemed accepted as of the submission day (行政许可法 art. 32, 82). Null for window applications.';
CREATE INDEX cases_decision_due ON cases (decision_due) WHERE status = 'submitted' AND decision_due IS NOT NULL;

-- Applications already waiting get their date once, by the same count the code uses (the day after
-- submission first; a day works when the calendar says so, else when it is Monday to Friday).
UPDATE cases c
SET decision_due = (
  SELECT (days.day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' - interval '1 second'
  FROM (
    SELECT generate_series(
      (c.submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 1,
      (c.submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 60,
      interval '1 day'
    )::date AS day
  ) days
  LEFT JOIN calendar_exceptions e ON e.day = days.day
  WHERE COALESCE(e.kind = 'workday', extract(isodow FROM days.day) < 6)
  ORDER BY days.day
  OFFSET 4
  LIMIT 1
)
WHERE c.channel <> 'window' AND c.status = 'submitted';

INSERT INTO case_event_kinds (kind, label) VALUES
  ('deemed_accepted', '逾期未告知补正，视为受理'),
  ('form_corrected', '更正申请表');
