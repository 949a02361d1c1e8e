/** Names of audited actions and object types as [Chinese, English]; unknown ones are shown as recorded. */
export const ACTION_LABELS: Record<string, readonly [string, string]> = {
  'region.create': ['新增区划', 'Region created'],
  'region.update': ['修改区划', 'Region updated'],
  'department.create': ['新增部门', 'Department created'],
  'department.update': ['修改部门', 'Department updated'],
  'hall.create': ['新增服务大厅', 'Hall created'],
  'hall.update': ['修改服务大厅', 'Hall updated'],
  'window.create': ['新增窗口', 'Window created'],
  'window.update': ['修改窗口', 'Window updated'],
  'staff.create': ['新增人员', 'Staff created'],
  'staff.update': ['修改人员', 'Staff updated'],
  'staff.reset_password': ['重置密码', 'Password reset'],
  'staff.grant_role': ['授予角色', 'Role granted'],
  'staff.revoke_role': ['撤销角色', 'Role revoked'],
  'staff.password_change': ['修改本人密码', 'Own password changed'],
  'resident.link_identity': ['群众实名认证', 'Resident identity linked'],
  'system.seed_demo': ['初始化演示数据', 'Demo data seeded'],
  'bundle.create': ['新建一件事', 'Bundle created'],
  'bundle.update': ['修改一件事', 'Bundle updated'],
  'bundle.withdraw': ['停用一件事', 'Bundle withdrawn'],
  'bundle.reactivate': ['重新启用一件事', 'Bundle reactivated'],
  'material.upload': ['上传材料', 'Material uploaded'],
  'material.consent_confirm': ['同意材料复用', 'Reuse consent given'],
  'material.consent_withdraw': ['撤回材料复用同意', 'Reuse consent withdrawn'],
  'stored_file.remove': ['删除存储文件', 'Stored file removed'],
  'certificate.issue': ['颁发证照', 'Certificate issued'],
  'certificate.import': ['导入证照', 'Certificates imported'],
  'certificate.suspend': ['暂停证照', 'Certificate suspended'],
  'certificate.reinstate': ['恢复证照', 'Certificate reinstated'],
  'certificate.revoke': ['撤销证照', 'Certificate revoked'],
  'registry.import.start': ['开始导入人口法人数据', 'Registry import started'],
  'registry.import.complete': ['完成人口法人数据导入', 'Registry import completed'],
  'registry_source.create': ['登记数据来源系统', 'Source system added'],
  'registry_source.update': ['修改数据来源系统', 'Source system changed'],
  'registry_conflict.resolve': ['处理数据冲突', 'Data conflict settled'],
  'data_grant.create': ['授予数据查阅权限', 'Data grant made'],
  'data_grant.revoke': ['撤回数据查阅权限', 'Data grant withdrawn'],
  'calendar.seed': ['载入法定节假日安排', 'Holiday schedules loaded'],
  'calendar.day.set': ['设置节假日或调休日', 'Calendar day set'],
  'calendar.day.clear': ['恢复为常规工作日或休息日', 'Calendar day cleared'],
  'calendar.year.load': ['导入全年节假日安排', 'Year schedule loaded'],
  'case.create': ['窗口收件', 'Case started'],
  'case.materials': ['登记材料', 'Materials recorded'],
  'case.missing_notice': ['一次性告知', 'Missing-material notice'],
  'case.accept': ['受理', 'Case accepted'],
  'case.accept_tolerantly': ['容缺受理', 'Accepted with pending materials'],
  'case.refuse': ['不予受理', 'Case refused'],
  'case.complete': ['办结', 'Case completed'],
  'case.terminate': ['终止办理', 'Case terminated'],
  'case.paper_sent': ['寄出纸质材料', 'Paper sent'],
  'case.paper_received': ['收到纸质材料', 'Paper received'],
};

export const ENTITY_LABELS: Record<string, readonly [string, string]> = {
  region: ['区划', 'Region'],
  department: ['部门', 'Department'],
  hall: ['服务大厅', 'Hall'],
  window: ['窗口', 'Window'],
  staff_user: ['工作人员', 'Staff member'],
  resident: ['群众', 'Resident'],
  system: ['系统', 'System'],
  catalog_bundle: ['一件事', 'One-thing bundle'],
  material: ['材料', 'Material'],
  stored_file: ['存储文件', 'Stored file'],
  certificate: ['电子证照', 'Certificate'],
  case: ['办件', 'Case'],
  registry_import: ['数据导入', 'Registry import'],
  registry_source: ['数据来源系统', 'Source system'],
  data_grant: ['数据共享授权', 'Data grant'],
  person: ['人员', 'Person'],
  enterprise: ['市场主体', 'Business'],
  calendar: ['工作日历', 'Calendar'],
  calendar_day: ['工作日历日期', 'Calendar day'],
  calendar_year: ['工作日历年度', 'Calendar year'],
};

/** Colors by what the action does, so creations and changes are told apart at a glance. */
export function actionColor(action: string): string {
  if (action.endsWith('.create') || action.endsWith('.grant_role')) return 'green';
  if (action.endsWith('.issue')) return 'green';
  if (action.endsWith('.revoke_role') || action.endsWith('.withdraw') || action.endsWith('.revoke'))
    return 'red';
  if (action.includes('password')) return 'orange';
  if (action.startsWith('system.')) return 'purple';
  return 'blue';
}

export function labelOf(
  table: Record<string, readonly [string, string]>,
  key: string,
  english: boolean,
): string {
  return table[key]?.[english ? 1 : 0] ?? key;
}
