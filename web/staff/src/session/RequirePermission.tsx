import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Permission } from '../../../../src/shared/roles';
import { useT } from '../../../common/locale';
import { useStaffUser } from './SessionProvider';

const messages = {
  title: ['无权访问', 'No access'],
  subTitle: [
    '您当前的角色没有使用此功能的权限，如需开通请联系系统管理员。',
    'Your roles do not include this function. Ask your administrator if you need it.',
  ],
  home: ['返回工作台', 'Back to workbench'],
} as const;

/** Shows the screen only to users holding `permission`; the server enforces it anyway. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const t = useT(messages);
  const user = useStaffUser();
  const navigate = useNavigate();
  if (user.permissions.includes(permission)) return children;
  return (
    <Result
      status="403"
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('home')}
        </Button>
      }
    />
  );
}
