/**
 * Staff roles and what each may do. A role is always granted within a scope:
 * a region subtree (null = the whole platform) and optionally one department.
 * The server checks permissions; the web apps only use them to shape menus.
 */

export const ROLES = [
  'admin',
  'window_clerk',
  'approver',
  'chief_rep',
  'dept_leader',
  'supervisor',
  'grid_worker',
  'catalog_editor',
  'catalog_reviewer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  window_clerk: '综合窗口受理人员',
  approver: '后台审批人员',
  chief_rep: '首席代表',
  dept_leader: '部门领导',
  supervisor: '电子监察人员',
  grid_worker: '网格员',
  catalog_editor: '事项编制人员',
  catalog_reviewer: '事项目录审核人员',
};

/** Roles that act for one department, so a grant of them must name it. */
export const DEPARTMENT_ROLES: ReadonlySet<Role> = new Set([
  'approver',
  'chief_rep',
  'dept_leader',
  'catalog_editor',
]);

const PERMISSIONS = [
  'org.view',
  'org.manage',
  'staff.manage',
  'audit.view',
  'outbox.view',
  'catalog.edit',
  'catalog.review',
  'registry.view',
  'registry.manage',
  'material.manage',
  'certificate.view',
  'certificate.manage',
  /** Change the working-day calendar; platform-wide only (see hasPlatformPermission). */
  'calendar.manage',
  /** See the background jobs' runs and start one now; platform-wide only (the jobs act on every region). */
  'system.jobs',
  'case.intake',
  'case.view',
  'case.apply',
  /** Act on back-office tasks (待办) of the departments one holds a step role in. */
  'case.handle',
  /** See the deadline warnings (电子监察) of one's regions. */
  'case.supervise',
  /** Deliver results assigned to oneself (网格员送达); assignable only within the grant's regions. */
  'case.deliver',
  /** Decide the extension requests (延期审批) of the departments one leads. */
  'extension.decide',
  /** Set the back office's timing rules (黄牌预警比例, B岗接办比例); platform-wide only (one rule for all). */
  'workflow.settings',
  /** Name a step's handler per item and initiating office (指定办理人): administrators within their regions, leaders for their own department. */
  'workflow.assign',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Certificates (docs/decisions/0007-certificate-identifiers.md): clerks look
 * them up when accepting materials; the department's approvers, chief
 * representatives and leaders issue, suspend and revoke them; administrators
 * also load them from source systems. Supervisors, grid workers and catalogue
 * staff have no need to read personal certificate data.
 */
/** The back office's departments: they issue certificates and act on the tasks of their steps. */
const BACK_OFFICE: readonly Permission[] = [
  'org.view',
  'registry.view',
  'certificate.view',
  'certificate.manage',
  'case.view',
  'case.handle',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'org.view',
    'org.manage',
    'staff.manage',
    'audit.view',
    'outbox.view',
    'registry.view',
    'registry.manage',
    'material.manage',
    'certificate.view',
    'certificate.manage',
    'calendar.manage',
    'system.jobs',
    'case.view',
    'workflow.settings',
    'workflow.assign',
  ],
  // Materials are collected at the window; see materials.region_code for what a clerk may see.
  // Cases: clerks decide intake in the halls of their scope; case.apply lets a grid worker apply for someone (代办).
  window_clerk: [
    'org.view',
    'registry.view',
    'material.manage',
    'certificate.view',
    'case.intake',
    'case.view',
    'case.handle',
  ],
  approver: BACK_OFFICE,
  chief_rep: BACK_OFFICE,
  dept_leader: [...BACK_OFFICE, 'extension.decide', 'workflow.assign'],
  supervisor: ['org.view', 'audit.view', 'case.view', 'case.supervise'],
  grid_worker: ['org.view', 'registry.view', 'case.apply', 'case.deliver'],
  catalog_editor: ['org.view', 'catalog.edit'],
  catalog_reviewer: ['org.view', 'catalog.review'],
};

export interface Grant {
  role: Role;
  /** Root of the region subtree the grant covers; null means every region. */
  regionCode: string | null;
  departmentId: string | null;
}

/**
 * The region roots within which the grants give `permission`;
 * null when one of them covers every region.
 */
export function regionRootsFor(grants: readonly Grant[], permission: Permission): string[] | null {
  const roots: string[] = [];
  for (const grant of grants) {
    if (!ROLE_PERMISSIONS[grant.role].includes(permission)) continue;
    if (grant.regionCode === null) return null;
    roots.push(grant.regionCode);
  }
  // Drop roots already covered by a shorter root, so queries stay small.
  return roots.filter((root) => !roots.some((other) => other !== root && root.startsWith(other)));
}

export function hasPermission(
  grants: readonly Grant[],
  permission: Permission,
  regionCode?: string,
): boolean {
  return grants.some(
    (grant) =>
      ROLE_PERMISSIONS[grant.role].includes(permission) &&
      (regionCode === undefined || grant.regionCode === null || regionCode.startsWith(grant.regionCode)),
  );
}

export function permissionsOf(grants: readonly Grant[]): Permission[] {
  const granted = new Set<Permission>();
  for (const grant of grants) for (const permission of ROLE_PERMISSIONS[grant.role]) granted.add(permission);
  return PERMISSIONS.filter((permission) => granted.has(permission));
}

/**
 * Whether a grant over every region gives `permission`: for settings that are the
 * same for the whole platform, such as the national holiday schedule, which an
 * administrator of one district must not change for all the others.
 */
export function hasPlatformPermission(grants: readonly Grant[], permission: Permission): boolean {
  return grants.some(
    (grant) => grant.regionCode === null && ROLE_PERMISSIONS[grant.role].includes(permission),
  );
}
