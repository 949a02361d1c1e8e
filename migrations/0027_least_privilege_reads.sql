-- Least privilege on personal data (issue 12 §2): a registry grant names the roles whose work
-- needs it; a case read says why and whether the reader saw the personal data masked; staff
-- reads of a certificate's detail and of a material's file are logged; and the resident reads
-- all of them through one view.

ALTER TABLE data_grants ADD COLUMN roles text[] NOT NULL DEFAULT '{}';
-- Grants made before roles were named: every role that reads the registry except the grid
-- worker, whose work (代办, 送达) never needed a department's whole grant. An administrator
-- narrows them by withdrawing and granting again.
UPDATE data_grants SET roles = ARRAY['admin', 'window_clerk', 'approver', 'chief_rep', 'dept_leader'];
ALTER TABLE data_grants ALTER COLUMN roles DROP DEFAULT;
ALTER TABLE data_grants ADD CONSTRAINT data_grants_roles_named CHECK (cardinality(roles) > 0);
COMMENT ON COLUMN data_grants.roles IS 'The staff roles (src/shared/roles.ts) whose work the purpose serves: only a reader holding one of them may read under this grant.';

ALTER TABLE case_reads ADD COLUMN purpose text NOT NULL DEFAULT '办理办件';
ALTER TABLE case_reads ALTER COLUMN purpose DROP DEFAULT;
ALTER TABLE case_reads ADD COLUMN masked boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN case_reads.purpose IS 'Why the reader opened it, from their part in the case: 受理 (its window or intake), 审批 (its tasks), 送达 (its delivery), 监督 (supervising it, masked).';
COMMENT ON COLUMN case_reads.masked IS 'True when the reader saw the ID number, phone and addresses masked (they supervise the case and do not act on it).';

CREATE TABLE record_reads (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  staff_id uuid NOT NULL REFERENCES staff_users (id),
  staff_name text NOT NULL,
  department_id uuid REFERENCES departments (id),
  subject_kind text NOT NULL CHECK (subject_kind IN ('person', 'enterprise')),
  subject_number text NOT NULL,
  record_kind text NOT NULL CHECK (record_kind IN ('certificate', 'material')),
  record_id uuid NOT NULL,
  record_name text NOT NULL,
  purpose text NOT NULL,
  ip text
);
CREATE INDEX record_reads_subject ON record_reads (subject_kind, subject_number, at DESC);
CREATE TRIGGER record_reads_append_only BEFORE UPDATE OR DELETE ON record_reads
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
COMMENT ON TABLE record_reads IS 'Append-only log of staff reading a certificate''s full record or opening a material''s file: who, what, why. The holder or owner sees it in the app.';
COMMENT ON COLUMN record_reads.id IS 'Sequence number.';
COMMENT ON COLUMN record_reads.at IS 'When it was read.';
COMMENT ON COLUMN record_reads.staff_id IS 'Who read it.';
COMMENT ON COLUMN record_reads.staff_name IS 'Their name at the time.';
COMMENT ON COLUMN record_reads.department_id IS 'Their department at the time, if any.';
COMMENT ON COLUMN record_reads.subject_kind IS 'person (citizen ID number) or enterprise (credit code): whose record it is.';
COMMENT ON COLUMN record_reads.subject_number IS 'The holder''s or owner''s full number, for the person''s own look-up; never shown to others.';
COMMENT ON COLUMN record_reads.record_kind IS 'certificate (its detail) or material (its file).';
COMMENT ON COLUMN record_reads.record_id IS 'certificates.id or materials.id.';
COMMENT ON COLUMN record_reads.record_name IS 'What was read as the person knows it: the certificate type''s name or the material''s name.';
COMMENT ON COLUMN record_reads.purpose IS 'Why: the work the read served (e.g. 证照管理, 窗口收取材料, 审批办件 and the case number).';
COMMENT ON COLUMN record_reads.ip IS 'The client address of the request.';

-- The resident's 我的信息查阅记录: every staff read of their data, newest first per subject.
-- Each branch is served by its own index on (kind, number): data_reads_subject, record_reads_subject,
-- and for cases the (applicant_kind, applicant_number) index of cases with case_reads_case.
CREATE VIEW personal_data_reads AS
  SELECT 'registry:' || r.id AS id, 'registry' AS read_kind, r.at, r.staff_name, r.department_id,
         r.subject_kind, r.subject_number, NULL::text AS record_name, r.fields, r.purpose,
         r.case_ref, false AS masked
    FROM data_reads r
  UNION ALL
  SELECT 'case:' || cr.id, 'case', cr.at, cr.staff_name, cr.department_id,
         c.applicant_kind, c.applicant_number, c.case_number, NULL::text[], cr.purpose,
         c.case_number, cr.masked
    FROM case_reads cr JOIN cases c ON c.id = cr.case_id
  UNION ALL
  SELECT rr.record_kind || ':' || rr.id, rr.record_kind, rr.at, rr.staff_name, rr.department_id,
         rr.subject_kind, rr.subject_number, rr.record_name, NULL::text[], rr.purpose,
         NULL::text, false
    FROM record_reads rr;
COMMENT ON VIEW personal_data_reads IS 'Every staff read of a person''s or enterprise''s data (registry, cases, certificates, materials) as the person sees it in 我的信息查阅记录.';
COMMENT ON COLUMN personal_data_reads.id IS 'Kind and sequence number of the underlying row (registry:12, case:7, certificate:3, material:5).';
COMMENT ON COLUMN personal_data_reads.read_kind IS 'registry, case, certificate or material.';
COMMENT ON COLUMN personal_data_reads.at IS 'When it was read.';
COMMENT ON COLUMN personal_data_reads.staff_name IS 'Who read it (shown masked to the person).';
COMMENT ON COLUMN personal_data_reads.department_id IS 'Their department, if any.';
COMMENT ON COLUMN personal_data_reads.subject_kind IS 'person or enterprise.';
COMMENT ON COLUMN personal_data_reads.subject_number IS 'Whose data: the full number, to look up one''s own.';
COMMENT ON COLUMN personal_data_reads.record_name IS 'The case number, certificate type or material name read; null for a registry read.';
COMMENT ON COLUMN personal_data_reads.fields IS 'The registry fields returned; null for other reads.';
COMMENT ON COLUMN personal_data_reads.purpose IS 'Why it was read.';
COMMENT ON COLUMN personal_data_reads.case_ref IS 'The case the read served, if any.';
COMMENT ON COLUMN personal_data_reads.masked IS 'True when the reader saw the personal data masked.';
