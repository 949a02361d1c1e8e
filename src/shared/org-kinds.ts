/** Department kinds, hall kinds and window kinds used across the platform. */

export const DEPARTMENT_KINDS = [
  'public_security',
  'civil_affairs',
  'human_resources',
  'medical_insurance',
  'health',
  'disabled_federation',
  'market_regulation',
  'street_service_center',
  'community_station',
  'service_administration',
  'other',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, string> = {
  public_security: '公安',
  civil_affairs: '民政',
  human_resources: '人力社保',
  medical_insurance: '医保',
  health: '卫生健康',
  disabled_federation: '残联',
  market_regulation: '市场监管',
  street_service_center: '街道便民服务中心',
  community_station: '社区便民服务站',
  service_administration: '政务服务管理',
  other: '其他',
};

export const WINDOW_KINDS = ['comprehensive', 'enterprise', 'priority'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

export const WINDOW_KIND_LABELS: Record<WindowKind, string> = {
  comprehensive: '综合受理窗口',
  enterprise: '企业服务窗口',
  priority: '绿色通道（优先）窗口',
};

/** Opening hours: one or more periods per weekday (1 = Monday ... 7 = Sunday). */
export interface OpeningPeriod {
  days: number[];
  open: string;
  close: string;
}
