import {
  AlertOutlined,
  ApartmentOutlined,
  AppstoreAddOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  CarOutlined,
  CloudUploadOutlined,
  ClusterOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  IdcardOutlined,
  InboxOutlined,
  MailOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../../src/shared/roles';

export type ScreenKey =
  | 'tasks'
  | 'supervision'
  | 'verifications'
  | 'extensions'
  | 'backOfficeSettings'
  | 'intake'
  | 'intakeQueue'
  | 'identityCheck'
  | 'cases'
  | 'deliveries'
  | 'materials'
  | 'regions'
  | 'departments'
  | 'halls'
  | 'items'
  | 'bundles'
  | 'persons'
  | 'enterprises'
  | 'imports'
  | 'grants'
  | 'certificates'
  | 'staff'
  | 'audit'
  | 'outbox'
  | 'calendar'
  | 'jobs';

export interface Screen {
  key: ScreenKey;
  path: string;
  /** What the user must hold to see it; null: every signed-in staff member. */
  permission: Permission | null;
  icon: ReactNode;
  /** The menu group: 审批办理, 窗口服务, 组织机构, 事项目录, 基础信息库 or 系统管理. */
  group: ScreenGroup;
}

/** The menu groups, in menu order. */
export const SCREEN_GROUPS = ['office', 'window', 'org', 'catalog', 'registry', 'system'] as const;
export type ScreenGroup = (typeof SCREEN_GROUPS)[number];

/** The management screens, in menu order; the menu and the 工作台 shortcuts both list them. */
export const SCREENS: readonly Screen[] = [
  { key: 'tasks', path: '/tasks', permission: 'case.handle', icon: <InboxOutlined />, group: 'office' },
  {
    key: 'supervision',
    path: '/supervision',
    permission: 'case.supervise',
    icon: <AlertOutlined />,
    group: 'office',
  },
  {
    key: 'verifications',
    path: '/verifications',
    permission: 'case.handle',
    icon: <FileSearchOutlined />,
    group: 'office',
  },
  {
    key: 'extensions',
    path: '/extensions',
    permission: 'extension.decide',
    icon: <FieldTimeOutlined />,
    group: 'office',
  },
  {
    key: 'backOfficeSettings',
    path: '/back-office/settings',
    permission: 'workflow.assign',
    icon: <SettingOutlined />,
    group: 'office',
  },
  { key: 'intake', path: '/intake', permission: 'case.intake', icon: <FileDoneOutlined />, group: 'window' },
  {
    key: 'intakeQueue',
    path: '/intake/queue',
    permission: 'case.intake',
    icon: <InboxOutlined />,
    group: 'window',
  },
  {
    key: 'identityCheck',
    path: '/intake/identity',
    permission: 'case.intake',
    icon: <SafetyCertificateOutlined />,
    group: 'window',
  },
  { key: 'cases', path: '/cases', permission: 'case.view', icon: <ProfileOutlined />, group: 'window' },
  {
    key: 'deliveries',
    path: '/deliveries',
    permission: 'case.deliver',
    icon: <CarOutlined />,
    group: 'window',
  },
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
  {
    key: 'bundles',
    path: '/catalog/bundles',
    permission: 'org.view',
    icon: <AppstoreAddOutlined />,
    group: 'catalog',
  },
  {
    key: 'persons',
    path: '/registry/persons',
    permission: 'registry.view',
    icon: <IdcardOutlined />,
    group: 'registry',
  },
  {
    key: 'enterprises',
    path: '/registry/enterprises',
    permission: 'registry.view',
    icon: <ShopOutlined />,
    group: 'registry',
  },
  {
    key: 'imports',
    path: '/registry/imports',
    permission: 'registry.manage',
    icon: <CloudUploadOutlined />,
    group: 'registry',
  },
  {
    key: 'grants',
    path: '/registry/grants',
    permission: 'registry.manage',
    icon: <SafetyCertificateOutlined />,
    group: 'registry',
  },
  {
    key: 'certificates',
    path: '/certificates',
    permission: 'certificate.view',
    icon: <IdcardOutlined />,
    group: 'registry',
  },
  { key: 'staff', path: '/staff', permission: 'staff.manage', icon: <TeamOutlined />, group: 'system' },
  { key: 'audit', path: '/audit', permission: 'audit.view', icon: <AuditOutlined />, group: 'system' },
  { key: 'outbox', path: '/outbox', permission: 'outbox.view', icon: <MailOutlined />, group: 'system' },
  { key: 'calendar', path: '/calendar', permission: null, icon: <CalendarOutlined />, group: 'system' },
  {
    key: 'jobs',
    path: '/system/jobs',
    permission: 'system.jobs',
    icon: <FieldTimeOutlined />,
    group: 'system',
  },
];

/** Whether a user holding `permissions` may open the screen. */
export function screenAllowed(screen: Screen, permissions: readonly Permission[]): boolean {
  return screen.permission === null || permissions.includes(screen.permission);
}

export const screenTitles = {
  home: ['工作台', 'Workbench'],
  office: ['审批办理', 'Back office'],
  tasks: ['我的待办', 'My tasks'],
  supervision: ['电子监察', 'Supervision'],
  verifications: ['核验请求', 'Verification requests'],
  extensions: ['延期审批', 'Extension approvals'],
  backOfficeSettings: ['办理设置', 'Back-office settings'],
  window: ['窗口服务', 'Front desk'],
  materials: ['材料库', 'Materials'],
  intake: ['一窗受理', 'One-window intake'],
  intakeQueue: ['待受理', 'Awaiting intake'],
  identityCheck: ['实名核验', 'ID check'],
  cases: ['办件', 'Cases'],
  deliveries: ['送达任务', 'Deliveries'],
  org: ['组织机构', 'Organization'],
  catalog: ['事项目录', 'Service catalogue'],
  registry: ['基础信息库', 'Base registries'],
  system: ['系统管理', 'System'],
  regions: ['区划管理', 'Regions'],
  departments: ['部门管理', 'Departments'],
  halls: ['服务大厅与窗口', 'Halls & windows'],
  items: ['事项管理', 'Service items'],
  bundles: ['一件事', 'One-thing bundles'],
  persons: ['人员信息查询', 'Persons'],
  enterprises: ['市场主体查询', 'Businesses'],
  imports: ['数据导入', 'Data import'],
  grants: ['数据共享授权', 'Data-sharing grants'],
  certificates: ['电子证照', 'E-certificates'],
  staff: ['人员与授权', 'Staff & roles'],
  audit: ['审计日志', 'Audit log'],
  outbox: ['消息发件箱', 'Message outbox'],
  calendar: ['工作日历', 'Working-day calendar'],
  jobs: ['后台任务', 'Background jobs'],
} as const;

export const screenDescriptions = {
  supervision: ['办理时限的黄牌、红牌预警，按部门统计', 'Deadline warnings, yellow and red, by department'],
  tasks: [
    '按紧急程度处理本人、本部门和AB岗的审批待办',
    'Review tasks: yours, your department’s and those you back up, most urgent first',
  ],
  verifications: [
    '其他部门请本部门核实的情况，按答复期限回复',
    'Facts other departments ask yours to confirm, by their due dates',
  ],
  extensions: [
    '本部门办件延长法定办理期限的申请',
    'Requests to extend the legal limit of your departments’ cases',
  ],
  backOfficeSettings: [
    '黄牌预警、B岗接办的比例，按事项和受理机构指定办理人',
    'Yellow-warning and B-post takeover shares; named handlers per item and office',
  ],
  intake: ['核验身份、选择事项，当场作出受理决定', 'Identify the applicant and decide intake at once'],
  intakeQueue: [
    '网上、电话和代办申请，五个工作日内作出受理决定',
    'Remote applications to decide within five working days',
  ],
  identityCheck: [
    '查验身份证原件，核验群众手机账号的实名绑定或改绑',
    "Check an ID card; verify or move a resident's real-name link",
  ],
  cases: ['办件进度、材料、文书和办理记录', 'Cases: progress, materials, documents, history'],
  deliveries: ['把办理结果送到群众家中并确认', 'Bring results to residents and confirm'],
  materials: ['群众和企业提交过的材料与复用同意', 'Materials handed over, and consent to reuse them'],
  regions: ['区、街道、社区三级区划', 'District, street and community tree'],
  departments: ['各级部门与便民服务机构', 'Departments and service bodies'],
  halls: ['服务大厅、办公时间与窗口', 'Halls, opening hours and windows'],
  items: ['政务服务事项的编制、审核与发布', 'Draft, review and publish service items'],
  bundles: ['多部门事项一表申请、一次办成', 'Several departments’ items on one form, one visit'],
  persons: ['凭身份证号码按授权查阅人员信息', 'Look up a person by ID number, as granted'],
  enterprises: ['凭信用代码按授权查阅市场主体', 'Look up a business by credit code, as granted'],
  imports: ['归集各部门系统导出的数据', 'Load other systems’ exports'],
  grants: ['各部门按目的查阅哪些字段', 'Which fields each department may read, and why'],
  certificates: ['证照查询、颁发、暂停与撤销', 'Find, issue, suspend and revoke certificates'],
  staff: ['工作人员账号与角色授权', 'Staff accounts and role grants'],
  audit: ['谁在何时做了什么', 'Who did what, and when'],
  outbox: ['未接短信网关时的消息留存', 'Messages kept without an SMS gateway'],
  calendar: ['节假日与调休，办理时限按工作日计算', 'Holidays and make-up days that deadlines count by'],
  jobs: ['每日自动运行的任务及其运行记录', 'Jobs that run by themselves, and what they did'],
} as const satisfies Record<ScreenKey, readonly [string, string]>;
