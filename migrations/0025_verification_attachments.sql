-- The department asked to verify a fact answers with papers of its own (a photo of the register
-- page, a letter): uploaded for that request, submitted with the answer (issue 5: every action
-- takes an opinion and attachments).
ALTER TABLE case_attachments ADD COLUMN verification_id uuid REFERENCES case_verifications (id);
COMMENT ON COLUMN case_attachments.verification_id IS 'Set when the department asked uploaded it for its answer to this verification request (task_id is then the asking task); only that answer can submit it. Null for the attachments of a task''s own actions.';
COMMENT ON COLUMN case_attachments.task_id IS 'The task it was uploaded for (its uploader could act on that task then), or the asking task of the verification request it was uploaded for.';
