-- "One thing" bundles (一件事): several catalogue items handled on one form, one material list and one visit.

CREATE TABLE catalog_bundles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 1),
  description text NOT NULL DEFAULT '',
  lead_department_id uuid NOT NULL REFERENCES departments (id),
  region_code text NOT NULL REFERENCES regions (code),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE catalog_bundles IS 'A named set of items done together, e.g. 出生一件事, with a lead department.';
COMMENT ON COLUMN catalog_bundles.id IS 'Surrogate key.';
COMMENT ON COLUMN catalog_bundles.name IS 'Public name.';
COMMENT ON COLUMN catalog_bundles.description IS 'What the bundle covers, for the public guide.';
COMMENT ON COLUMN catalog_bundles.lead_department_id IS 'The department that leads the bundle and sees the whole case.';
COMMENT ON COLUMN catalog_bundles.region_code IS 'Region of the lead department, for scoped lists.';
COMMENT ON COLUMN catalog_bundles.active IS 'False once withdrawn.';
COMMENT ON COLUMN catalog_bundles.created_at IS 'When the bundle was defined.';
COMMENT ON COLUMN catalog_bundles.updated_at IS 'When it last changed.';

CREATE TABLE catalog_bundle_items (
  bundle_id uuid NOT NULL REFERENCES catalog_bundles (id),
  item_id uuid NOT NULL REFERENCES catalog_items (id),
  position integer NOT NULL,
  PRIMARY KEY (bundle_id, item_id)
);
COMMENT ON TABLE catalog_bundle_items IS 'The items of a bundle, in the order the applicant sees them.';
COMMENT ON COLUMN catalog_bundle_items.bundle_id IS 'The bundle.';
COMMENT ON COLUMN catalog_bundle_items.item_id IS 'An item of it; its published version is what the bundle asks for.';
COMMENT ON COLUMN catalog_bundle_items.position IS 'Order within the bundle.';
