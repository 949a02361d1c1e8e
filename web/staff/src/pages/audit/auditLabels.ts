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
