import type { SubjectKind } from '../../../../../../src/shared/registry-fields';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../../../../../src/shared/roles';

/** A row of GET /api/registry/grants; the server's GrantView schema is the source of truth. */
export interface DataGrant {
  id: string;
  department_id: string;
  department_name: string;
  subject_kind: SubjectKind;
  purpose: string;
  fields: string[];
  /** The roles whose work the purpose serves: only they read under the grant. */
  roles: Role[];
  granted_by_name: string;
  granted_at: string;
  revoked_at: string | null;
}

export const SUBJECT_KIND_LABELS: Record<SubjectKind, readonly [string, string]> = {
  person: ['人员', 'Person'],
  enterprise: ['市场主体', 'Business'],
};

/** The roles that read the registry: a grant names which of them its purpose serves. */
export const REGISTRY_READER_ROLES: Role[] = ROLES.filter((role) =>
  ROLE_PERMISSIONS[role].includes('registry.view'),
);
