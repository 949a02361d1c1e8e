import type { SubjectKind } from '../../../../../src/shared/registry-fields';

export interface FieldSource {
  sourceId: string;
  source: string;
  asOf: string;
  at: string;
}

export interface SubjectProfileData {
  kind: SubjectKind;
  number: string;
  maskedNumber: string;
  purpose: string;
  fields: { key: string; value: string | string[] | null; source: FieldSource | null }[];
  withheld: string[];
  /** Granted region codes with the names of their regions (下城区 潮鸣街道 …). */
  regionNames: Record<string, string>;
  conflicts: {
    id: number;
    field: string;
    keptValue: unknown;
    keptSource: string;
    keptAsOf: string;
    otherValue: unknown;
    otherSource: string;
    otherAsOf: string;
  }[];
}

export interface Purpose {
  purpose: string;
  fields: string[];
}

export interface RegistrySource {
  id: string;
  name: string;
  subject_kind: SubjectKind;
  authority: number;
  column_mapping: Record<string, string>;
}

export interface RegistryImport {
  id: string;
  file_name: string;
  file_format: 'csv' | 'xlsx';
  as_of: string;
  status: 'running' | 'completed' | 'failed';
  total_rows: number | null;
  processed_rows: number;
  created_count: number;
  updated_count: number;
  unchanged_count: number;
  conflict_count: number;
  rejected_count: number;
  failure: string | null;
  started_at: string;
  finished_at: string | null;
  source_name: string;
  subject_kind: SubjectKind;
  created_by_name: string;
}

export interface ImportPreview {
  headers: string[];
  sampleRows: (string | number | null)[][];
  rowCount: number;
  mapping: Record<string, string>;
}

export interface Rejection {
  rowNumber: number;
  subjectNumber: string | null;
  reasons: string[];
}

export interface ImportConflict {
  id: number;
  subjectNumber: string;
  field: string;
  keptSource: string;
  keptAsOf: string;
  otherSource: string;
  otherAsOf: string;
  resolved: boolean;
}
