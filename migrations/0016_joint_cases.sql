-- Joint "one thing" cases (一件事联办): applying for a bundle makes one PARENT case (the
-- bundle: one case number, one public code, the applicant, the merged form, the intake
-- documents and the joint result) and one CHILD case per item of the bundle, each routed to
-- its own competent department and running that item's workflow. Parent and children are
-- rows of the same cases table so that numbering, public codes, history, documents,
-- idempotency keys and access all work for both (decision record 0019).

ALTER TABLE cases
  ADD COLUMN case_kind text NOT NULL DEFAULT 'item' CHECK (case_kind IN ('item', 'bundle')),
  ADD COLUMN bundle_id uuid REFERENCES catalog_bundles (id),
  ADD COLUMN parent_case_id uuid REFERENCES cases (id),
  ALTER COLUMN item_id DROP NOT NULL,
  ALTER COLUMN item_version DROP NOT NULL,
  -- A parent is a bundle and has no single item; an item case always has one.
  ADD CONSTRAINT cases_kind_item CHECK (
    (case_kind = 'item' AND item_id IS NOT NULL AND item_version IS NOT NULL)
    OR (case_kind = 'bundle' AND item_id IS NULL AND item_version IS NULL AND bundle_id IS NOT NULL)
  ),
  -- Only item cases are children, and only of a bundle's parent: one level, never deeper.
  ADD CONSTRAINT cases_child_is_item CHECK (parent_case_id IS NULL OR (case_kind = 'item' AND bundle_id IS NOT NULL));

COMMENT ON COLUMN cases.case_kind IS 'item: a case of one catalogue item (alone or as a child of a joint case) | bundle: the parent of a joint "one thing" case, which has no item of its own.';
COMMENT ON COLUMN cases.bundle_id IS 'The bundle (一件事) applied for: set on the parent and on each of its children; null for a case of one item applied for alone.';
COMMENT ON COLUMN cases.parent_case_id IS 'For a child of a joint case: its parent (the bundle case). Intake decisions are taken on the parent; the child runs its own department''s workflow.';
COMMENT ON COLUMN cases.item_id IS 'The catalogue item applied for; null for the parent of a joint case (case_kind bundle).';
COMMENT ON COLUMN cases.item_version IS 'The published version the case started with; materials, form and limits are read from it for the case''s whole life. Null for a joint case''s parent.';

CREATE INDEX cases_parent_case_id_idx ON cases (parent_case_id) WHERE parent_case_id IS NOT NULL;
COMMENT ON INDEX cases_parent_case_id_idx IS 'A parent''s children: read on every parent view and on every child''s closing.';

INSERT INTO case_event_kinds (kind, label) VALUES
  ('child_closed', '联办子件办结'),
  ('bundle_completed', '联办件全部办结');
INSERT INTO case_document_kinds (kind, prefix, label) VALUES ('joint_result', 'LB', '联办办结通知书');
