-- Person and enterprise registry ("one ID number does everything"): records keyed by
-- number, fused from other systems' exports with each field's source kept, and shared
-- with departments only through field-level grants, every read logged.

CREATE TABLE persons (
  id_number text PRIMARY KEY CHECK (id_number ~ '^[0-9]{17}[0-9X]$'),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  sex text NOT NULL CHECK (sex IN ('male', 'female')),
  birth_date date NOT NULL,
  ethnicity text,
  phone text,
  household_address text,
  household_region_code text CHECK (household_region_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
  residence_address text,
  residence_region_code text CHECK (residence_region_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
  household_relation text,
  marital_status text,
  education text,
  employment_status text,
  special_groups text[] NOT NULL DEFAULT '{}',
  field_sources jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX persons_household_region ON persons (household_region_code text_pattern_ops);
CREATE INDEX persons_residence_region ON persons (residence_region_code text_pattern_ops);
CREATE INDEX persons_name ON persons (name);
COMMENT ON TABLE persons IS 'Natural persons keyed by citizen ID number (GB 11643), fused from the systems that know them.';
COMMENT ON COLUMN persons.id_number IS 'Citizen ID number, check digit verified; the key everything else joins on.';
COMMENT ON COLUMN persons.name IS 'Full name.';
COMMENT ON COLUMN persons.sex IS 'male | female, as the ID number says (odd sequence = male).';
COMMENT ON COLUMN persons.birth_date IS 'Birth date, as the ID number says.';
COMMENT ON COLUMN persons.ethnicity IS 'Ethnic group (民族), e.g. 汉族.';
COMMENT ON COLUMN persons.phone IS 'Mobile number.';
COMMENT ON COLUMN persons.household_address IS 'Address of the household registration (户籍地址).';
COMMENT ON COLUMN persons.household_region_code IS 'Region code of the household registration, 6, 9 or 12 digits.';
COMMENT ON COLUMN persons.residence_address IS 'Address where the person lives (居住地址).';
COMMENT ON COLUMN persons.residence_region_code IS 'Region code of the residence, 6, 9 or 12 digits.';
COMMENT ON COLUMN persons.household_relation IS 'Relation to the head of household (与户主关系), e.g. 户主, 配偶, 子.';
COMMENT ON COLUMN persons.marital_status IS 'unmarried | married | divorced | widowed.';
COMMENT ON COLUMN persons.education IS 'Highest education, a key of EDUCATION_LEVELS.';
COMMENT ON COLUMN persons.employment_status IS 'A key of EMPLOYMENT_STATUSES, e.g. employed, retired.';
COMMENT ON COLUMN persons.special_groups IS 'Special groups the person belongs to: elderly, disabled, low_income, veteran, ...';
COMMENT ON COLUMN persons.field_sources IS 'Per field: the source system it came from, that source''s data date and when it was written, {field: {sourceId, source, asOf, at}}.';
COMMENT ON COLUMN persons.created_at IS 'When the person was first known here.';
COMMENT ON COLUMN persons.updated_at IS 'When any field last changed.';

CREATE TABLE enterprises (
  credit_code text PRIMARY KEY CHECK (credit_code ~ '^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$'),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  enterprise_type text,
  legal_representative text,
  phone text,
  address text,
  region_code text CHECK (region_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
  business_scope text,
  status text,
  established_on date,
  field_sources jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enterprises_region ON enterprises (region_code text_pattern_ops);
CREATE INDEX enterprises_name ON enterprises (name);
COMMENT ON TABLE enterprises IS 'Market entities keyed by unified social credit code (GB 32100).';
COMMENT ON COLUMN enterprises.credit_code IS 'Unified social credit code, check character verified.';
COMMENT ON COLUMN enterprises.name IS 'Registered name.';
COMMENT ON COLUMN enterprises.enterprise_type IS 'A key of ENTERPRISE_TYPES, e.g. limited_company, individual_business.';
COMMENT ON COLUMN enterprises.legal_representative IS 'Legal representative or operator (法定代表人/经营者).';
COMMENT ON COLUMN enterprises.phone IS 'Contact telephone.';
COMMENT ON COLUMN enterprises.address IS 'Registered address (住所).';
COMMENT ON COLUMN enterprises.region_code IS 'Region code of the registered address.';
COMMENT ON COLUMN enterprises.business_scope IS 'Business scope (经营范围).';
COMMENT ON COLUMN enterprises.status IS 'A key of ENTERPRISE_STATUSES: operating, revoked, cancelled, moved_out.';
COMMENT ON COLUMN enterprises.established_on IS 'Date of establishment.';
COMMENT ON COLUMN enterprises.field_sources IS 'Per field: source system, data date and write time, as persons.field_sources.';
COMMENT ON COLUMN enterprises.created_at IS 'When the enterprise was first known here.';
COMMENT ON COLUMN enterprises.updated_at IS 'When any field last changed.';

CREATE TABLE registry_sources (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 1),
  subject_kind text NOT NULL CHECK (subject_kind IN ('person', 'enterprise')),
  authority integer NOT NULL CHECK (authority BETWEEN 1 AND 9),
  column_mapping jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE registry_sources IS 'Systems whose exports feed the registry, each with its saved column mapping.';
COMMENT ON COLUMN registry_sources.id IS 'Surrogate key.';
COMMENT ON COLUMN registry_sources.name IS 'Name of the source system, e.g. 公安人口信息系统.';
COMMENT ON COLUMN registry_sources.subject_kind IS 'person | enterprise: what its rows describe.';
COMMENT ON COLUMN registry_sources.authority IS 'How authoritative it is, 1-9; a value from a higher authority wins a conflict, equal authority goes to the newer data date.';
COMMENT ON COLUMN registry_sources.column_mapping IS 'Column header in its files -> registry field key, saved so the next file loads without asking.';
COMMENT ON COLUMN registry_sources.created_at IS 'When the source was registered.';
COMMENT ON COLUMN registry_sources.updated_at IS 'When its mapping or authority last changed.';

CREATE TABLE registry_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source_id uuid NOT NULL REFERENCES registry_sources (id),
  file_name text NOT NULL,
  file_format text NOT NULL CHECK (file_format IN ('csv', 'xlsx')),
  as_of date NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
  total_rows integer,
  processed_rows integer NOT NULL DEFAULT 0,
  created_count integer NOT NULL DEFAULT 0,
  updated_count integer NOT NULL DEFAULT 0,
  unchanged_count integer NOT NULL DEFAULT 0,
  conflict_count integer NOT NULL DEFAULT 0,
  rejected_count integer NOT NULL DEFAULT 0,
  failure text,
  created_by uuid NOT NULL REFERENCES staff_users (id),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX registry_imports_started ON registry_imports (started_at DESC);
COMMENT ON TABLE registry_imports IS 'One load of a source file: progress while it runs, then its figures. Its rows land in one transaction, so a failed import loads nothing.';
COMMENT ON COLUMN registry_imports.id IS 'Surrogate key.';
COMMENT ON COLUMN registry_imports.source_id IS 'The source system the file came from.';
COMMENT ON COLUMN registry_imports.file_name IS 'Name of the uploaded file.';
COMMENT ON COLUMN registry_imports.file_format IS 'csv | xlsx.';
COMMENT ON COLUMN registry_imports.as_of IS 'Date the source''s data describes; decides conflicts between sources of equal authority.';
COMMENT ON COLUMN registry_imports.status IS 'running | completed | failed (nothing loaded).';
COMMENT ON COLUMN registry_imports.total_rows IS 'Data rows in the file, once counted.';
COMMENT ON COLUMN registry_imports.processed_rows IS 'Rows checked so far, for the progress bar.';
COMMENT ON COLUMN registry_imports.created_count IS 'Records that were new.';
COMMENT ON COLUMN registry_imports.updated_count IS 'Existing records with at least one changed field.';
COMMENT ON COLUMN registry_imports.unchanged_count IS 'Existing records the file did not change.';
COMMENT ON COLUMN registry_imports.conflict_count IS 'Fields where this source and another disagreed.';
COMMENT ON COLUMN registry_imports.rejected_count IS 'Rows refused, each in registry_import_rejections.';
COMMENT ON COLUMN registry_imports.failure IS 'Why the import failed as a whole, in Chinese.';
COMMENT ON COLUMN registry_imports.created_by IS 'The staff user who loaded the file.';
COMMENT ON COLUMN registry_imports.started_at IS 'When the upload was received.';
COMMENT ON COLUMN registry_imports.finished_at IS 'When it completed or failed.';

CREATE TABLE registry_import_rejections (
  import_id uuid NOT NULL REFERENCES registry_imports (id),
  row_number integer NOT NULL,
  subject_number text,
  reasons text[] NOT NULL,
  PRIMARY KEY (import_id, row_number)
);
COMMENT ON TABLE registry_import_rejections IS 'Rows of an import that were refused, with every reason.';
COMMENT ON COLUMN registry_import_rejections.import_id IS 'The import.';
COMMENT ON COLUMN registry_import_rejections.row_number IS 'Row as the file shows it (the header is row 1).';
COMMENT ON COLUMN registry_import_rejections.subject_number IS 'The ID number or credit code the row gave, as written.';
COMMENT ON COLUMN registry_import_rejections.reasons IS 'Each problem, in Chinese, naming the column.';

CREATE TABLE registry_conflicts (
  id bigserial PRIMARY KEY,
  subject_kind text NOT NULL CHECK (subject_kind IN ('person', 'enterprise')),
  subject_number text NOT NULL,
  field text NOT NULL,
  kept_value jsonb,
  kept_source text NOT NULL,
  kept_as_of date NOT NULL,
  other_value jsonb,
  other_source text NOT NULL,
  other_as_of date NOT NULL,
  import_id uuid NOT NULL REFERENCES registry_imports (id),
  detected_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by uuid REFERENCES staff_users (id),
  resolution text CHECK (resolution IN ('kept', 'replaced'))
);
CREATE INDEX registry_conflicts_subject ON registry_conflicts (subject_kind, subject_number);
CREATE INDEX registry_conflicts_open ON registry_conflicts (detected_at DESC) WHERE resolved_at IS NULL;
COMMENT ON TABLE registry_conflicts IS 'A field two sources disagree on: the value kept and the one not kept, each with its source and data date.';
COMMENT ON COLUMN registry_conflicts.id IS 'Sequence number.';
COMMENT ON COLUMN registry_conflicts.subject_kind IS 'person | enterprise.';
COMMENT ON COLUMN registry_conflicts.subject_number IS 'ID number or credit code of the record.';
COMMENT ON COLUMN registry_conflicts.field IS 'Registry field key, e.g. phone.';
COMMENT ON COLUMN registry_conflicts.kept_value IS 'The value the record holds after the import.';
COMMENT ON COLUMN registry_conflicts.kept_source IS 'Source system of the kept value.';
COMMENT ON COLUMN registry_conflicts.kept_as_of IS 'Data date of the kept value.';
COMMENT ON COLUMN registry_conflicts.other_value IS 'The value that lost.';
COMMENT ON COLUMN registry_conflicts.other_source IS 'Source system of the losing value.';
COMMENT ON COLUMN registry_conflicts.other_as_of IS 'Data date of the losing value.';
COMMENT ON COLUMN registry_conflicts.import_id IS 'The import that met the disagreement.';
COMMENT ON COLUMN registry_conflicts.detected_at IS 'When it was found.';
COMMENT ON COLUMN registry_conflicts.resolved_at IS 'When a data administrator settled it.';
COMMENT ON COLUMN registry_conflicts.resolved_by IS 'Who settled it.';
COMMENT ON COLUMN registry_conflicts.resolution IS 'kept (the kept value confirmed) | replaced (the other value put in its place).';

CREATE TABLE data_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  department_id uuid NOT NULL REFERENCES departments (id),
  subject_kind text NOT NULL CHECK (subject_kind IN ('person', 'enterprise')),
  purpose text NOT NULL CHECK (length(btrim(purpose)) > 1),
  fields text[] NOT NULL CHECK (cardinality(fields) > 0),
  granted_by uuid NOT NULL REFERENCES staff_users (id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  revoked_by uuid REFERENCES staff_users (id),
  revoked_at timestamptz
);
CREATE UNIQUE INDEX data_grants_live ON data_grants (department_id, subject_kind, purpose) WHERE revoked_at IS NULL;
COMMENT ON TABLE data_grants IS 'Which registry fields a department may read, for which purpose. Without a grant no personal field is shown.';
COMMENT ON COLUMN data_grants.id IS 'Surrogate key.';
COMMENT ON COLUMN data_grants.department_id IS 'The reading department (its staff read through it).';
COMMENT ON COLUMN data_grants.subject_kind IS 'person | enterprise.';
COMMENT ON COLUMN data_grants.purpose IS 'What the data is for, e.g. 行政审批受理; every read names one.';
COMMENT ON COLUMN data_grants.fields IS 'Registry field keys it may read.';
COMMENT ON COLUMN data_grants.granted_by IS 'Administrator who made the grant.';
COMMENT ON COLUMN data_grants.granted_at IS 'When.';
COMMENT ON COLUMN data_grants.revoked_by IS 'Administrator who withdrew it.';
COMMENT ON COLUMN data_grants.revoked_at IS 'When it was withdrawn; a withdrawn grant stays for the record.';

CREATE TABLE data_reads (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  staff_id uuid NOT NULL REFERENCES staff_users (id),
  staff_name text NOT NULL,
  department_id uuid NOT NULL REFERENCES departments (id),
  subject_kind text NOT NULL CHECK (subject_kind IN ('person', 'enterprise')),
  subject_number text NOT NULL,
  fields text[] NOT NULL,
  purpose text NOT NULL,
  case_ref text,
  ip text
);
CREATE INDEX data_reads_subject ON data_reads (subject_kind, subject_number, at DESC);
CREATE INDEX data_reads_at ON data_reads (at DESC);
CREATE TRIGGER data_reads_append_only BEFORE UPDATE OR DELETE ON data_reads
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
COMMENT ON TABLE data_reads IS 'Append-only log of every read of registry data: who, which fields, for what. The person sees it in the app.';
COMMENT ON COLUMN data_reads.id IS 'Sequence number.';
COMMENT ON COLUMN data_reads.at IS 'When the data was read.';
COMMENT ON COLUMN data_reads.staff_id IS 'Who read it.';
COMMENT ON COLUMN data_reads.staff_name IS 'Their name at the time.';
COMMENT ON COLUMN data_reads.department_id IS 'The department they read for.';
COMMENT ON COLUMN data_reads.subject_kind IS 'person | enterprise.';
COMMENT ON COLUMN data_reads.subject_number IS 'ID number or credit code read.';
COMMENT ON COLUMN data_reads.fields IS 'Field keys that were returned.';
COMMENT ON COLUMN data_reads.purpose IS 'The purpose given, matching a grant.';
COMMENT ON COLUMN data_reads.case_ref IS 'Case number the read served, if any.';
COMMENT ON COLUMN data_reads.ip IS 'Client address.';
