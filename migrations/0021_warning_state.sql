-- The warning state kept on the task and the case themselves, mirroring case_warnings, so the
-- sweep finds what may still be raised from partial indexes instead of probing the warnings of
-- every open task and case (issue 5's bench: the sweep over 200,000 open tasks under 1 s).
ALTER TABLE case_tasks ADD COLUMN warned text CHECK (warned IN ('yellow', 'red'));
COMMENT ON COLUMN case_tasks.warned IS 'The highest warning raised on this task (case_warnings with its task_id): null, yellow or red. Set in the transaction that raises it.';
ALTER TABLE cases ADD COLUMN warned text CHECK (warned IN ('yellow', 'red'));
COMMENT ON COLUMN cases.warned IS 'The highest warning raised on the case itself (case_warnings without a task): null, yellow or red. Set in the transaction that raises it; not part of the case''s version.';

UPDATE case_tasks t SET warned = w.level
FROM (SELECT task_id, CASE WHEN bool_or(level = 'red') THEN 'red' ELSE 'yellow' END AS level
      FROM case_warnings WHERE task_id IS NOT NULL GROUP BY task_id) w
WHERE w.task_id = t.id;
UPDATE cases c SET warned = w.level
FROM (SELECT case_id, CASE WHEN bool_or(level = 'red') THEN 'red' ELSE 'yellow' END AS level
      FROM case_warnings WHERE task_id IS NULL GROUP BY case_id) w
WHERE w.case_id = c.id;

-- What a sweep may still raise: not warned yet (yellow or red), or yellow and now past due (red).
CREATE INDEX case_tasks_unwarned_open ON case_tasks (due_at) WHERE state = 'open' AND warned IS NULL;
CREATE INDEX case_tasks_yellow_open ON case_tasks (due_at) WHERE state = 'open' AND warned = 'yellow';
CREATE INDEX cases_unwarned_accepted ON cases (promised_deadline) WHERE status = 'accepted' AND warned IS NULL;
CREATE INDEX cases_yellow_accepted ON cases (promised_deadline) WHERE status = 'accepted' AND warned = 'yellow';
