-- Real-name linking that verifies (issue 12 §1, decision 0024). A resident's account claims a
-- citizen ID number; the claim is verified only by the registry (the name it holds and the phone
-- it holds for that number is the signing-in phone), by a clerk who checked the ID card at a
-- window, or by the configured real-name provider. Until then the account sees nothing of the
-- registry, certificates or materials, and its online applications are marked for the window.

CREATE TABLE identity_verifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resident_id uuid NOT NULL REFERENCES residents (id),
  id_number text NOT NULL,
  name text NOT NULL,
  method text NOT NULL CHECK (method IN ('registry', 'window', 'provider')),
  staff_id uuid REFERENCES staff_users (id),
  staff_name text,
  hall_id uuid REFERENCES halls (id),
  window_id uuid REFERENCES service_windows (id),
  place text,
  department_id uuid REFERENCES departments (id),
  office_name text,
  region_code text,
  provider text,
  provider_reference text,
  moved_from_resident_id uuid REFERENCES residents (id),
  verified_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT identity_verifications_window_names_clerk CHECK (
    method <> 'window' OR (staff_id IS NOT NULL AND staff_name IS NOT NULL AND (window_id IS NOT NULL OR department_id IS NOT NULL OR region_code IS NOT NULL))
  ),
  CONSTRAINT identity_verifications_provider_named CHECK (method <> 'provider' OR provider IS NOT NULL)
);
CREATE INDEX identity_verifications_resident ON identity_verifications (resident_id);
CREATE TRIGGER identity_verifications_append_only BEFORE UPDATE OR DELETE ON identity_verifications
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
COMMENT ON TABLE identity_verifications IS 'Append-only: each time a resident account''s link to a citizen ID number was verified, how, by whom, where and when.';
COMMENT ON COLUMN identity_verifications.id IS 'Surrogate key; residents.identity_verification_id points at the one that stands.';
COMMENT ON COLUMN identity_verifications.resident_id IS 'The account whose link was verified.';
COMMENT ON COLUMN identity_verifications.id_number IS 'The citizen ID number verified for that account.';
COMMENT ON COLUMN identity_verifications.name IS 'The name verified with it (from the registry, the ID card, or the provider''s match).';
COMMENT ON COLUMN identity_verifications.method IS 'registry: name and signing-in phone match the registry''s record; window: a clerk checked the ID card; provider: the real-name verification provider matched name, number and phone.';
COMMENT ON COLUMN identity_verifications.staff_id IS 'window: the clerk who checked the ID card.';
COMMENT ON COLUMN identity_verifications.staff_name IS 'window: the clerk''s name as it was then.';
COMMENT ON COLUMN identity_verifications.hall_id IS 'window: the hall of the window the clerk sat at, when named.';
COMMENT ON COLUMN identity_verifications.window_id IS 'window: the window the clerk sat at, when named.';
COMMENT ON COLUMN identity_verifications.place IS 'window: the hall and window as words (e.g. 潮鸣街道便民服务中心 1号窗口), when named.';
COMMENT ON COLUMN identity_verifications.department_id IS 'window: the clerk''s department.';
COMMENT ON COLUMN identity_verifications.office_name IS 'window: the clerk''s department''s name as it was then.';
COMMENT ON COLUMN identity_verifications.region_code IS 'window: the clerk''s home region.';
COMMENT ON COLUMN identity_verifications.provider IS 'provider: the configured provider''s name (REAL_NAME_PROVIDER).';
COMMENT ON COLUMN identity_verifications.provider_reference IS 'provider: the provider''s reference for the check, for disputes.';
COMMENT ON COLUMN identity_verifications.moved_from_resident_id IS 'Set when the number was linked to this other account before and the link moved here (a clerk after checking the ID card, or a verified claim over an unverified one).';
COMMENT ON COLUMN identity_verifications.verified_at IS 'When.';

ALTER TABLE residents ADD COLUMN identity_verification_id uuid REFERENCES identity_verifications (id);
ALTER TABLE residents ADD CONSTRAINT residents_verified_link_has_number
  CHECK (identity_verification_id IS NULL OR id_number IS NOT NULL);
COMMENT ON COLUMN residents.identity_verification_id IS 'The verification that stands for the current link; null: the link (if any) is unverified and opens nothing of the resident''s data.';
COMMENT ON COLUMN residents.id_number IS 'The citizen ID number the account claims (GB 11643, check digit verified); one account per number. Verified only when identity_verification_id is set.';
COMMENT ON COLUMN residents.name IS 'The name given when the number was linked (the ID card''s name once a clerk verified it).';

-- Links made before this migration were never verified; those the registry vouches for now
-- (same name, and the registry's phone for the number is the account's) become verified.
WITH vouched AS (
  INSERT INTO identity_verifications (resident_id, id_number, name, method)
  SELECT r.id, r.id_number, r.name, 'registry'
  FROM residents r
  JOIN persons p ON p.id_number = r.id_number AND p.name = r.name AND p.phone = r.phone
  RETURNING id, resident_id
)
UPDATE residents r SET identity_verification_id = vouched.id FROM vouched WHERE r.id = vouched.resident_id;

ALTER TABLE cases ADD COLUMN applicant_unverified boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN cases.applicant_unverified IS 'Applied online from an account whose real-name link was not verified: a clerk checks the applicant''s ID card (or the account gets verified) before the case can be accepted.';

INSERT INTO case_event_kinds (kind, label) VALUES ('identity_checked', '核验申请人身份');
