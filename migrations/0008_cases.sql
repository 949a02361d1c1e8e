-- Cases (办件) at intake: one application of one catalogue item, its materials, its written
-- documents and its append-only history. Every case-side row carries region codes, so the
-- tables can later be distributed by region.

CREATE SEQUENCE case_number_seq;
COMMENT ON SEQUENCE case_number_seq IS 'The running part of case numbers. A sequence never blocks concurrent intakes (no counter row to lock); numbers lost to rolled-back intakes leave gaps, which is harmless.';

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_number text NOT NULL UNIQUE CHECK (case_number ~ '^[0-9]{6,12}-[0-9]{8}-[0-9]{6,}$'),
  public_code text NOT NULL UNIQUE CHECK (public_code ~ '^[A-Za-z0-9_-]{22,}$'),
  item_id uuid NOT NULL,
  item_version integer NOT NULL,
  handling_kind text NOT NULL CHECK (handling_kind IN ('on_the_spot', 'promised')),
  applicant_kind text NOT NULL CHECK (applicant_kind IN ('person', 'enterprise')),
  applicant_number text NOT NULL,
  applicant_name text NOT NULL CHECK (length(btrim(applicant_name)) > 0),
  applicant_phone text NOT NULL CHECK (applicant_phone ~ '^1[3-9][0-9]{9}$'),
  agent_name text,
  agent_number text,
  agent_staff_id uuid REFERENCES staff_users (id),
  channel text NOT NULL CHECK (channel IN ('window', 'online', 'phone', 'agent')),
  hall_id uuid REFERENCES halls (id),
  window_id uuid REFERENCES service_windows (id),
  intake_region_code text NOT NULL REFERENCES regions (code),
  routing_basis text NOT NULL CHECK (routing_basis IN ('household', 'residence', 'registered_address')),
  applicant_region_code text NOT NULL,
  competent_region_code text NOT NULL,
  competent_department_id uuid NOT NULL REFERENCES departments (id),
  any_window boolean NOT NULL,
  status text NOT NULL CHECK (
    status IN ('submitted', 'awaiting_materials', 'accepted', 'completed', 'refused', 'terminated')
  ),
  current_step text,
  form_data jsonb NOT NULL DEFAULT '{}'::jsonb,
  visits integer NOT NULL CHECK (visits >= 0),
  reused_material_count integer NOT NULL DEFAULT 0 CHECK (reused_material_count >= 0),
  tolerant boolean NOT NULL DEFAULT false,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  accepted_at timestamptz,
  closed_at timestamptz,
  promised_deadline timestamptz,
  legal_deadline timestamptz,
  result jsonb,
  paper_tracking_number text,
  paper_sent_at timestamptz,
  paper_received_at timestamptz,
  started_by_kind text NOT NULL CHECK (started_by_kind IN ('staff', 'resident')),
  started_by_id uuid NOT NULL,
  started_by_name text NOT NULL,
  row_version integer NOT NULL DEFAULT 1 CHECK (row_version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (item_id, item_version) REFERENCES catalog_item_versions (item_id, version),
  CONSTRAINT cases_applicant_number_shape CHECK (
    (applicant_kind = 'person' AND applicant_number ~ '^[0-9]{17}[0-9X]$')
    OR (applicant_kind = 'enterprise' AND applicant_number ~ '^[0-9A-HJ-NP-RTUWXY]{18}$')
  ),
  CONSTRAINT cases_window_needs_hall CHECK (window_id IS NULL OR hall_id IS NOT NULL),
  CONSTRAINT cases_hall_for_desk_channels CHECK ((channel IN ('window', 'phone')) = (hall_id IS NOT NULL)),
  CONSTRAINT cases_agent_channel CHECK ((channel = 'agent') = (agent_staff_id IS NOT NULL)),
  CONSTRAINT cases_paper_order CHECK (paper_received_at IS NULL OR paper_sent_at IS NOT NULL)
);
CREATE INDEX cases_intake_region ON cases (intake_region_code text_pattern_ops, submitted_at DESC);
CREATE INDEX cases_competent_region ON cases (competent_region_code text_pattern_ops, status);
CREATE INDEX cases_applicant ON cases (applicant_kind, applicant_number, submitted_at DESC);
COMMENT ON TABLE cases IS 'One application of one catalogue item (办件), from intake to its intake outcome; the item version it started with is kept. The history is in case_events.';
COMMENT ON COLUMN cases.id IS 'Surrogate key.';
COMMENT ON COLUMN cases.case_number IS 'Readable unique number: the intake region code, the submission date (yyyymmdd, Asia/Shanghai) and the running number from case_number_seq, e.g. 330103004-20260115-000042.';
COMMENT ON COLUMN cases.public_code IS 'Unguessable code (128 random bits, base64url) of the public progress page /t/<code> and the receipt''s QR code; separate from the number so numbers cannot be enumerated.';
COMMENT ON COLUMN cases.item_id IS 'The catalogue item applied for.';
COMMENT ON COLUMN cases.item_version IS 'The published version the case started with; materials, form and limits are read from it for the case''s whole life.';
COMMENT ON COLUMN cases.handling_kind IS 'on_the_spot (即办件) | promised (承诺件), copied from the item version for statistics.';
COMMENT ON COLUMN cases.applicant_kind IS 'person (citizen ID number) | enterprise (unified social credit code).';
COMMENT ON COLUMN cases.applicant_number IS 'The applicant''s citizen ID number or credit code, check character verified. Personal data: staff reads are logged in case_reads.';
COMMENT ON COLUMN cases.applicant_name IS 'The applicant''s name (person or organisation) at intake.';
COMMENT ON COLUMN cases.applicant_phone IS 'Mobile number the applicant is notified at.';
COMMENT ON COLUMN cases.agent_name IS 'Name of the person applying on the applicant''s behalf (代办人), if any.';
COMMENT ON COLUMN cases.agent_number IS 'The agent''s citizen ID number, when the agent is a private person.';
COMMENT ON COLUMN cases.agent_staff_id IS 'The grid worker or agent (代办员) who submitted the case, for the agent channel.';
COMMENT ON COLUMN cases.channel IS 'window | online (resident app) | phone (taken by a clerk on the telephone) | agent (代办员).';
COMMENT ON COLUMN cases.hall_id IS 'The hall that took the application (window and phone channels).';
COMMENT ON COLUMN cases.window_id IS 'The window that took the application, when at a window.';
COMMENT ON COLUMN cases.intake_region_code IS 'Region of the intake: the hall''s region, or for online and agent cases the applicant''s street. Clerks whose case.intake scope covers it decide the intake; the case number starts with it.';
COMMENT ON COLUMN cases.routing_basis IS 'Which applicant region decided the competent office: household (户籍地), residence (居住地) or registered_address (an enterprise''s 住所).';
COMMENT ON COLUMN cases.applicant_region_code IS 'The applicant''s region on that basis, as the registry or the clerk gave it.';
COMMENT ON COLUMN cases.competent_region_code IS 'The applicant''s region cut to the item''s level (6 digits county, 9 street …): the jurisdiction of the competent (属地) office.';
COMMENT ON COLUMN cases.competent_department_id IS 'The department that decides the case (the item''s implementing body for that jurisdiction).';
COMMENT ON COLUMN cases.any_window IS 'Any-window handling (通办): the application was taken outside the applicant''s own place (the intake region does not contain the applicant''s region).';
COMMENT ON COLUMN cases.status IS 'submitted | awaiting_materials (一次性告知 issued) | accepted | completed | refused | terminated. Written with the event that changes it, in one transaction.';
COMMENT ON COLUMN cases.current_step IS 'Key of the workflow step the case waits in after acceptance (promised items); null before acceptance and once closed.';
COMMENT ON COLUMN cases.form_data IS 'The application form: field key -> value, keys as in the item version''s formFields.';
COMMENT ON COLUMN cases.visits IS 'Times the applicant came to a window for this case (最多跑一次 counts them); 0 for online, phone and agent applications until a visit.';
COMMENT ON COLUMN cases.reused_material_count IS 'Materials the applicant did not hand over because an electronic certificate or the material repository supplied them.';
COMMENT ON COLUMN cases.tolerant IS 'Accepted tolerantly (容缺受理) with a commitment to supply secondary materials.';
COMMENT ON COLUMN cases.submitted_at IS 'When the application was made.';
COMMENT ON COLUMN cases.accepted_at IS 'When it was accepted (受理); the limits count from this day.';
COMMENT ON COLUMN cases.closed_at IS 'When it was completed, refused or terminated.';
COMMENT ON COLUMN cases.promised_deadline IS 'End of the promised limit (承诺时限) in working days from acceptance; null until accepted, or while no working-day calendar is available.';
COMMENT ON COLUMN cases.legal_deadline IS 'End of the legal limit (法定时限) in working days from acceptance; null when the item has none or before acceptance.';
COMMENT ON COLUMN cases.result IS 'What the case produced when completed, e.g. {"number":"…","note":"…"} for an elderly card issued on the spot.';
COMMENT ON COLUMN cases.paper_tracking_number IS 'Postal tracking number of the paper originals sent to the competent office (通办).';
COMMENT ON COLUMN cases.paper_sent_at IS 'When the intake hall sent the paper originals.';
COMMENT ON COLUMN cases.paper_received_at IS 'When the competent office signed for them.';
COMMENT ON COLUMN cases.started_by_kind IS 'staff | resident: who created the case.';
COMMENT ON COLUMN cases.started_by_id IS 'staff_users.id or residents.id of who created it.';
COMMENT ON COLUMN cases.started_by_name IS 'Their name at the time.';
COMMENT ON COLUMN cases.row_version IS 'Optimistic concurrency: every change adds one; an act on an older version is refused with 409.';
COMMENT ON COLUMN cases.created_at IS 'When the row was written.';
COMMENT ON COLUMN cases.updated_at IS 'When the row last changed.';

CREATE TABLE case_materials (
  case_id uuid NOT NULL REFERENCES cases (id),
  material_key text NOT NULL,
  region_code text NOT NULL,
  name text NOT NULL,
  required boolean NOT NULL,
  state text NOT NULL CHECK (
    state IN ('missing', 'provided', 'defective', 'reused_certificate', 'reused_material', 'promised', 'not_applicable')
  ),
  defect_reason text,
  material_id uuid REFERENCES materials (id),
  certificate_id uuid REFERENCES certificates (id),
  promised_due date,
  submitted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, material_key),
  CONSTRAINT case_materials_defect_reason CHECK ((state = 'defective') = (defect_reason IS NOT NULL)),
  CONSTRAINT case_materials_promise CHECK ((state = 'promised') = (promised_due IS NOT NULL)),
  CONSTRAINT case_materials_reused_material CHECK (state <> 'reused_material' OR material_id IS NOT NULL),
  CONSTRAINT case_materials_reused_certificate CHECK ((state = 'reused_certificate') = (certificate_id IS NOT NULL)),
  CONSTRAINT case_materials_main_not_optional CHECK (NOT (required AND state = 'not_applicable'))
);
CREATE INDEX case_materials_commitments ON case_materials (promised_due) WHERE state = 'promised';
COMMENT ON TABLE case_materials IS 'One row per material of the case''s item version: what the applicant handed over, what was reused, what is missing, defective or promised.';
COMMENT ON COLUMN case_materials.case_id IS 'The case.';
COMMENT ON COLUMN case_materials.material_key IS 'The material''s key in the item version''s materials.';
COMMENT ON COLUMN case_materials.region_code IS 'The case''s competent region (for distribution by region).';
COMMENT ON COLUMN case_materials.name IS 'The material''s name in the item version.';
COMMENT ON COLUMN case_materials.required IS 'A main material (required in the catalogue): never tolerated (容缺), never not_applicable.';
COMMENT ON COLUMN case_materials.state IS 'missing | provided | defective (with reason) | reused_certificate | reused_material | promised (容缺, with due date) | not_applicable (a conditional material that does not apply to this application).';
COMMENT ON COLUMN case_materials.defect_reason IS 'What is wrong with it, as the missing-material notice will say.';
COMMENT ON COLUMN case_materials.material_id IS 'The material repository record: the reused material, or the scan of what was handed over.';
COMMENT ON COLUMN case_materials.certificate_id IS 'The electronic certificate that stands in for the paper (reused_certificate).';
COMMENT ON COLUMN case_materials.promised_due IS 'The day by which the applicant committed to supply it (容缺受理).';
COMMENT ON COLUMN case_materials.submitted_at IS 'When the paper now recorded was handed over; decides whether a later missing-material notice may name it (see decision record).';
COMMENT ON COLUMN case_materials.updated_at IS 'When the row last changed.';

CREATE TABLE case_events (
  id bigserial PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  region_code text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  kind text NOT NULL CHECK (
    kind IN (
      'created', 'routed', 'materials_recorded', 'visit', 'missing_notice_issued', 'accepted',
      'accepted_tolerantly', 'refused', 'completed', 'commitment_fulfilled', 'terminated',
      'paper_sent', 'paper_received'
    )
  ),
  status text NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'resident', 'system')),
  actor_id uuid,
  actor_name text NOT NULL,
  office_name text,
  hall_id uuid REFERENCES halls (id),
  window_id uuid REFERENCES service_windows (id),
  place text,
  channel text NOT NULL CHECK (channel IN ('window', 'online', 'phone', 'agent', 'system')),
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX case_events_case ON case_events (case_id, id);
COMMENT ON TABLE case_events IS 'Append-only history of every case (痕迹管理): each action with actor, office, window, channel and time. Progress pages, audit and supervision read it; nothing edits or deletes it.';
COMMENT ON COLUMN case_events.id IS 'Sequence number; orders the history.';
COMMENT ON COLUMN case_events.case_id IS 'The case.';
COMMENT ON COLUMN case_events.region_code IS 'The case''s competent region (for distribution by region).';
COMMENT ON COLUMN case_events.at IS 'When it happened (clock time, to the microsecond; shown to the second).';
COMMENT ON COLUMN case_events.kind IS 'What happened: created, routed, materials_recorded, visit, missing_notice_issued, accepted, accepted_tolerantly, refused, completed, commitment_fulfilled, terminated, paper_sent, paper_received.';
COMMENT ON COLUMN case_events.status IS 'The case''s status after the event.';
COMMENT ON COLUMN case_events.actor_kind IS 'staff | resident | system.';
COMMENT ON COLUMN case_events.actor_id IS 'staff_users.id or residents.id; null for the system.';
COMMENT ON COLUMN case_events.actor_name IS 'The actor''s name at the time (masked on public pages).';
COMMENT ON COLUMN case_events.office_name IS 'The actor''s office (department) at the time.';
COMMENT ON COLUMN case_events.hall_id IS 'The hall where it happened, if at a hall.';
COMMENT ON COLUMN case_events.window_id IS 'The window where it happened, if at a window.';
COMMENT ON COLUMN case_events.place IS 'The hall and window in words, e.g. 潮鸣街道便民服务中心 2号窗口.';
COMMENT ON COLUMN case_events.channel IS 'window | online | phone | agent | system: how the action reached the case.';
COMMENT ON COLUMN case_events.details IS 'What the event needs beyond that: material keys, document number, reasons, tracking number …';
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE case_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  region_code text NOT NULL,
  kind text NOT NULL CHECK (
    kind IN ('acceptance', 'tolerant_acceptance', 'missing_materials', 'refusal', 'result', 'termination')
  ),
  number text NOT NULL UNIQUE,
  content jsonb NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  issued_by_kind text NOT NULL CHECK (issued_by_kind IN ('staff', 'system')),
  issued_by_id uuid,
  issued_by_name text NOT NULL,
  office_name text NOT NULL
);
CREATE INDEX case_documents_case ON case_documents (case_id, issued_at);
COMMENT ON TABLE case_documents IS 'The written documents of intake, as issued: acceptance notice, tolerant-acceptance notice with the commitment, missing-material notice (一次性告知书), refusal decision with review and litigation rights, result and termination notices. Never changed once issued.';
COMMENT ON COLUMN case_documents.id IS 'Surrogate key.';
COMMENT ON COLUMN case_documents.case_id IS 'The case.';
COMMENT ON COLUMN case_documents.region_code IS 'The case''s competent region (for distribution by region).';
COMMENT ON COLUMN case_documents.kind IS 'acceptance | tolerant_acceptance | missing_materials | refusal | result | termination.';
COMMENT ON COLUMN case_documents.number IS 'Document number: the case number, the kind''s prefix (SL, RQ, BZ, BY, BJ, ZZ) and the count of that kind in the case, e.g. 330103004-20260115-000042-BZ1.';
COMMENT ON COLUMN case_documents.content IS 'Snapshot of everything the printed page shows (title, applicant, item, office, lists, commitment, reasons, rights), so a reprint shows what was issued.';
COMMENT ON COLUMN case_documents.issued_at IS 'When it was issued.';
COMMENT ON COLUMN case_documents.issued_by_kind IS 'staff | system (e.g. a termination for an unmet commitment).';
COMMENT ON COLUMN case_documents.issued_by_id IS 'staff_users.id of the issuer; null for the system.';
COMMENT ON COLUMN case_documents.issued_by_name IS 'The issuer''s name at the time.';
COMMENT ON COLUMN case_documents.office_name IS 'The office in whose name it was issued.';
CREATE TRIGGER case_documents_append_only BEFORE UPDATE OR DELETE ON case_documents
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE case_idempotency_keys (
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'resident')),
  actor_id uuid NOT NULL,
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  request_hash text NOT NULL,
  case_id uuid NOT NULL REFERENCES cases (id),
  region_code text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (actor_kind, actor_id, key)
);
COMMENT ON TABLE case_idempotency_keys IS 'Idempotency-Key headers of case creations: a retry with the same key and body returns the same case; the same key with another body is refused.';
COMMENT ON COLUMN case_idempotency_keys.actor_kind IS 'staff | resident: keys are scoped to whoever sent them.';
COMMENT ON COLUMN case_idempotency_keys.actor_id IS 'staff_users.id or residents.id.';
COMMENT ON COLUMN case_idempotency_keys.key IS 'The Idempotency-Key header as sent.';
COMMENT ON COLUMN case_idempotency_keys.request_hash IS 'SHA-256 of the route and the canonical JSON body of the first request.';
COMMENT ON COLUMN case_idempotency_keys.case_id IS 'The case that request created.';
COMMENT ON COLUMN case_idempotency_keys.region_code IS 'The case''s competent region (for distribution by region).';
COMMENT ON COLUMN case_idempotency_keys.created_at IS 'When the key was first used.';

CREATE TABLE case_reads (
  id bigserial PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  region_code text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  staff_id uuid NOT NULL REFERENCES staff_users (id),
  staff_name text NOT NULL,
  department_id uuid REFERENCES departments (id),
  ip text
);
CREATE INDEX case_reads_case ON case_reads (case_id, id);
COMMENT ON TABLE case_reads IS 'Append-only log of staff opening a case''s full record (applicant, form, materials): who, when, from where.';
COMMENT ON COLUMN case_reads.id IS 'Sequence number.';
COMMENT ON COLUMN case_reads.case_id IS 'The case read.';
COMMENT ON COLUMN case_reads.region_code IS 'The case''s competent region (for distribution by region).';
COMMENT ON COLUMN case_reads.at IS 'When it was read.';
COMMENT ON COLUMN case_reads.staff_id IS 'Who read it.';
COMMENT ON COLUMN case_reads.staff_name IS 'Their name at the time.';
COMMENT ON COLUMN case_reads.department_id IS 'Their department at the time, if any.';
COMMENT ON COLUMN case_reads.ip IS 'The client address of the request.';
CREATE TRIGGER case_reads_append_only BEFORE UPDATE OR DELETE ON case_reads
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
