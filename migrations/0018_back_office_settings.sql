-- Back-office settings (办理设置): the B-post takeover share joins the yellow-warning share in the
-- one settings row, and an item's step may name its handler per initiating office
-- (按事项和受理机构指定办理人). Decision 0021.

ALTER TABLE warning_settings
  ADD COLUMN takeover_share numeric(3, 2) NOT NULL DEFAULT 0.50
    CHECK (takeover_share > 0 AND takeover_share < 1);
COMMENT ON TABLE warning_settings IS 'The platform''s back-office timing rules (one row), set by a platform administrator on 办理设置: no national threshold exists, so both shares are configurable.';
COMMENT ON COLUMN warning_settings.takeover_share IS 'B-post takeover (AB岗接办): once a task has used this share of its limit (wall time from opening to its deadline), the holder''s B-post may act on it (0.50 = half the limit).';

CREATE TABLE step_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES catalog_items (id),
  step_key text NOT NULL CHECK (length(btrim(step_key)) > 0),
  intake_region_code text NOT NULL REFERENCES regions (code),
  staff_id uuid NOT NULL REFERENCES staff_users (id),
  department_id uuid NOT NULL REFERENCES departments (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES staff_users (id),
  UNIQUE (item_id, step_key, intake_region_code)
);
CREATE INDEX step_assignments_department ON step_assignments (department_id);
COMMENT ON TABLE step_assignments IS 'A named handler for one workflow step of an item (any version) for the cases one office took in: when the step''s task opens for such a case, it goes straight to this person while they are active and hold the step''s role in the task''s department; otherwise the catalogue''s actor applies.';
COMMENT ON COLUMN step_assignments.id IS 'Surrogate key.';
COMMENT ON COLUMN step_assignments.item_id IS 'The catalogue item; the assignment holds for every version whose workflow has the step key.';
COMMENT ON COLUMN step_assignments.step_key IS 'The step''s key in the item''s workflow.';
COMMENT ON COLUMN step_assignments.intake_region_code IS 'The initiating office, as cases.intake_region_code: the region of the hall that took the case, or for online and agent cases the applicant''s street, whose clerks decide the intake. Matched exactly.';
COMMENT ON COLUMN step_assignments.staff_id IS 'The staff member who handles the step (the A-post; their B-post rule applies as for any holder).';
COMMENT ON COLUMN step_assignments.department_id IS 'The department the person acts for in this step (the step''s department or its counterpart): the task must go to it for the assignment to apply; its leaders manage the assignment.';
COMMENT ON COLUMN step_assignments.created_at IS 'When the assignment was made.';
COMMENT ON COLUMN step_assignments.created_by IS 'Who made it.';
