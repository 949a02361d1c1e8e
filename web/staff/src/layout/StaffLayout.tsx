import { Layout, Spin } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { RegionsProvider } from '../regions/RegionsProvider';
import { PlatformLogo } from './PlatformLogo';
import { SideMenu } from './SideMenu';
import { UserBar } from './UserBar';
import './layout.css';

/** The signed-in frame: menu on the left, who-am-I on top, the current screen below. */
export function StaffLayout() {
  const { pathname } = useLocation();
  return (
    <RegionsProvider>
      <Layout className="staff-layout">
        <Layout.Sider width={232} className="staff-sider">
          <PlatformLogo />
          <SideMenu />
        </Layout.Sider>
        <Layout>
          <Layout.Header className="staff-header">
            <UserBar />
          </Layout.Header>
          <Layout.Content className="staff-content">
            {/* Keyed by path so leaving a crashed screen clears the error. */}
            <ErrorBoundary key={pathname}>
              {/* A screen opened for the first time is fetched while the frame stays. */}
              <Suspense fallback={<Spin size="large" className="staff-screen-loading" />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </Layout.Content>
        </Layout>
      </Layout>
    </RegionsProvider>
  );
}
