-- Material repository (材料库): files collected once, kept content-addressed on disk, linked to
-- their owner and to the catalogue material they satisfied, reused only with the owner's consent.

CREATE TABLE stored_files (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes bigint NOT NULL CHECK (size_bytes > 0),
  mime_type text NOT NULL CHECK (
    mime_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif')
  ),
  first_stored_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE stored_files IS 'Files kept in the content-addressed store under DATA_DIR/files/ab/cd/<sha256>; one row and one copy per distinct content, however many materials point at it.';
COMMENT ON COLUMN stored_files.sha256 IS 'SHA-256 of the content, lower-case hex; also the file name on disk.';
COMMENT ON COLUMN stored_files.size_bytes IS 'Size of the content in bytes.';
COMMENT ON COLUMN stored_files.mime_type IS 'Type detected from the content (never from the name or the browser): PDF, JPEG, PNG, WebP or HEIC/HEIF.';
COMMENT ON COLUMN stored_files.first_stored_at IS 'When this content was first stored.';

CREATE TABLE materials (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id_type text NOT NULL CHECK (owner_id_type IN ('111', '001')),
  owner_number text NOT NULL,
  file_sha256 text NOT NULL REFERENCES stored_files (sha256),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  catalog_item_id uuid REFERENCES catalog_items (id),
  material_key text,
  source text NOT NULL CHECK (source IN ('window_scan', 'resident_upload', 'case')),
  collected_for_case text,
  region_code text REFERENCES regions (code),
  uploaded_by_kind text NOT NULL CHECK (uploaded_by_kind IN ('staff', 'resident')),
  uploaded_by_id uuid NOT NULL,
  uploaded_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT materials_owner_number_shape CHECK (
    (owner_id_type = '111' AND owner_number ~ '^[0-9]{17}[0-9X]$')
    OR (owner_id_type = '001' AND owner_number ~ '^[0-9A-HJ-NP-RTUWXY]{18}$')
  ),
  CONSTRAINT materials_key_needs_item CHECK (material_key IS NULL OR catalog_item_id IS NOT NULL),
  CONSTRAINT materials_case_source CHECK ((source = 'case') = (collected_for_case IS NOT NULL)),
  CONSTRAINT materials_region_source CHECK ((source = 'resident_upload') = (region_code IS NULL))
);
CREATE INDEX materials_owner ON materials (owner_id_type, owner_number, created_at DESC);
CREATE INDEX materials_file ON materials (file_sha256);
COMMENT ON TABLE materials IS 'One material an owner handed over (a scan at the window, a photo or PDF from the app, a file collected in a case), pointing at its stored file.';
COMMENT ON COLUMN materials.id IS 'Surrogate key.';
COMMENT ON COLUMN materials.owner_id_type IS 'Holder identity type as in GB/T 36903: 111 citizen ID number, 001 unified social credit code.';
COMMENT ON COLUMN materials.owner_number IS 'The owner''s citizen ID number or credit code (check character verified); no foreign key, the person and business registry joins by number.';
COMMENT ON COLUMN materials.file_sha256 IS 'The stored file; several materials may share one.';
COMMENT ON COLUMN materials.name IS 'Material name as the owner or clerk gave it, e.g. 户口簿.';
COMMENT ON COLUMN materials.catalog_item_id IS 'The catalogue item whose material list this satisfied, if known.';
COMMENT ON COLUMN materials.material_key IS 'The key of the material in that item''s published content (item-content.ts), if known.';
COMMENT ON COLUMN materials.source IS 'window_scan (scanned by a clerk) | resident_upload (from the app) | case (collected during a case).';
COMMENT ON COLUMN materials.collected_for_case IS 'For source case: the case it was collected for, which may use it without reuse consent.';
COMMENT ON COLUMN materials.region_code IS 'Region where a clerk collected it (the uploader''s home region); null exactly for uploads from the app. Staff see a material collected in their scope, or any material its owner confirmed for reuse.';
COMMENT ON COLUMN materials.uploaded_by_kind IS 'staff | resident.';
COMMENT ON COLUMN materials.uploaded_by_id IS 'staff_users.id or residents.id of the uploader.';
COMMENT ON COLUMN materials.uploaded_by_name IS 'The uploader''s name at the time.';
COMMENT ON COLUMN materials.created_at IS 'When it was uploaded.';

CREATE TABLE material_consents (
  id bigserial PRIMARY KEY,
  material_id uuid NOT NULL REFERENCES materials (id),
  decision text NOT NULL CHECK (decision IN ('confirmed', 'withdrawn')),
  channel text NOT NULL CHECK (channel IN ('app', 'window')),
  recorded_by_kind text NOT NULL CHECK (recorded_by_kind IN ('staff', 'resident')),
  recorded_by_id uuid NOT NULL,
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT material_consents_channel_actor CHECK (
    (channel = 'app' AND recorded_by_kind = 'resident') OR (channel = 'window' AND recorded_by_kind = 'staff')
  )
);
CREATE INDEX material_consents_latest ON material_consents (material_id, id DESC);
COMMENT ON TABLE material_consents IS 'Append-only history of the owner''s consent to reuse a material; the latest row is the current state, no row means never confirmed. Withdrawing deletes nothing.';
COMMENT ON COLUMN material_consents.id IS 'Sequence number; orders the history.';
COMMENT ON COLUMN material_consents.material_id IS 'The material.';
COMMENT ON COLUMN material_consents.decision IS 'confirmed (may be offered again at intake) | withdrawn (no longer offered).';
COMMENT ON COLUMN material_consents.channel IS 'app (the owner in the resident app) | window (a clerk recording the owner''s word at the window).';
COMMENT ON COLUMN material_consents.recorded_by_kind IS 'resident for the app, staff for the window.';
COMMENT ON COLUMN material_consents.recorded_by_id IS 'residents.id or staff_users.id of who recorded it.';
COMMENT ON COLUMN material_consents.recorded_by_name IS 'Their name at the time.';
COMMENT ON COLUMN material_consents.recorded_at IS 'When it was recorded, to the microsecond.';
CREATE TRIGGER material_consents_append_only BEFORE UPDATE OR DELETE ON material_consents
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE material_uses (
  id bigserial PRIMARY KEY,
  material_id uuid NOT NULL REFERENCES materials (id),
  case_ref text NOT NULL CHECK (length(btrim(case_ref)) > 0),
  material_key text,
  used_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (material_id, case_ref)
);
CREATE INDEX material_uses_case ON material_uses (case_ref);
COMMENT ON TABLE material_uses IS 'Cases that used a material; while any row points at a material, its stored file is kept.';
COMMENT ON COLUMN material_uses.id IS 'Sequence number.';
COMMENT ON COLUMN material_uses.material_id IS 'The material used.';
COMMENT ON COLUMN material_uses.case_ref IS 'The case (办件) that used it, by its reference; the case tables come separately.';
COMMENT ON COLUMN material_uses.material_key IS 'Which material of the case''s item it stood for, if known.';
COMMENT ON COLUMN material_uses.used_at IS 'When the case took it.';
