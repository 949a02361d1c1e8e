import { hasPermission } from '../../../../src/shared/roles';
import { useStaffUser } from '../session/SessionProvider';

/** Whether the user may change regions, departments and halls: anywhere at all, and in a given region. */
export function useOrgManagement() {
  const user = useStaffUser();
  return {
    /** Holds org.manage in some scope, so the page offers 新增 and an 操作 column. */
    canManageSome: user.permissions.includes('org.manage'),
    canManage: (regionCode: string) => hasPermission(user.grants, 'org.manage', regionCode),
  };
}
