import { DownOutlined, KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Tag, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { useGrantText } from '../components/useGrantText';
import { useSession, useStaffUser } from '../session/SessionProvider';
import { LanguageSwitch } from './LanguageSwitch';

const messages = {
  changePassword: ['修改密码', 'Change password'],
  signOut: ['退出登录', 'Sign out'],
  noRole: ['未授权', 'No role yet'],
} as const;

/** The header's right side: who is signed in, in which role and scope, language, and sign-out. */
export function UserBar() {
  const t = useT(messages);
  const user = useStaffUser();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const grantText = useGrantText();
  const [first, ...others] = user.grants.map(grantText);

  return (
    <Flex align="center" gap={16} className="user-bar">
      <LanguageSwitch />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [{ key: 'password', icon: <KeyOutlined />, label: t('changePassword') }],
          onClick: () => navigate('/password'),
        }}
      >
        <Button type="text" className="user-bar-identity" data-testid="current-user">
          <Avatar size={28} className="user-bar-avatar">
            {user.displayName.slice(0, 1)}
          </Avatar>
          <span className="user-bar-name">{user.displayName}</span>
          <span className="user-bar-scope">
            {first ? ` · ${first.role} · ${first.scope}` : ` · ${t('noRole')}`}
          </span>
          {others.length > 0 && (
            <Tooltip title={others.map((grant) => `${grant.role} · ${grant.scope}`).join('；')}>
              <Tag className="user-bar-more">+{others.length}</Tag>
            </Tooltip>
          )}
          <DownOutlined className="user-bar-caret" />
        </Button>
      </Dropdown>
      <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>
        {t('signOut')}
      </Button>
    </Flex>
  );
}
