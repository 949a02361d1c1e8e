import { DesktopOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { useStaffUser } from '../session/SessionProvider';
import { SCREEN_GROUPS, SCREENS, type Screen, screenAllowed, screenTitles } from './screens';

type MenuItem = Required<MenuProps>['items'][number];

/** The left menu: 工作台 plus the screens the user's permissions allow. */
export function SideMenu() {
  const t = useT(screenTitles);
  const user = useStaffUser();
  const { pathname } = useLocation();
  const allowed = SCREENS.filter((screen) => screenAllowed(screen, user.permissions));

  const itemOf = (screen: Screen): MenuItem => ({
    key: screen.path,
    icon: screen.icon,
    label: <Link to={screen.path}>{t(screen.key)}</Link>,
  });
  const groupOf = (group: Screen['group']): MenuItem[] => {
    const screens = allowed.filter((screen) => screen.group === group);
    return screens.length > 0
      ? [{ key: group, type: 'group', label: t(group), children: screens.map(itemOf) }]
      : [];
  };
  const items: MenuItem[] = [
    { key: '/', icon: <DesktopOutlined />, label: <Link to="/">{t('home')}</Link> },
    ...SCREEN_GROUPS.flatMap(groupOf),
  ];
  // The longest matching path wins, so /catalog/bundles/… selects 一件事 rather than 事项管理.
  const selected =
    SCREENS.filter((screen) => pathname.startsWith(screen.path)).sort(
      (a, b) => b.path.length - a.path.length,
    )[0]?.path ?? pathname;

  return <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={items} className="side-menu" />;
}
