-- Deadlines counted into a year whose official holiday schedule is not loaded yet are estimates
-- (weekends and the statutory holidays only); they are marked, shown as such, and corrected by the
-- job calendar.correct-provisional-deadlines when the calendar changes (decision 0028).

ALTER TABLE cases
  ADD COLUMN deadlines_provisional boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN cases.deadlines_provisional IS
  'The promised and legal deadlines cross a year without a loaded holiday schedule: estimated from the statutory holidays, corrected when the year is loaded.';

ALTER TABLE case_tasks
  ADD COLUMN due_provisional boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN case_tasks.due_provisional IS
  'due_at crosses a year without a loaded holiday schedule: estimated from the statutory holidays, corrected when the year is loaded.';

-- The correcting job reads only what is still provisional and open.
CREATE INDEX cases_deadlines_provisional ON cases (id) WHERE deadlines_provisional AND status = 'accepted';
COMMENT ON INDEX cases_deadlines_provisional IS 'Accepted cases whose deadlines are provisional, for the correcting job.';
CREATE INDEX case_tasks_due_provisional ON case_tasks (case_id) WHERE due_provisional AND state = 'open';
COMMENT ON INDEX case_tasks_due_provisional IS 'Open tasks whose due time is provisional, for the correcting job.';

INSERT INTO case_event_kinds (kind, label) VALUES
  ('deadlines_corrected', '按国务院公布的节假日安排校正办理期限');
