import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  ClusterOutlined,
  FolderOpenOutlined,
  MailOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../../src/shared/roles';

export type ScreenKey =
  | 'materials'
  | 'regions'
  | 'departments'
  | 'halls'
  | 'items'
  | 'staff'
  | 'audit'
  | 'outbox';

export interface Screen {
  key: ScreenKey;
  path: string;
  permission: Permission;
  icon: ReactNode;
  /** The menu group: 窗口服务, 组织机构, 事项目录 or 系统管理. */
  group: ScreenGroup;
}

/** The menu groups, in menu order. */
export const SCREEN_GROUPS = ['window', 'org', 'catalog', 'system'] as const;
export type ScreenGroup = (typeof SCREEN_GROUPS)[number];

/** The management screens, in menu order; the menu and the 工作台 shortcuts both list them. */
export const SCREENS: readonly Screen[] = [
  {
    key: 'materials',
    path: '/materials',
    permission: 'material.manage',
    icon: <FolderOpenOutlined />,
    group: 'window',
  },
  { key: 'regions', path: '/org/regions', permission: 'org.view', icon: <ClusterOutlined />, group: 'org' },
  {
    key: 'departments',
    path: '/org/departments',
    permission: 'org.view',
    icon: <ApartmentOutlined />,
    group: 'org',
  },
  { key: 'halls', path: '/org/halls', permission: 'org.view', icon: <BankOutlined />, group: 'org' },
  { key: 'items', path: '/catalog', permission: 'org.view', icon: <BookOutlined />, group: 'catalog' },
  { key: 'staff', path: '/staff', permission: 'staff.manage', icon: <TeamOutlined />, group: 'system' },
  { key: 'audit', path: '/audit', permission: 'audit.view', icon: <AuditOutlined />, group: 'system' },
  { key: 'outbox', path: '/outbox', permission: 'outbox.view', icon: <MailOutlined />, group: 'system' },
];

export const screenTitles = {
  home: ['工作台', 'Workbench'],
  window: ['窗口服务', 'Front desk'],
  materials: ['材料库', 'Materials'],
  org: ['组织机构', 'Organization'],
  catalog: ['事项目录', 'Service catalogue'],
  system: ['系统管理', 'System'],
  regions: ['区划管理', 'Regions'],
  departments: ['部门管理', 'Departments'],
  halls: ['服务大厅与窗口', 'Halls & windows'],
  items: ['事项管理', 'Service items'],
  staff: ['人员与授权', 'Staff & roles'],
  audit: ['审计日志', 'Audit log'],
  outbox: ['消息发件箱', 'Message outbox'],
} as const;

export const screenDescriptions = {
  materials: ['群众和企业提交过的材料与复用同意', 'Materials handed over, and consent to reuse them'],
  regions: ['区、街道、社区三级区划', 'District, street and community tree'],
  departments: ['各级部门与便民服务机构', 'Departments and service bodies'],
  halls: ['服务大厅、办公时间与窗口', 'Halls, opening hours and windows'],
  items: ['政务服务事项的编制、审核与发布', 'Draft, review and publish service items'],
  staff: ['工作人员账号与角色授权', 'Staff accounts and role grants'],
  audit: ['谁在何时做了什么', 'Who did what, and when'],
  outbox: ['未接短信网关时的消息留存', 'Messages kept without an SMS gateway'],
} as const satisfies Record<ScreenKey, readonly [string, string]>;
