import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  ClusterOutlined,
  IdcardOutlined,
  MailOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../../src/shared/roles';

export type ScreenKey =
  | 'regions'
  | 'departments'
  | 'halls'
  | 'items'
  | 'certificates'
  | 'staff'
  | 'audit'
  | 'outbox';

export interface Screen {
  key: ScreenKey;
  path: string;
  permission: Permission;
  icon: ReactNode;
  /** The menu group: 组织机构, 事项目录, 政务服务 or 系统管理. */
  group: ScreenGroup;
}

/** The menu groups, in menu order. */
export const SCREEN_GROUPS = ['org', 'catalog', 'services', 'system'] as const;
export type ScreenGroup = (typeof SCREEN_GROUPS)[number];

/** The management screens, in menu order; the menu and the 工作台 shortcuts both list them. */
export const SCREENS: readonly Screen[] = [
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
  {
    key: 'certificates',
    path: '/certificates',
    permission: 'certificate.view',
    icon: <IdcardOutlined />,
    group: 'services',
  },
  { key: 'staff', path: '/staff', permission: 'staff.manage', icon: <TeamOutlined />, group: 'system' },
  { key: 'audit', path: '/audit', permission: 'audit.view', icon: <AuditOutlined />, group: 'system' },
  { key: 'outbox', path: '/outbox', permission: 'outbox.view', icon: <MailOutlined />, group: 'system' },
];

export const screenTitles = {
  home: ['工作台', 'Workbench'],
  org: ['组织机构', 'Organization'],
  catalog: ['事项目录', 'Service catalogue'],
  services: ['政务服务', 'Services'],
  system: ['系统管理', 'System'],
  regions: ['区划管理', 'Regions'],
  departments: ['部门管理', 'Departments'],
  halls: ['服务大厅与窗口', 'Halls & windows'],
  items: ['事项管理', 'Service items'],
  certificates: ['电子证照', 'E-certificates'],
  staff: ['人员与授权', 'Staff & roles'],
  audit: ['审计日志', 'Audit log'],
  outbox: ['消息发件箱', 'Message outbox'],
} as const;

export const screenDescriptions = {
  regions: ['区、街道、社区三级区划', 'District, street and community tree'],
  departments: ['各级部门与便民服务机构', 'Departments and service bodies'],
  halls: ['服务大厅、办公时间与窗口', 'Halls, opening hours and windows'],
  items: ['政务服务事项的编制、审核与发布', 'Draft, review and publish service items'],
  certificates: ['证照查询、颁发、暂停与撤销', 'Find, issue, suspend and revoke certificates'],
  staff: ['工作人员账号与角色授权', 'Staff accounts and role grants'],
  audit: ['谁在何时做了什么', 'Who did what, and when'],
  outbox: ['未接短信网关时的消息留存', 'Messages kept without an SMS gateway'],
} as const satisfies Record<ScreenKey, readonly [string, string]>;
