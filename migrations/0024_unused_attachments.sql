-- The nightly job that drops officers' uploads no action took within a week reads only those
-- (event_id IS NULL), oldest first: a partial index keeps it off the submitted ones, which are
-- almost all of the table.
CREATE INDEX case_attachments_unused ON case_attachments (uploaded_at) WHERE event_id IS NULL;
