-- Leaders copied on a step (抄送): the catalogue marks the step (item content, workflow[].copyLeaders);
-- each task keeps whether it was copied, so a leader's "copied to me" list reads an index,
-- not the item versions' JSON.
ALTER TABLE case_tasks ADD COLUMN copied_to_leaders boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN case_tasks.copied_to_leaders IS 'The step copies the department''s leaders (抄送): they were told when the task opened and see it in their inbox''s 抄送我的 while it is open.';
CREATE INDEX case_tasks_copied_open ON case_tasks (department_id, due_at) WHERE state = 'open' AND copied_to_leaders;
