import type { SubjectKind } from '../../../../../../src/shared/registry-fields';

/** A row of GET /api/registry/grants; the server's GrantView schema is the source of truth. */
export interface DataGrant {
  id: string;
  department_id: string;
  department_name: string;
  subject_kind: SubjectKind;
  purpose: string;
  fields: string[];
  granted_by_name: string;
  granted_at: string;
  revoked_at: string | null;
}

export const SUBJECT_KIND_LABELS: Record<SubjectKind, readonly [string, string]> = {
  person: ['人员', 'Person'],
  enterprise: ['市场主体', 'Business'],
};
