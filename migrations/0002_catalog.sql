-- Service catalogue: items, their versions (content + search columns), and the
-- review pipeline's record. Adds the catalogue editor and reviewer roles.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE role_grants DROP CONSTRAINT role_grants_role_check;
ALTER TABLE role_grants ADD CONSTRAINT role_grants_role_check CHECK (role IN (
  'admin', 'window_clerk', 'approver', 'chief_rep', 'dept_leader', 'supervisor', 'grid_worker',
  'catalog_editor', 'catalog_reviewer'));

CREATE TABLE catalog_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  department_id uuid NOT NULL REFERENCES departments (id),
  region_code text NOT NULL REFERENCES regions (code),
  published_version integer,
  use_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX catalog_items_department ON catalog_items (department_id);
CREATE INDEX catalog_items_region ON catalog_items (region_code text_pattern_ops);
COMMENT ON TABLE catalog_items IS 'A service item (政务服务事项) across all its versions.';
COMMENT ON COLUMN catalog_items.id IS 'Surrogate key; stable across versions.';
COMMENT ON COLUMN catalog_items.department_id IS 'Implementing department of the latest version; decides who may edit.';
COMMENT ON COLUMN catalog_items.region_code IS 'Region of that department, for scoped lists.';
COMMENT ON COLUMN catalog_items.published_version IS 'The version residents see and new cases start from; null until first published.';
COMMENT ON COLUMN catalog_items.use_count IS 'How often the item was applied for or viewed; orders the hot items.';
COMMENT ON COLUMN catalog_items.created_at IS 'When the first draft was made.';
COMMENT ON COLUMN catalog_items.updated_at IS 'When anything about the item last changed.';

CREATE TABLE catalog_item_versions (
  item_id uuid NOT NULL REFERENCES catalog_items (id),
  version integer NOT NULL CHECK (version >= 1),
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'first_checked', 'joint_reviewed', 'published', 'superseded')),
  content jsonb NOT NULL,
  name text NOT NULL,
  basic_code text NOT NULL CHECK (basic_code ~ '^[0-9]{12}$'),
  implementation_code text NOT NULL CHECK (length(implementation_code) = 31),
  item_type text NOT NULL,
  handling_kind text NOT NULL CHECK (handling_kind IN ('on_the_spot', 'promised')),
  department_id uuid NOT NULL REFERENCES departments (id),
  promised_limit_days integer NOT NULL,
  visits integer NOT NULL CHECK (visits IN (0, 1)),
  online_depth integer NOT NULL,
  service_category text NOT NULL,
  service_objects text[] NOT NULL,
  themes text[] NOT NULL,
  search_document tsvector NOT NULL,
  search_names text NOT NULL,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  PRIMARY KEY (item_id, version)
);
-- At most one version of an item is being worked on at a time.
CREATE UNIQUE INDEX catalog_versions_one_open ON catalog_item_versions (item_id)
  WHERE status IN ('draft', 'submitted', 'first_checked', 'joint_reviewed');
-- Two items may not be published under the same implementation code.
CREATE UNIQUE INDEX catalog_versions_published_code ON catalog_item_versions (implementation_code)
  WHERE status = 'published';
CREATE INDEX catalog_versions_search ON catalog_item_versions USING gin (search_document) WHERE status = 'published';
CREATE INDEX catalog_versions_names_trgm ON catalog_item_versions USING gin (search_names gin_trgm_ops) WHERE status = 'published';
CREATE INDEX catalog_versions_status ON catalog_item_versions (status);
COMMENT ON TABLE catalog_item_versions IS 'Each version of an item. Published and superseded versions never change; editing makes a new draft.';
COMMENT ON COLUMN catalog_item_versions.item_id IS 'The item.';
COMMENT ON COLUMN catalog_item_versions.version IS '1, 2, 3 ... per item.';
COMMENT ON COLUMN catalog_item_versions.status IS 'draft → submitted → first_checked → joint_reviewed → published (locked) → superseded.';
COMMENT ON COLUMN catalog_item_versions.content IS 'Every implementing-list field, materials, form and workflow (src/modules/catalog/item-content.ts).';
COMMENT ON COLUMN catalog_item_versions.name IS 'Copied from content for lists.';
COMMENT ON COLUMN catalog_item_versions.basic_code IS '12-digit basic code (GB/T 39554.1).';
COMMENT ON COLUMN catalog_item_versions.implementation_code IS '31-character implementation code: department credit code + level + basic code.';
COMMENT ON COLUMN catalog_item_versions.item_type IS 'Item type code (01 licence ... 20 public service).';
COMMENT ON COLUMN catalog_item_versions.handling_kind IS 'on_the_spot (即办件) | promised (承诺件).';
COMMENT ON COLUMN catalog_item_versions.department_id IS 'Implementing department.';
COMMENT ON COLUMN catalog_item_versions.promised_limit_days IS 'Promised limit in working days (0 = on the spot).';
COMMENT ON COLUMN catalog_item_versions.visits IS 'On-site visits needed: 0 or 1.';
COMMENT ON COLUMN catalog_item_versions.online_depth IS '0 = not online; 1-4 online handling depth.';
COMMENT ON COLUMN catalog_item_versions.service_category IS 'One of the nine Ningbo service categories.';
COMMENT ON COLUMN catalog_item_versions.service_objects IS 'Who may apply (natural_person, enterprise ...).';
COMMENT ON COLUMN catalog_item_versions.themes IS 'Life-event themes for browsing.';
COMMENT ON COLUMN catalog_item_versions.search_document IS 'Weighted lexemes: names (A), aliases and keywords (B), guide text (C); Chinese words and character pairs.';
COMMENT ON COLUMN catalog_item_versions.search_names IS 'Name, aliases and keywords in one string, for trigram fuzzy matching.';
COMMENT ON COLUMN catalog_item_versions.created_by IS 'Who made the version.';
COMMENT ON COLUMN catalog_item_versions.created_at IS 'When the version was made.';
COMMENT ON COLUMN catalog_item_versions.updated_at IS 'When the draft last changed.';
COMMENT ON COLUMN catalog_item_versions.published_at IS 'When the department confirmed it and it was locked.';

CREATE FUNCTION refuse_locked_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unchanged catalog_item_versions%ROWTYPE;
BEGIN
  IF OLD.status NOT IN ('published', 'superseded') THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP = 'UPDATE' THEN
    -- The one change a locked version allows: published becomes superseded.
    unchanged := NEW;
    unchanged.status := OLD.status;
    IF unchanged IS NOT DISTINCT FROM OLD AND (NEW.status = OLD.status OR NEW.status = 'superseded') THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'catalog version %/% is locked', OLD.item_id, OLD.version;
END;
$$;
CREATE TRIGGER catalog_versions_locked BEFORE UPDATE OR DELETE ON catalog_item_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_locked_version_change();

CREATE TABLE catalog_reviews (
  id bigserial PRIMARY KEY,
  item_id uuid NOT NULL,
  version integer NOT NULL,
  step text NOT NULL CHECK (step IN ('submit', 'first_check', 'joint_review', 'confirm')),
  decision text NOT NULL CHECK (decision IN ('pass', 'return')),
  opinion text NOT NULL DEFAULT '',
  actor_id uuid NOT NULL REFERENCES staff_users (id),
  actor_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (item_id, version) REFERENCES catalog_item_versions (item_id, version)
);
CREATE INDEX catalog_reviews_version ON catalog_reviews (item_id, version, id);
CREATE TRIGGER catalog_reviews_append_only BEFORE UPDATE OR DELETE ON catalog_reviews
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
COMMENT ON TABLE catalog_reviews IS 'Append-only record of the review pipeline: submit, first check, joint review, department confirmation, returns.';
COMMENT ON COLUMN catalog_reviews.id IS 'Sequence number.';
COMMENT ON COLUMN catalog_reviews.item_id IS 'The item.';
COMMENT ON COLUMN catalog_reviews.version IS 'The version reviewed.';
COMMENT ON COLUMN catalog_reviews.step IS 'submit | first_check | joint_review | confirm.';
COMMENT ON COLUMN catalog_reviews.decision IS 'pass, or return to draft.';
COMMENT ON COLUMN catalog_reviews.opinion IS 'The reviewer''s opinion (required on return).';
COMMENT ON COLUMN catalog_reviews.actor_id IS 'Who acted.';
COMMENT ON COLUMN catalog_reviews.actor_name IS 'Their name at the time.';
COMMENT ON COLUMN catalog_reviews.at IS 'When.';
