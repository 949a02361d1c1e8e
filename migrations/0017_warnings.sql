-- Electronic supervision (电子监察): yellow and red warnings on open tasks and cases, raised once
-- each by the warning sweep (a background job) and read by the supervision office.

CREATE TABLE warning_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  yellow_share numeric(3, 2) NOT NULL DEFAULT 0.20 CHECK (yellow_share BETWEEN 0.05 AND 0.90),
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO warning_settings (id) VALUES (true);
COMMENT ON TABLE warning_settings IS 'The platform''s warning rule (one row): no national threshold exists, so the share is configurable.';
COMMENT ON COLUMN warning_settings.id IS 'Always true: the table has one row.';
COMMENT ON COLUMN warning_settings.yellow_share IS 'Yellow when the working time left falls to this share of the limit (0.20 = the last fifth).';
COMMENT ON COLUMN warning_settings.updated_at IS 'When the rule last changed.';

CREATE TABLE case_warnings (
  id bigserial PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  task_id uuid REFERENCES case_tasks (id),
  region_code text NOT NULL,
  department_id uuid NOT NULL REFERENCES departments (id),
  level text NOT NULL CHECK (level IN ('yellow', 'red')),
  reason text NOT NULL CHECK (reason IN ('share_left', 'overdue', 'step_overdue')),
  due_at timestamptz NOT NULL,
  raised_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  notified text[] NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX case_warnings_task_once ON case_warnings (task_id, level) WHERE task_id IS NOT NULL;
CREATE UNIQUE INDEX case_warnings_case_once ON case_warnings (case_id, level) WHERE task_id IS NULL;
CREATE INDEX case_warnings_region ON case_warnings (region_code text_pattern_ops, raised_at DESC);
CREATE INDEX case_warnings_case ON case_warnings (case_id);
CREATE INDEX cases_promised_open ON cases (promised_deadline) WHERE status = 'accepted';
COMMENT ON TABLE case_warnings IS 'Each yellow or red warning, raised once per task (or case) and level by the sweep, with when and whom it told; never changed.';
COMMENT ON COLUMN case_warnings.id IS 'Sequence number.';
COMMENT ON COLUMN case_warnings.case_id IS 'The case.';
COMMENT ON COLUMN case_warnings.task_id IS 'The task warned about; null for a warning on the case''s promised limit.';
COMMENT ON COLUMN case_warnings.region_code IS 'The task''s department region, or the case''s competent region: what a supervisor''s scope must cover.';
COMMENT ON COLUMN case_warnings.department_id IS 'The department responsible: the task''s, or the case''s competent department.';
COMMENT ON COLUMN case_warnings.level IS 'yellow (little time left, or a step overran its own limit) | red (overdue).';
COMMENT ON COLUMN case_warnings.reason IS 'share_left (working time left at or below the yellow share) | overdue (deadline passed) | step_overdue (a step of the case overran its own limit).';
COMMENT ON COLUMN case_warnings.due_at IS 'The deadline warned about, as it stood.';
COMMENT ON COLUMN case_warnings.raised_at IS 'When the sweep raised it, to the second.';
COMMENT ON COLUMN case_warnings.notified IS 'Names of the staff told (holder or pool, leaders, and for red the supervision office).';
CREATE TRIGGER case_warnings_append_only BEFORE UPDATE OR DELETE ON case_warnings
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
