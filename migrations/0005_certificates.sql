-- Electronic certificate library (电子证照库): certificates with GB/T 36904 identifiers,
-- their append-only status history, and the sequence their serial numbers come from.

CREATE SEQUENCE certificate_serial;
COMMENT ON SEQUENCE certificate_serial IS 'Serial numbers of certificates issued here; one sequence for all types and issuers, so (type, issuer, serial) never repeats.';

CREATE TABLE certificates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  identifier text NOT NULL UNIQUE CHECK (identifier LIKE '1.2.156.3005.2.%'),
  type text NOT NULL,
  type_code text NOT NULL CHECK (type_code ~ '^[0-9A-Z]{18}[0-9]{3}$'),
  number text NOT NULL CHECK (length(btrim(number)) > 0),
  holder_id_type text NOT NULL CHECK (holder_id_type IN ('111', '001')),
  holder_number text NOT NULL,
  holder_name text NOT NULL CHECK (length(btrim(holder_name)) > 0),
  issuer_department_id uuid NOT NULL REFERENCES departments (id),
  issuer_code text NOT NULL,
  region_code text NOT NULL REFERENCES regions (code),
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  issued_on date NOT NULL,
  valid_from date NOT NULL,
  valid_until date,
  status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'suspended', 'revoked')),
  status_reason text,
  verify_token text NOT NULL UNIQUE CHECK (verify_token ~ '^[A-Za-z0-9_-]{22,}$'),
  origin text NOT NULL CHECK (origin IN ('manual', 'case', 'import')),
  origin_ref text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT certificates_validity CHECK (valid_until IS NULL OR valid_until >= valid_from),
  CONSTRAINT certificates_reason CHECK ((status = 'valid') = (status_reason IS NULL))
);
CREATE INDEX certificates_holder ON certificates (holder_number, holder_id_type);
CREATE INDEX certificates_region ON certificates (region_code text_pattern_ops);
CREATE INDEX certificates_listing ON certificates (created_at DESC, issued_on DESC, id);
COMMENT ON TABLE certificates IS 'Electronic certificates (电子证照) issued here, by a case result or by hand, or imported from source systems. Holder fields and data are personal: read only with certificate.view in scope, or by the holder.';
COMMENT ON COLUMN certificates.id IS 'Surrogate key.';
COMMENT ON COLUMN certificates.identifier IS 'GB/T 36904 identifier 1.2.156.3005.2.<type code>.<issuer code>.<serial>.<version>.<check>, check = ISO 7064 MOD 37,36.';
COMMENT ON COLUMN certificates.type IS 'Certificate type key, one of CERTIFICATE_TYPES in src/shared/catalog-terms.ts (id_card, business_licence ...).';
COMMENT ON COLUMN certificates.type_code IS 'The type code the identifier was built with (src/shared/certificate-types.ts); kept so later code changes leave identifiers valid.';
COMMENT ON COLUMN certificates.number IS '证照编号: the number printed on the certificate; the identifier''s serial when the issuer gave none.';
COMMENT ON COLUMN certificates.holder_id_type IS 'GB/T 36903 holder identity type: 111 citizen ID number, 001 unified social credit code.';
COMMENT ON COLUMN certificates.holder_number IS 'Holder''s citizen ID number or credit code, check character verified; the person and enterprise registry joins on it.';
COMMENT ON COLUMN certificates.holder_name IS 'Holder''s name as printed on the certificate.';
COMMENT ON COLUMN certificates.issuer_department_id IS 'The issuing department (发证机关).';
COMMENT ON COLUMN certificates.issuer_code IS 'The issuing department''s credit code when issued, as in the identifier.';
COMMENT ON COLUMN certificates.region_code IS 'The issuing department''s region; decides which staff may see and manage the certificate.';
COMMENT ON COLUMN certificates.data IS 'The type''s data fields (照面信息), keys as in the type''s field list.';
COMMENT ON COLUMN certificates.issued_on IS 'Date of issue (发证日期).';
COMMENT ON COLUMN certificates.valid_from IS 'First day of validity.';
COMMENT ON COLUMN certificates.valid_until IS 'Last day of validity; null = long-term (长期). Expiry is computed from it, never stored.';
COMMENT ON COLUMN certificates.status IS 'valid | suspended | revoked; revoked is final. Each change is in certificate_events.';
COMMENT ON COLUMN certificates.status_reason IS 'Why it is suspended or revoked; null while valid.';
COMMENT ON COLUMN certificates.verify_token IS 'Unguessable token (192 random bits, base64url) of the public verification page /v/<token> and its QR code.';
COMMENT ON COLUMN certificates.origin IS 'manual (issued by staff) | case (a case result) | import (from a source system).';
COMMENT ON COLUMN certificates.origin_ref IS 'The case id or the source system''s name.';
COMMENT ON COLUMN certificates.created_at IS 'When the row was created.';
COMMENT ON COLUMN certificates.updated_at IS 'When the status last changed.';

CREATE TABLE certificate_events (
  id bigserial PRIMARY KEY,
  certificate_id uuid NOT NULL REFERENCES certificates (id),
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  action text NOT NULL CHECK (action IN ('issue', 'import', 'suspend', 'reinstate', 'revoke')),
  status text NOT NULL CHECK (status IN ('valid', 'suspended', 'revoked')),
  reason text,
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'resident', 'system')),
  actor_id uuid,
  actor_name text NOT NULL
);
CREATE INDEX certificate_events_certificate ON certificate_events (certificate_id, id);
COMMENT ON TABLE certificate_events IS 'Append-only status history of each certificate: issue or import, suspension, reinstatement, revocation, with reasons.';
COMMENT ON COLUMN certificate_events.id IS 'Sequence number.';
COMMENT ON COLUMN certificate_events.certificate_id IS 'The certificate.';
COMMENT ON COLUMN certificate_events.at IS 'When it happened, to the microsecond.';
COMMENT ON COLUMN certificate_events.action IS 'issue | import | suspend | reinstate | revoke.';
COMMENT ON COLUMN certificate_events.status IS 'The stored status after the event.';
COMMENT ON COLUMN certificate_events.reason IS 'The reason given (required for suspend, reinstate and revoke).';
COMMENT ON COLUMN certificate_events.actor_kind IS 'staff | resident | system.';
COMMENT ON COLUMN certificate_events.actor_id IS 'Who acted (null for system).';
COMMENT ON COLUMN certificate_events.actor_name IS 'Their name at the time.';

CREATE TRIGGER certificate_events_append_only BEFORE UPDATE OR DELETE ON certificate_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
