-- A case's clock in the back office: periods in which it stops (special procedures under
-- 《行政许可法》第四十五条, and waiting for the applicant's correction), the one extension of the
-- legal limit (第四十二条) a department leader approves, and the verification requests (信息核验)
-- one department sends another instead of sending the applicant for a certificate.
-- Every stop is a start/end period; when one ends, the case's deadlines and its open tasks' due
-- times are computed again from acceptance (or the task's opening) with all ended periods and
-- the approved extension, so deadlines move by exactly the working days lost.

CREATE TABLE case_suspensions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  region_code text NOT NULL,
  task_id uuid NOT NULL REFERENCES case_tasks (id),
  department_id uuid NOT NULL REFERENCES departments (id),
  kind text NOT NULL CHECK (
    kind IN ('hearing', 'tender_auction', 'testing', 'inspection', 'quarantine', 'appraisal',
             'expert_review', 'correction')
  ),
  note text NOT NULL CHECK (kind = 'correction' OR length(btrim(note)) > 0),
  corrections text[] NOT NULL DEFAULT '{}',
  document_id uuid NOT NULL REFERENCES case_documents (id),
  started_at timestamptz NOT NULL,
  started_by uuid NOT NULL REFERENCES staff_users (id),
  started_by_name text NOT NULL,
  ended_at timestamptz,
  ended_by_kind text CHECK (ended_by_kind IN ('staff', 'resident')),
  ended_by_id uuid,
  ended_by_name text,
  end_note text,
  answer_material_ids uuid[] NOT NULL DEFAULT '{}',
  answer_channel text CHECK (answer_channel IN ('online', 'window')),
  CONSTRAINT case_suspensions_period CHECK (ended_at IS NULL OR ended_at >= started_at),
  CONSTRAINT case_suspensions_ended CHECK (
    (ended_at IS NULL) = (ended_by_kind IS NULL) AND (ended_at IS NULL) = (ended_by_name IS NULL)
  ),
  CONSTRAINT case_suspensions_corrections CHECK ((kind = 'correction') = (cardinality(corrections) > 0)),
  CONSTRAINT case_suspensions_answer CHECK (
    kind = 'correction' OR (answer_channel IS NULL AND cardinality(answer_material_ids) = 0)
  )
);
CREATE UNIQUE INDEX case_suspensions_one_running ON case_suspensions (case_id) WHERE ended_at IS NULL;
CREATE INDEX case_suspensions_case ON case_suspensions (case_id, started_at);
COMMENT ON TABLE case_suspensions IS 'Periods in which a case''s clock stops (中止计时): a special procedure (《行政许可法》第四十五条) or waiting for the applicant''s correction (补正). At most one runs per case; ending one recomputes the case''s deadlines and its open tasks'' due times.';
COMMENT ON COLUMN case_suspensions.id IS 'Surrogate key.';
COMMENT ON COLUMN case_suspensions.case_id IS 'The case whose clock stopped.';
COMMENT ON COLUMN case_suspensions.region_code IS 'The case''s competent region (scope).';
COMMENT ON COLUMN case_suspensions.task_id IS 'The task it was started from; that task cannot be approved until it ends, and is where a special procedure is ended.';
COMMENT ON COLUMN case_suspensions.department_id IS 'The department of that task.';
COMMENT ON COLUMN case_suspensions.kind IS 'hearing 听证 | tender_auction 招标、拍卖 | testing 检验 | inspection 检测 | quarantine 检疫 | appraisal 鉴定 | expert_review 专家评审 | correction 申请人补正 (src/shared/clock-terms.ts).';
COMMENT ON COLUMN case_suspensions.note IS 'What is being done and why (special procedure, required), or the officer''s explanation to the applicant (correction, may be empty).';
COMMENT ON COLUMN case_suspensions.corrections IS 'For a correction: each thing the applicant must correct or supply, as the notice lists them; empty otherwise.';
COMMENT ON COLUMN case_suspensions.document_id IS 'The written notice to the applicant: 特别程序告知书 or 补正通知书.';
COMMENT ON COLUMN case_suspensions.started_at IS 'When the clock stopped; the working day it stopped on is lost (decision 0011).';
COMMENT ON COLUMN case_suspensions.started_by IS 'The officer who stopped it.';
COMMENT ON COLUMN case_suspensions.started_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN case_suspensions.ended_at IS 'When the clock restarted; null while it is stopped. The day it restarts counts again.';
COMMENT ON COLUMN case_suspensions.ended_by_kind IS 'staff (an officer ended the procedure, or a clerk recorded the correction at a window) | resident (the applicant answered in the app).';
COMMENT ON COLUMN case_suspensions.ended_by_id IS 'The staff user or resident who ended it.';
COMMENT ON COLUMN case_suspensions.ended_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN case_suspensions.end_note IS 'The outcome of the special procedure, or the applicant''s answer to the correction.';
COMMENT ON COLUMN case_suspensions.answer_material_ids IS 'Materials (material repository) the applicant supplied with the correction.';
COMMENT ON COLUMN case_suspensions.answer_channel IS 'online (the resident app) | window (recorded by a clerk): where the correction was handed in.';

CREATE TABLE case_extensions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  region_code text NOT NULL,
  task_id uuid NOT NULL REFERENCES case_tasks (id),
  department_id uuid NOT NULL REFERENCES departments (id),
  working_days integer NOT NULL CHECK (working_days BETWEEN 1 AND 15),
  reason text NOT NULL CHECK (length(btrim(reason)) > 0),
  state text NOT NULL DEFAULT 'requested' CHECK (state IN ('requested', 'approved', 'rejected')),
  requested_at timestamptz NOT NULL,
  requested_by uuid NOT NULL REFERENCES staff_users (id),
  requested_by_name text NOT NULL,
  decided_at timestamptz,
  decided_by uuid REFERENCES staff_users (id),
  decided_by_name text,
  decision_note text,
  legal_deadline_before timestamptz,
  legal_deadline_after timestamptz,
  document_id uuid REFERENCES case_documents (id),
  CONSTRAINT case_extensions_decided CHECK (
    (state = 'requested') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)
  ),
  CONSTRAINT case_extensions_approved CHECK (
    state = 'approved' OR (legal_deadline_after IS NULL AND document_id IS NULL)
  )
);
CREATE UNIQUE INDEX case_extensions_once ON case_extensions (case_id) WHERE state IN ('requested', 'approved');
CREATE INDEX case_extensions_pending ON case_extensions (department_id, requested_at) WHERE state = 'requested';
CREATE INDEX case_extensions_case ON case_extensions (case_id, requested_at);
COMMENT ON TABLE case_extensions IS 'Extensions of a case''s legal limit (延期, 《行政许可法》第四十二条): requested from a task with written reasons, approved or rejected by a leader of the task''s department. At most one is pending or approved per case (a rejected request may be followed by another).';
COMMENT ON COLUMN case_extensions.id IS 'Surrogate key.';
COMMENT ON COLUMN case_extensions.case_id IS 'The case.';
COMMENT ON COLUMN case_extensions.region_code IS 'The case''s competent region (scope).';
COMMENT ON COLUMN case_extensions.task_id IS 'The task it was requested from.';
COMMENT ON COLUMN case_extensions.department_id IS 'That task''s department, whose leaders (dept_leader) decide.';
COMMENT ON COLUMN case_extensions.working_days IS 'Working days added to the legal limit (10 under 第四十二条; 15 is kept possible for joint handling).';
COMMENT ON COLUMN case_extensions.reason IS 'The written reasons, told to the applicant when approved.';
COMMENT ON COLUMN case_extensions.state IS 'requested | approved (the legal deadline moved) | rejected.';
COMMENT ON COLUMN case_extensions.requested_at IS 'When it was requested.';
COMMENT ON COLUMN case_extensions.requested_by IS 'The officer who requested it.';
COMMENT ON COLUMN case_extensions.requested_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN case_extensions.decided_at IS 'When the leader decided.';
COMMENT ON COLUMN case_extensions.decided_by IS 'The leader who decided.';
COMMENT ON COLUMN case_extensions.decided_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN case_extensions.decision_note IS 'The leader''s opinion.';
COMMENT ON COLUMN case_extensions.legal_deadline_before IS 'The legal deadline when it was approved.';
COMMENT ON COLUMN case_extensions.legal_deadline_after IS 'The legal deadline it set (set only when approved).';
COMMENT ON COLUMN case_extensions.document_id IS 'The written notice to the applicant (延长审批期限告知书), when approved.';

CREATE TABLE case_verifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  region_code text NOT NULL,
  task_id uuid NOT NULL REFERENCES case_tasks (id),
  from_department_id uuid NOT NULL REFERENCES departments (id),
  to_department_id uuid NOT NULL REFERENCES departments (id),
  question text NOT NULL CHECK (length(btrim(question)) > 0),
  material_ids uuid[] NOT NULL DEFAULT '{}',
  working_days integer NOT NULL CHECK (working_days BETWEEN 1 AND 20),
  asked_at timestamptz NOT NULL,
  asked_by uuid NOT NULL REFERENCES staff_users (id),
  asked_by_name text NOT NULL,
  due_at timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'answered')),
  result text CHECK (result IN ('confirmed', 'not_confirmed')),
  answer_note text,
  answered_at timestamptz,
  answered_by uuid REFERENCES staff_users (id),
  answered_by_name text,
  CONSTRAINT case_verifications_other_department CHECK (from_department_id <> to_department_id),
  CONSTRAINT case_verifications_answered CHECK (
    (state = 'answered') = (result IS NOT NULL) AND (state = 'answered') = (answered_at IS NOT NULL)
  )
);
CREATE INDEX case_verifications_incoming_open ON case_verifications (to_department_id, due_at) WHERE state = 'open';
CREATE INDEX case_verifications_incoming ON case_verifications (to_department_id, asked_at);
CREATE INDEX case_verifications_outgoing ON case_verifications (from_department_id, asked_at);
CREATE INDEX case_verifications_case ON case_verifications (case_id, asked_at);
COMMENT ON TABLE case_verifications IS 'Verification requests (信息核验): a task''s department asks another department to confirm a fact of the case (with photos from the case''s materials) instead of sending the applicant for a certificate; the answer goes into the case history.';
COMMENT ON COLUMN case_verifications.id IS 'Surrogate key.';
COMMENT ON COLUMN case_verifications.case_id IS 'The case.';
COMMENT ON COLUMN case_verifications.region_code IS 'The case''s competent region (scope).';
COMMENT ON COLUMN case_verifications.task_id IS 'The task it was asked from.';
COMMENT ON COLUMN case_verifications.from_department_id IS 'The asking department (the task''s).';
COMMENT ON COLUMN case_verifications.to_department_id IS 'The department asked; only its staff answer.';
COMMENT ON COLUMN case_verifications.question IS 'What is to be confirmed.';
COMMENT ON COLUMN case_verifications.material_ids IS 'Photos and scans from the case''s materials (material repository) shown with the question.';
COMMENT ON COLUMN case_verifications.working_days IS 'The working days given for the answer.';
COMMENT ON COLUMN case_verifications.asked_at IS 'When it was asked.';
COMMENT ON COLUMN case_verifications.asked_by IS 'The officer who asked.';
COMMENT ON COLUMN case_verifications.asked_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN case_verifications.due_at IS 'The end of the last working day for the answer (Asia/Shanghai).';
COMMENT ON COLUMN case_verifications.state IS 'open | answered.';
COMMENT ON COLUMN case_verifications.result IS 'confirmed (属实) | not_confirmed (不属实或无法核实).';
COMMENT ON COLUMN case_verifications.answer_note IS 'The answering department''s notes.';
COMMENT ON COLUMN case_verifications.answered_at IS 'When it was answered.';
COMMENT ON COLUMN case_verifications.answered_by IS 'The officer who answered.';
COMMENT ON COLUMN case_verifications.answered_by_name IS 'Their name as it was then.';

INSERT INTO case_event_kinds (kind, label) VALUES
  ('suspended', '中止计时（特别程序）'),
  ('resumed', '恢复计时'),
  ('correction_requested', '退回申请人补正'),
  ('correction_answered', '申请人已补正'),
  ('extension_requested', '申请延长办理期限'),
  ('extension_approved', '延长办理期限'),
  ('extension_rejected', '延期申请未获批准'),
  ('verification_requested', '发起信息核验'),
  ('verification_answered', '信息核验已回复');
INSERT INTO case_document_kinds (kind, prefix, label) VALUES
  ('special_procedure', 'TB', '特别程序告知书'),
  ('correction_request', 'BT', '补正通知书'),
  ('extension', 'YQ', '延长审批期限告知书');
