/**
 * Chinese names of request fields, so a validation error can say which field
 * is at fault in words a clerk understands. Keyed by the field's JSON name.
 */
export const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  displayName: '姓名',
  name: '名称',
  phone: '手机号码',
  code: '代码',
  verificationCode: '验证码',
  idNumber: '身份证号码',
  level: '层级',
  parentCode: '上级区划',
  regionCode: '所属区划',
  kind: '类型',
  creditCode: '统一社会信用代码',
  departmentId: '所属部门',
  hallId: '所属大厅',
  address: '地址',
  openingHours: '办公时间',
  number: '窗口号',
  role: '角色',
  active: '启用状态',
  sortOrder: '排序',
  page: '页码',
  pageSize: '每页条数',
  entityType: '对象类型',
  from: '开始时间',
  to: '结束时间',
  days: '星期',
  open: '开始时间',
  close: '结束时间',
  id: '编号',
  q: '搜索词',
  opinion: '审核意见',
  basicCode: '基本编码',
  departmentIds: '部门',
  workflow: '办理流程',
  formFields: '申请表',
  materials: '申请材料',
  actor: '办理人',
  limitDays: '环节时限',
  promisedLimitDays: '承诺时限',
  legalLimitDays: '法定时限',
  handlingKind: '办件类型',
  visits: '到现场次数',
  ownerIdType: '证件类型',
  ownerNumber: '证件号码',
  catalogItemId: '事项',
  materialKey: '事项材料',
  decision: '复用同意',
  file: '文件',
};

export function fieldLabel(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((part) => typeof part === 'string' && FIELD_LABELS[part]);
  if (typeof named === 'string') return FIELD_LABELS[named] as string;
  return path.map(String).join('.') || '请求';
}
