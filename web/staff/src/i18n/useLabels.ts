import {
  DEPARTMENT_KIND_LABELS,
  type DepartmentKind,
  WINDOW_KIND_LABELS,
  type WindowKind,
} from '../../../../src/shared/org-kinds';
import { REGION_LEVEL_LABELS, type RegionLevel } from '../../../../src/shared/region-code';
import { ROLE_LABELS, type Role } from '../../../../src/shared/roles';
import { useLocale } from '../../../common/locale';

// The shared label tables are Chinese only; these are their English twins.
const ROLE_LABELS_EN: Record<Role, string> = {
  admin: 'Administrator',
  window_clerk: 'Front-desk clerk',
  approver: 'Approver',
  chief_rep: 'Chief representative',
  dept_leader: 'Department leader',
  supervisor: 'E-supervisor',
  grid_worker: 'Grid worker',
  catalog_editor: 'Catalogue editor',
  catalog_reviewer: 'Catalogue reviewer',
};

const DEPARTMENT_KIND_LABELS_EN: Record<DepartmentKind, string> = {
  public_security: 'Public security',
  civil_affairs: 'Civil affairs',
  human_resources: 'Human resources & social security',
  medical_insurance: 'Medical insurance',
  health: 'Health',
  disabled_federation: "Disabled persons' federation",
  market_regulation: 'Market regulation',
  street_service_center: 'Street service center',
  community_station: 'Community service station',
  service_administration: 'Service administration',
  other: 'Other',
};

const WINDOW_KIND_LABELS_EN: Record<WindowKind, string> = {
  comprehensive: 'Comprehensive window',
  enterprise: 'Enterprise window',
  priority: 'Priority (green channel) window',
};

const REGION_LEVEL_LABELS_EN: Record<RegionLevel, string> = {
  district: 'District',
  street: 'Street',
  community: 'Community',
};

const HALL_LEVEL_LABELS: Record<RegionLevel, readonly [string, string]> = {
  district: ['区级大厅', 'District hall'],
  street: ['街道便民服务中心', 'Street service center'],
  community: ['社区便民服务站', 'Community station'],
};

/** Display names of the platform's enumerations in the current language. */
export function useLabels() {
  const english = useLocale() === 'en-US';
  return {
    english,
    role: (role: Role) => (english ? ROLE_LABELS_EN : ROLE_LABELS)[role],
    departmentKind: (kind: DepartmentKind) =>
      (english ? DEPARTMENT_KIND_LABELS_EN : DEPARTMENT_KIND_LABELS)[kind],
    windowKind: (kind: WindowKind) => (english ? WINDOW_KIND_LABELS_EN : WINDOW_KIND_LABELS)[kind],
    regionLevel: (level: RegionLevel) => (english ? REGION_LEVEL_LABELS_EN : REGION_LEVEL_LABELS)[level],
    hallLevel: (level: RegionLevel) => HALL_LEVEL_LABELS[level][english ? 1 : 0],
  };
}

export const REGION_LEVEL_COLORS: Record<RegionLevel, string> = {
  district: 'geekblue',
  street: 'cyan',
  community: 'green',
};
