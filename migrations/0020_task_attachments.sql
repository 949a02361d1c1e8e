-- Officers' attachments (办理附件): a paper an officer adds to a back-office action — a site
-- inspection photo, a test report, an expert opinion, a signed hearing record. They are official
-- records of the case, not the applicant's materials, so they stay out of the material repository
-- (materials, material_uses) and are never offered for reuse; the bytes share the content store.

CREATE TABLE case_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  task_id uuid NOT NULL REFERENCES case_tasks (id),
  file_sha256 text NOT NULL REFERENCES stored_files (sha256),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  uploaded_by uuid NOT NULL REFERENCES staff_users (id),
  uploaded_by_name text NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  event_id bigint REFERENCES case_events (id),
  used_at timestamptz,
  CONSTRAINT case_attachments_used_with_event CHECK ((event_id IS NULL) = (used_at IS NULL))
);
CREATE INDEX case_attachments_case ON case_attachments (case_id, uploaded_at);
CREATE INDEX case_attachments_file ON case_attachments (file_sha256);
COMMENT ON TABLE case_attachments IS 'Files an officer uploaded for a task of a case and then submitted with one action on it (event_id); internal records of the case, shown to staff only.';
COMMENT ON COLUMN case_attachments.id IS 'Surrogate key; what an action''s attachmentIds name.';
COMMENT ON COLUMN case_attachments.case_id IS 'The case the attachment belongs to; an action on another case cannot use it.';
COMMENT ON COLUMN case_attachments.task_id IS 'The task it was uploaded for (its uploader could act on that task then).';
COMMENT ON COLUMN case_attachments.file_sha256 IS 'The stored file (content-addressed, type checked from the content at upload).';
COMMENT ON COLUMN case_attachments.name IS 'Display name the officer gave, e.g. 现场核查照片.';
COMMENT ON COLUMN case_attachments.uploaded_by IS 'The officer who uploaded it.';
COMMENT ON COLUMN case_attachments.uploaded_by_name IS 'Their name at the time.';
COMMENT ON COLUMN case_attachments.uploaded_at IS 'When it was uploaded.';
COMMENT ON COLUMN case_attachments.event_id IS 'The case event of the action it was submitted with; null while not yet used. Set once, in that action''s transaction: an attachment goes with one action only.';
COMMENT ON COLUMN case_attachments.used_at IS 'When that action was taken; null exactly when event_id is.';
