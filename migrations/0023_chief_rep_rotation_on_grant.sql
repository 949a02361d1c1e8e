-- A chief representative (首席代表) joins the rotation when the role is granted, so opening a
-- chief's step takes the turn in one statement; it used to add the department's new chiefs'
-- rows first, on every chief's step opened (issue 5: a workflow action's round trips).
CREATE FUNCTION chief_rep_joins_rotation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO chief_rep_turns (department_id, staff_id, last_assigned_at)
  VALUES (NEW.department_id, NEW.user_id, 'epoch')
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION chief_rep_joins_rotation() IS 'Row trigger on role_grants: a chief_rep grant for a department puts its holder in that department''s rotation, as never given a task.';

CREATE TRIGGER role_grants_chief_rep_rotation AFTER INSERT OR UPDATE ON role_grants
  FOR EACH ROW WHEN (NEW.role = 'chief_rep' AND NEW.department_id IS NOT NULL)
  EXECUTE FUNCTION chief_rep_joins_rotation();

INSERT INTO chief_rep_turns (department_id, staff_id, last_assigned_at)
SELECT department_id, user_id, 'epoch' FROM role_grants
WHERE role = 'chief_rep' AND department_id IS NOT NULL
ON CONFLICT DO NOTHING;
