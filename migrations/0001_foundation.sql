-- Foundation: regions, departments, halls, windows, staff, role grants, residents,
-- sessions, one-time codes, the notification outbox and the audit log.

CREATE TABLE regions (
  code text PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  level text NOT NULL CHECK (level IN ('district', 'street', 'community')),
  parent_code text REFERENCES regions (code),
  sort_order integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT regions_code_shape CHECK (
    (level = 'district' AND code ~ '^[0-9]{6}$' AND parent_code IS NULL)
    OR (level = 'street' AND code ~ '^[0-9]{9}$' AND parent_code = left(code, 6))
    OR (level = 'community' AND code ~ '^[0-9]{12}$' AND parent_code = left(code, 9))
  )
);
CREATE INDEX regions_code_prefix ON regions (code text_pattern_ops);
CREATE INDEX regions_parent ON regions (parent_code);
COMMENT ON TABLE regions IS 'Administrative regions in three levels; codes follow GB/T 2260 with 9/12-digit statistical extensions, so a subtree is a code prefix.';
COMMENT ON COLUMN regions.code IS '6 digits (district), 9 (street) or 12 (community); starts with the parent code.';
COMMENT ON COLUMN regions.name IS 'Official name, e.g. 潮鸣街道.';
COMMENT ON COLUMN regions.level IS 'district | street | community.';
COMMENT ON COLUMN regions.parent_code IS 'The enclosing region; null for a district.';
COMMENT ON COLUMN regions.sort_order IS 'Display order among siblings.';
COMMENT ON COLUMN regions.active IS 'False once a region is merged or abolished; kept for history.';
COMMENT ON COLUMN regions.created_at IS 'When the row was created.';
COMMENT ON COLUMN regions.updated_at IS 'When the row last changed.';

CREATE TABLE departments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  kind text NOT NULL,
  level text NOT NULL CHECK (level IN ('district', 'street', 'community')),
  region_code text NOT NULL REFERENCES regions (code),
  credit_code text UNIQUE,
  phone text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_code, name)
);
CREATE INDEX departments_region ON departments (region_code text_pattern_ops);
COMMENT ON TABLE departments IS 'Government departments and offices (公安, 民政, 街道便民服务中心 ...), each attached to a level and a region.';
COMMENT ON COLUMN departments.id IS 'Surrogate key.';
COMMENT ON COLUMN departments.name IS 'Full name, e.g. 下城区民政局.';
COMMENT ON COLUMN departments.kind IS 'Functional kind (public_security, civil_affairs, ...); see src/shared/org-kinds.ts.';
COMMENT ON COLUMN departments.level IS 'The government level it belongs to: district | street | community.';
COMMENT ON COLUMN departments.region_code IS 'The region it serves; its level matches the department level.';
COMMENT ON COLUMN departments.credit_code IS 'Unified social credit code (GB 32100), used later in item implementation codes.';
COMMENT ON COLUMN departments.phone IS 'Public enquiry telephone.';
COMMENT ON COLUMN departments.active IS 'False once dissolved; kept for history.';
COMMENT ON COLUMN departments.created_at IS 'When the row was created.';
COMMENT ON COLUMN departments.updated_at IS 'When the row last changed.';

CREATE TABLE halls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  level text NOT NULL CHECK (level IN ('district', 'street', 'community')),
  region_code text NOT NULL REFERENCES regions (code),
  address text NOT NULL DEFAULT '',
  phone text,
  opening_hours jsonb NOT NULL DEFAULT '[]'::jsonb,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_code, name)
);
CREATE INDEX halls_region ON halls (region_code text_pattern_ops);
COMMENT ON TABLE halls IS 'Service halls: the district hall, street halls and community stations.';
COMMENT ON COLUMN halls.id IS 'Surrogate key.';
COMMENT ON COLUMN halls.name IS 'Public name, e.g. 潮鸣街道便民服务中心.';
COMMENT ON COLUMN halls.level IS 'district | street | community.';
COMMENT ON COLUMN halls.region_code IS 'The region whose hall this is.';
COMMENT ON COLUMN halls.address IS 'Street address shown on guides and receipts.';
COMMENT ON COLUMN halls.phone IS 'Public telephone.';
COMMENT ON COLUMN halls.opening_hours IS 'Array of {days:[1..7], open:"HH:MM", close:"HH:MM"}; 1 = Monday.';
COMMENT ON COLUMN halls.active IS 'False once closed; kept for history.';
COMMENT ON COLUMN halls.created_at IS 'When the row was created.';
COMMENT ON COLUMN halls.updated_at IS 'When the row last changed.';

CREATE TABLE service_windows (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hall_id uuid NOT NULL REFERENCES halls (id),
  number integer NOT NULL CHECK (number BETWEEN 1 AND 999),
  name text NOT NULL DEFAULT '',
  kind text NOT NULL CHECK (kind IN ('comprehensive', 'enterprise', 'priority')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (hall_id, number)
);
COMMENT ON TABLE service_windows IS 'Counters in a hall where clerks receive applicants.';
COMMENT ON COLUMN service_windows.id IS 'Surrogate key.';
COMMENT ON COLUMN service_windows.hall_id IS 'The hall the window is in.';
COMMENT ON COLUMN service_windows.number IS 'The number shown above the window and called by the queue.';
COMMENT ON COLUMN service_windows.name IS 'Optional label, e.g. 老年人优先.';
COMMENT ON COLUMN service_windows.kind IS 'comprehensive (综合受理) | enterprise (企业服务) | priority (绿色通道).';
COMMENT ON COLUMN service_windows.active IS 'False when closed.';
COMMENT ON COLUMN service_windows.created_at IS 'When the row was created.';
COMMENT ON COLUMN service_windows.updated_at IS 'When the row last changed.';

CREATE TABLE staff_users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL,
  display_name text NOT NULL CHECK (length(btrim(display_name)) > 0),
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT true,
  region_code text REFERENCES regions (code),
  department_id uuid REFERENCES departments (id),
  phone text,
  active boolean NOT NULL DEFAULT true,
  failed_sign_ins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_sign_in_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_users_username ON staff_users (lower(username));
CREATE INDEX staff_users_region ON staff_users (region_code text_pattern_ops);
COMMENT ON TABLE staff_users IS 'Government staff who sign in with a user name and password.';
COMMENT ON COLUMN staff_users.id IS 'Surrogate key.';
COMMENT ON COLUMN staff_users.username IS 'Sign-in name, unique regardless of case.';
COMMENT ON COLUMN staff_users.display_name IS 'Real name shown to colleagues (masked on public pages).';
COMMENT ON COLUMN staff_users.password_hash IS 'argon2id hash in PHC string form.';
COMMENT ON COLUMN staff_users.must_change_password IS 'True until the user replaces an initial or reset password.';
COMMENT ON COLUMN staff_users.region_code IS 'The region the account belongs to; decides which administrators manage it. Null only for the platform administrator.';
COMMENT ON COLUMN staff_users.department_id IS 'Home department, if any.';
COMMENT ON COLUMN staff_users.phone IS 'Work mobile number.';
COMMENT ON COLUMN staff_users.active IS 'False when the account is disabled; a disabled account cannot sign in.';
COMMENT ON COLUMN staff_users.failed_sign_ins IS 'Consecutive failed password attempts since the last success.';
COMMENT ON COLUMN staff_users.locked_until IS 'Sign-in refused until this time after too many failures.';
COMMENT ON COLUMN staff_users.last_sign_in_at IS 'Time of the last successful sign-in.';
COMMENT ON COLUMN staff_users.created_at IS 'When the row was created.';
COMMENT ON COLUMN staff_users.updated_at IS 'When the row last changed.';

CREATE TABLE role_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES staff_users (id),
  role text NOT NULL CHECK (role IN ('admin', 'window_clerk', 'approver', 'chief_rep', 'dept_leader', 'supervisor', 'grid_worker')),
  region_code text REFERENCES regions (code),
  department_id uuid REFERENCES departments (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES staff_users (id),
  CONSTRAINT role_grants_unique UNIQUE NULLS NOT DISTINCT (user_id, role, region_code, department_id)
);
CREATE INDEX role_grants_user ON role_grants (user_id);
COMMENT ON TABLE role_grants IS 'A role given to a staff user within a scope: a region subtree and/or a department.';
COMMENT ON COLUMN role_grants.id IS 'Surrogate key.';
COMMENT ON COLUMN role_grants.user_id IS 'The staff user holding the role.';
COMMENT ON COLUMN role_grants.role IS 'admin | window_clerk | approver | chief_rep | dept_leader | supervisor | grid_worker.';
COMMENT ON COLUMN role_grants.region_code IS 'Root of the region subtree covered; null = every region (platform administrator only).';
COMMENT ON COLUMN role_grants.department_id IS 'The department the role acts for; required for approver, chief_rep and dept_leader.';
COMMENT ON COLUMN role_grants.created_at IS 'When the role was granted.';
COMMENT ON COLUMN role_grants.created_by IS 'The administrator who granted it.';

CREATE TABLE residents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  phone text NOT NULL UNIQUE,
  id_number text UNIQUE,
  name text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE residents IS 'Resident accounts of the mobile app, signed in by mobile number and one-time code.';
COMMENT ON COLUMN residents.id IS 'Surrogate key.';
COMMENT ON COLUMN residents.phone IS 'Mainland mobile number; the sign-in identity.';
COMMENT ON COLUMN residents.id_number IS 'Linked citizen ID number (GB 11643, check digit verified); one account per number.';
COMMENT ON COLUMN residents.name IS 'Real name given when the ID number was linked.';
COMMENT ON COLUMN residents.created_at IS 'First sign-in.';
COMMENT ON COLUMN residents.updated_at IS 'When the row last changed.';

CREATE TABLE sessions (
  id text PRIMARY KEY,
  subject_kind text NOT NULL CHECK (subject_kind IN ('staff', 'resident')),
  subject_id uuid NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_subject ON sessions (subject_kind, subject_id);
CREATE INDEX sessions_expires ON sessions (expires_at);
COMMENT ON TABLE sessions IS 'Signed-in sessions, shared by every server process.';
COMMENT ON COLUMN sessions.id IS 'SHA-256 of the cookie token; the token itself is never stored.';
COMMENT ON COLUMN sessions.subject_kind IS 'staff | resident.';
COMMENT ON COLUMN sessions.subject_id IS 'staff_users.id or residents.id.';
COMMENT ON COLUMN sessions.csrf_token IS 'Token the web app must echo in X-CSRF-Token on every write.';
COMMENT ON COLUMN sessions.created_at IS 'Sign-in time.';
COMMENT ON COLUMN sessions.last_seen_at IS 'Last request; the session slides forward from here.';
COMMENT ON COLUMN sessions.expires_at IS 'After this the session is refused.';
COMMENT ON COLUMN sessions.ip IS 'Client address at sign-in.';
COMMENT ON COLUMN sessions.user_agent IS 'Browser at sign-in.';

CREATE TABLE sign_in_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  phone text NOT NULL,
  code_hash text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz
);
CREATE INDEX sign_in_codes_phone ON sign_in_codes (phone, created_at DESC);
COMMENT ON TABLE sign_in_codes IS 'One-time codes sent to residents by SMS for sign-in.';
COMMENT ON COLUMN sign_in_codes.id IS 'Surrogate key.';
COMMENT ON COLUMN sign_in_codes.phone IS 'The mobile number the code was sent to.';
COMMENT ON COLUMN sign_in_codes.code_hash IS 'SHA-256 of phone and code; the code itself is only in the message.';
COMMENT ON COLUMN sign_in_codes.attempts IS 'Wrong guesses so far; the code dies after 5.';
COMMENT ON COLUMN sign_in_codes.created_at IS 'When it was sent.';
COMMENT ON COLUMN sign_in_codes.expires_at IS 'Valid until (5 minutes).';
COMMENT ON COLUMN sign_in_codes.consumed_at IS 'When it was used; a code works once.';

CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('sms', 'wechat')),
  recipient text NOT NULL,
  purpose text NOT NULL,
  body text NOT NULL,
  provider text NOT NULL,
  status text NOT NULL CHECK (status IN ('kept', 'sent', 'failed')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_created ON notifications (created_at DESC);
COMMENT ON TABLE notifications IS 'Every message sent to a resident; the default provider only keeps them here (the outbox) so the demo needs no SMS gateway.';
COMMENT ON COLUMN notifications.id IS 'Sequence number.';
COMMENT ON COLUMN notifications.channel IS 'sms | wechat.';
COMMENT ON COLUMN notifications.recipient IS 'Mobile number or WeChat open id.';
COMMENT ON COLUMN notifications.purpose IS 'Why it was sent, e.g. sign_in_code.';
COMMENT ON COLUMN notifications.body IS 'The text as the recipient sees it.';
COMMENT ON COLUMN notifications.provider IS 'Which provider handled it (outbox = kept here only).';
COMMENT ON COLUMN notifications.status IS 'kept (outbox only) | sent | failed.';
COMMENT ON COLUMN notifications.created_at IS 'When it was sent.';

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'resident', 'system')),
  actor_id uuid,
  actor_name text NOT NULL,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  region_code text,
  before jsonb,
  after jsonb,
  ip text
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
COMMENT ON TABLE audit_log IS 'Append-only record of every administrative change: who, what, when, before and after.';
COMMENT ON COLUMN audit_log.id IS 'Sequence number.';
COMMENT ON COLUMN audit_log.at IS 'Time of the change, to the microsecond.';
COMMENT ON COLUMN audit_log.actor_kind IS 'staff | resident | system.';
COMMENT ON COLUMN audit_log.actor_id IS 'Who made the change (null for system).';
COMMENT ON COLUMN audit_log.actor_name IS 'Their name at the time, kept even if the account changes.';
COMMENT ON COLUMN audit_log.action IS 'What was done, e.g. region.create.';
COMMENT ON COLUMN audit_log.entity_type IS 'Kind of record changed, e.g. region.';
COMMENT ON COLUMN audit_log.entity_id IS 'Key of the record changed.';
COMMENT ON COLUMN audit_log.region_code IS 'Region the record belongs to, so regional administrators see their own.';
COMMENT ON COLUMN audit_log.before IS 'The record before the change (null on create).';
COMMENT ON COLUMN audit_log.after IS 'The record after the change (null on delete).';
COMMENT ON COLUMN audit_log.ip IS 'Client address.';

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE system_state (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE system_state IS 'Facts about this installation, e.g. when the demo data was loaded.';
COMMENT ON COLUMN system_state.key IS 'Name of the fact.';
COMMENT ON COLUMN system_state.value IS 'Its value.';
COMMENT ON COLUMN system_state.updated_at IS 'When it was last set.';
