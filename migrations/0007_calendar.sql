-- Working-day calendar: the days that differ from "Monday to Friday work, Saturday and Sunday
-- rest" (statutory holidays and make-up working days), which years have their official
-- schedule loaded, and a revision number that lets every process keep the calendar in memory.

CREATE TABLE calendar_exceptions (
  day date PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 40),
  source text NOT NULL CHECK (source IN ('chinese-days', 'manual')),
  updated_by uuid REFERENCES staff_users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- A make-up working day (调休上班) is a Saturday or Sunday; a weekday already is a working day.
  CONSTRAINT calendar_workday_on_weekend CHECK (kind = 'holiday' OR extract(isodow FROM day) IN (6, 7))
);
COMMENT ON TABLE calendar_exceptions IS 'Days that break the weekly rule: statutory holidays (rest on a weekday, or a named weekend day inside a holiday) and make-up working days (调休上班, a Saturday or Sunday worked). Every other weekday works and every other weekend day rests.';
COMMENT ON COLUMN calendar_exceptions.day IS 'The calendar day, in Asia/Shanghai.';
COMMENT ON COLUMN calendar_exceptions.kind IS 'holiday: a rest day; workday: a make-up working day on a weekend.';
COMMENT ON COLUMN calendar_exceptions.name IS 'The holiday it belongs to, e.g. 国庆节; a make-up working day carries the name of the holiday it pays for.';
COMMENT ON COLUMN calendar_exceptions.source IS 'chinese-days: loaded from the chinese-days package shipped with the platform; manual: entered by an administrator.';
COMMENT ON COLUMN calendar_exceptions.updated_by IS 'Staff member who last set the day; null when loaded by the platform itself.';
COMMENT ON COLUMN calendar_exceptions.updated_at IS 'When the day was last set.';

CREATE TABLE calendar_years (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
  source text NOT NULL CHECK (source IN ('chinese-days', 'manual')),
  loaded_by uuid REFERENCES staff_users (id),
  loaded_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE calendar_years IS 'Years whose official holiday schedule (国务院办公厅 notice) is loaded. A year missing here still counts weekdays as working days, but its deadlines are provisional and administrators are warned.';
COMMENT ON COLUMN calendar_years.year IS 'The calendar year.';
COMMENT ON COLUMN calendar_years.source IS 'chinese-days: seeded from the package at start-up; manual: a whole-year schedule loaded by an administrator.';
COMMENT ON COLUMN calendar_years.loaded_by IS 'Staff member who loaded the schedule; null when seeded by the platform.';
COMMENT ON COLUMN calendar_years.loaded_at IS 'When the schedule was (last) loaded.';

CREATE TABLE calendar_revision (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  revision bigint NOT NULL DEFAULT 0
);
INSERT INTO calendar_revision DEFAULT VALUES;
COMMENT ON TABLE calendar_revision IS 'One row: a counter raised by every change to calendar_exceptions or calendar_years, so a process can tell with one read whether its in-memory calendar is stale.';
COMMENT ON COLUMN calendar_revision.singleton IS 'Always true: keeps the table at one row.';
COMMENT ON COLUMN calendar_revision.revision IS 'Raised by one at every statement that changes the calendar; visible to readers only once that change commits.';

CREATE FUNCTION raise_calendar_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE calendar_revision SET revision = revision + 1;
  RETURN NULL;
END;
$$;
COMMENT ON FUNCTION raise_calendar_revision() IS 'Statement trigger: any change to the calendar tables raises calendar_revision.revision.';

CREATE TRIGGER calendar_exceptions_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_exceptions
  FOR EACH STATEMENT EXECUTE FUNCTION raise_calendar_revision();
CREATE TRIGGER calendar_years_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_years
  FOR EACH STATEMENT EXECUTE FUNCTION raise_calendar_revision();
