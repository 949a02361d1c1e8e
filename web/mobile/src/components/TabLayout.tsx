import { TabBar } from 'antd-mobile';
import { AppOutline, UnorderedListOutline, UserOutline } from 'antd-mobile-icons';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import styles from './TabLayout.module.css';

const messages = {
  home: ['首页', 'Home'],
  progress: ['办事进度', 'Progress'],
  me: ['我的', 'Me'],
} as const;

/** The three main pages with the bottom tab bar. */
export function TabLayout() {
  const t = useT(messages);
  const location = useLocation();
  const navigate = useNavigate();

  return (
    <div className={styles.layout}>
      <Outlet />
      <TabBar
        className={styles.tabBar}
        activeKey={location.pathname}
        onChange={(key) => navigate(key)}
        safeArea
      >
        <TabBar.Item key="/" icon={<AppOutline />} title={t('home')} />
        <TabBar.Item key="/progress" icon={<UnorderedListOutline />} title={t('progress')} />
        <TabBar.Item key="/me" icon={<UserOutline />} title={t('me')} />
      </TabBar>
    </div>
  );
}
