import type { ReactNode } from 'react';
import type { Permission } from '../../../../src/shared/roles';
import { useT } from '../../../common/locale';
import { BackToWorkbenchResult } from '../components/BackToWorkbenchResult';
import { useStaffUser } from './SessionProvider';

const messages = {
  title: ['无权访问', 'No access'],
  subTitle: [
    '您当前的角色没有使用此功能的权限，如需开通请联系系统管理员。',
    'Your roles do not include this function. Ask your administrator if you need it.',
  ],
} as const;

/** Shows the screen only to users holding `permission`; the server enforces it anyway. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const t = useT(messages);
  const user = useStaffUser();
  if (user.permissions.includes(permission)) return children;
  return <BackToWorkbenchResult status="403" title={t('title')} subTitle={t('subTitle')} />;
}
