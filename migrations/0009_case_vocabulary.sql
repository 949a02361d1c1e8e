-- The case vocabulary (statuses, history event kinds, document kinds) moves from CHECK lists
-- into small reference tables, so each later capability (back office, delivery …) adds its own
-- words with an INSERT instead of rewriting one shared constraint. src/shared/case-terms.ts
-- holds the same words with their labels; a test keeps the two equal.

CREATE TABLE case_statuses (
  status text PRIMARY KEY,
  label text NOT NULL
);
COMMENT ON TABLE case_statuses IS 'The statuses a case can have (src/shared/case-terms.ts CASE_STATUSES).';
COMMENT ON COLUMN case_statuses.status IS 'The status as stored in cases.status and case_events.status.';
COMMENT ON COLUMN case_statuses.label IS 'Its Chinese label, for people reading the database.';
INSERT INTO case_statuses (status, label) VALUES
  ('submitted', '已申请，待受理'),
  ('awaiting_materials', '已一次性告知，待补正'),
  ('accepted', '已受理'),
  ('completed', '已办结'),
  ('refused', '不予受理'),
  ('terminated', '已终止');

CREATE TABLE case_event_kinds (
  kind text PRIMARY KEY,
  label text NOT NULL
);
COMMENT ON TABLE case_event_kinds IS 'What a case history entry can record (src/shared/case-terms.ts CASE_EVENT_KINDS).';
COMMENT ON COLUMN case_event_kinds.kind IS 'The kind as stored in case_events.kind.';
COMMENT ON COLUMN case_event_kinds.label IS 'Its Chinese label, as the public timeline shows it.';
INSERT INTO case_event_kinds (kind, label) VALUES
  ('created', '提交申请'),
  ('routed', '转属地部门办理'),
  ('materials_recorded', '收取材料'),
  ('visit', '申请人到窗口'),
  ('missing_notice_issued', '一次性告知补正材料'),
  ('accepted', '受理'),
  ('accepted_tolerantly', '容缺受理'),
  ('refused', '不予受理'),
  ('completed', '办结'),
  ('commitment_fulfilled', '容缺材料已补齐'),
  ('terminated', '终止办理'),
  ('paper_sent', '纸质材料寄出'),
  ('paper_received', '纸质材料签收');

CREATE TABLE case_document_kinds (
  kind text PRIMARY KEY,
  prefix text NOT NULL UNIQUE CHECK (prefix ~ '^[A-Z]{2}$'),
  label text NOT NULL
);
COMMENT ON TABLE case_document_kinds IS 'The written documents a case can have (src/shared/case-terms.ts DOCUMENT_KINDS).';
COMMENT ON COLUMN case_document_kinds.kind IS 'The kind as stored in case_documents.kind.';
COMMENT ON COLUMN case_document_kinds.prefix IS 'The two letters in its document numbers.';
COMMENT ON COLUMN case_document_kinds.label IS 'Its Chinese title.';
INSERT INTO case_document_kinds (kind, prefix, label) VALUES
  ('acceptance', 'SL', '受理通知书'),
  ('tolerant_acceptance', 'RQ', '容缺受理通知书'),
  ('missing_materials', 'BZ', '一次性告知书'),
  ('refusal', 'BY', '不予受理决定书'),
  ('result', 'BJ', '办结通知书'),
  ('termination', 'ZZ', '终止办理通知书');

ALTER TABLE cases DROP CONSTRAINT cases_status_check,
  ADD CONSTRAINT cases_status_known FOREIGN KEY (status) REFERENCES case_statuses (status);
ALTER TABLE case_events DROP CONSTRAINT case_events_kind_check,
  ADD CONSTRAINT case_events_kind_known FOREIGN KEY (kind) REFERENCES case_event_kinds (kind),
  ADD CONSTRAINT case_events_status_known FOREIGN KEY (status) REFERENCES case_statuses (status);
ALTER TABLE case_documents DROP CONSTRAINT case_documents_kind_check,
  ADD CONSTRAINT case_documents_kind_known FOREIGN KEY (kind) REFERENCES case_document_kinds (kind);
