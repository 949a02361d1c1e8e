/**
 * The demo district: Hangzhou's Xiacheng district (330103) as it was in 2017, the
 * setting of the Chaoming street pilot in the source documents. Street and
 * community names are modelled on the real ones; the 9- and 12-digit codes,
 * addresses, telephone numbers and credit codes are DEMO VALUES, not official data.
 */

export const DEMO_DISTRICT = { code: '330103', name: '下城区' };

export interface DemoStreet {
  code: string;
  name: string;
  communities: string[];
}

export const DEMO_STREETS: DemoStreet[] = [
  { code: '330103001', name: '天水街道', communities: ['武林路社区', '环西社区', '凤起社区', '天水社区'] },
  { code: '330103002', name: '武林街道', communities: ['竹竿巷社区', '龙游社区', '岳王社区', '百井坊社区'] },
  { code: '330103003', name: '长庆街道', communities: ['长庆社区', '王马社区', '潮鸣寺巷社区', '青园社区'] },
  {
    code: '330103004',
    name: '潮鸣街道',
    communities: ['小天竺社区', '艮山门社区', '宝善社区', '长乐社区', '东园社区'],
  },
  {
    code: '330103005',
    name: '朝晖街道',
    communities: ['朝晖一区社区', '朝晖五区社区', '朝晖九区社区', '京都苑社区'],
  },
  {
    code: '330103006',
    name: '文晖街道',
    communities: ['现代城社区', '大关苑社区', '流水苑社区', '左家新村社区'],
  },
  { code: '330103007', name: '东新街道', communities: ['东新园社区', '杭氧社区', '新天地社区', '华丰社区'] },
  { code: '330103008', name: '石桥街道', communities: ['石桥社区', '杨家社区', '华中社区', '永丰社区'] },
];

export function communityCode(street: DemoStreet, index: number): string {
  return `${street.code}${String(index + 1).padStart(3, '0')}`;
}

export interface DemoDepartment {
  name: string;
  kind: string;
  /** Region the department serves; a street code puts it at street level. */
  regionCode: string;
  phone: string;
}

export const DEMO_DISTRICT_DEPARTMENTS: DemoDepartment[] = [
  { name: '杭州市公安局下城区分局', kind: 'public_security', regionCode: '330103', phone: '0571-85150000' },
  { name: '下城区民政局', kind: 'civil_affairs', regionCode: '330103', phone: '0571-85150101' },
  {
    name: '下城区人力资源和社会保障局',
    kind: 'human_resources',
    regionCode: '330103',
    phone: '0571-85150202',
  },
  { name: '下城区医疗保障局', kind: 'medical_insurance', regionCode: '330103', phone: '0571-85150303' },
  { name: '下城区卫生健康局', kind: 'health', regionCode: '330103', phone: '0571-85150404' },
  { name: '下城区残疾人联合会', kind: 'disabled_federation', regionCode: '330103', phone: '0571-85150505' },
  { name: '下城区市场监督管理局', kind: 'market_regulation', regionCode: '330103', phone: '0571-85150606' },
  {
    name: '下城区政务服务管理办公室',
    kind: 'service_administration',
    regionCode: '330103',
    phone: '0571-85150707',
  },
];

export function streetDepartments(street: DemoStreet, index: number): DemoDepartment[] {
  const short = street.name.replace('街道', '');
  const phoneTail = String(10 + index).padStart(2, '0');
  return [
    {
      name: `${street.name}便民服务中心`,
      kind: 'street_service_center',
      regionCode: street.code,
      phone: `0571-851601${phoneTail}`,
    },
    {
      name: `${short}派出所`,
      kind: 'public_security',
      regionCode: street.code,
      phone: `0571-851602${phoneTail}`,
    },
  ];
}

export const WEEKDAY_HOURS = [
  { days: [1, 2, 3, 4, 5], open: '08:30', close: '12:00' },
  { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
];
/** The district hall also opens on Saturday mornings for people who cannot leave work on weekdays. */
export const DISTRICT_HALL_HOURS = [
  { days: [1, 2, 3, 4, 5], open: '08:30', close: '17:00' },
  { days: [6], open: '09:00', close: '12:00' },
];
export const COMMUNITY_HOURS = [
  { days: [1, 2, 3, 4, 5], open: '09:00', close: '11:30' },
  { days: [1, 2, 3, 4, 5], open: '14:00', close: '17:00' },
];

export const DEMO_PASSWORD = 'yici2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: string;
  regionCode: string | null;
  departmentName: string | null;
  /** Where the account belongs; decides who administers it. */
  homeRegion: string;
  /** The A-post this account is the B-post of (AB岗). */
  backupOf?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '王建国',
    role: 'admin',
    regionCode: null,
    departmentName: '下城区政务服务管理办公室',
    homeRegion: '330103',
  },
  {
    username: 'clerk',
    displayName: '李晓燕',
    role: 'window_clerk',
    regionCode: '330103004',
    departmentName: '潮鸣街道便民服务中心',
    homeRegion: '330103004',
  },
  {
    username: 'approver',
    displayName: '陈志明',
    role: 'approver',
    regionCode: '330103',
    departmentName: '下城区民政局',
    homeRegion: '330103',
  },
  {
    username: 'chief',
    displayName: '刘芳',
    role: 'chief_rep',
    regionCode: '330103',
    departmentName: '下城区民政局',
    homeRegion: '330103',
  },
  {
    username: 'leader',
    displayName: '赵卫东',
    role: 'dept_leader',
    regionCode: '330103',
    departmentName: '下城区民政局',
    homeRegion: '330103',
  },
  {
    username: 'approver2',
    displayName: '黄静',
    role: 'approver',
    regionCode: '330103',
    departmentName: '下城区民政局',
    homeRegion: '330103',
    backupOf: 'approver',
  },
  {
    username: 'chief2',
    displayName: '何军',
    role: 'chief_rep',
    regionCode: '330103',
    departmentName: '下城区民政局',
    homeRegion: '330103',
  },
  {
    username: 'street',
    displayName: '马丽华',
    role: 'approver',
    regionCode: '330103004',
    departmentName: '潮鸣街道便民服务中心',
    homeRegion: '330103004',
  },
  {
    username: 'police',
    displayName: '林涛',
    role: 'approver',
    regionCode: '330103',
    departmentName: '杭州市公安局下城区分局',
    homeRegion: '330103',
  },
  {
    username: 'station',
    displayName: '徐敏',
    role: 'approver',
    regionCode: '330103004',
    departmentName: '潮鸣派出所',
    homeRegion: '330103004',
  },
  {
    username: 'medical',
    displayName: '高雪',
    role: 'approver',
    regionCode: '330103',
    departmentName: '下城区医疗保障局',
    homeRegion: '330103',
  },
  {
    username: 'supervisor',
    displayName: '孙丽',
    role: 'supervisor',
    regionCode: '330103',
    departmentName: '下城区政务服务管理办公室',
    homeRegion: '330103',
  },
  {
    username: 'grid',
    displayName: '周强',
    role: 'grid_worker',
    regionCode: '330103004001',
    departmentName: '潮鸣街道便民服务中心',
    homeRegion: '330103004001',
  },
  {
    username: 'editor',
    displayName: '吴敏',
    role: 'catalog_editor',
    regionCode: '330103',
    departmentName: '下城区民政局',
    homeRegion: '330103',
  },
  {
    username: 'reviewer',
    displayName: '郑华',
    role: 'catalog_reviewer',
    regionCode: '330103',
    departmentName: '下城区政务服务管理办公室',
    homeRegion: '330103',
  },
  {
    username: 'reviewer2',
    displayName: '冯婷',
    role: 'catalog_reviewer',
    regionCode: '330103',
    departmentName: '下城区政务服务管理办公室',
    homeRegion: '330103',
  },
];

export const DEMO_RESIDENT = { phone: '13800138000', name: '张秀英', idNumberFirst17: '33010319580315002' };
