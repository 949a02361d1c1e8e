-- The sweep asks, per limit, for the deadlines before that limit's warning cutoff (the instant
-- before which a deadline of that many working days is no longer green), so the partial
-- indexes of what is not warned yet lead with the limit. A case keeps its item's promised
-- limit beside its promised deadline for the same reason (issue 5: the sweep under 1 s).
ALTER TABLE cases ADD COLUMN promised_limit_days numeric CHECK (promised_limit_days >= 0);
COMMENT ON COLUMN cases.promised_limit_days IS 'The item''s promised limit in working days, written with promised_deadline at acceptance; null for a joint case''s parent and before acceptance.';

UPDATE cases c SET promised_limit_days = (v.content->>'promisedLimitDays')::numeric
FROM catalog_item_versions v
WHERE v.item_id = c.item_id AND v.version = c.item_version
  AND c.promised_deadline IS NOT NULL AND v.content->>'promisedLimitDays' IS NOT NULL;

DROP INDEX case_tasks_unwarned_open;
CREATE INDEX case_tasks_unwarned_open ON case_tasks (limit_days, due_at) WHERE state = 'open' AND warned IS NULL;
DROP INDEX cases_unwarned_accepted;
CREATE INDEX cases_unwarned_accepted ON cases (promised_limit_days, promised_deadline) WHERE status = 'accepted' AND warned IS NULL;
