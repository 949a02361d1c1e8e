import { Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ForcedPasswordChangePage } from '../pages/ForcedPasswordChangePage';
import { useSession } from './SessionProvider';

/**
 * Lets only signed-in staff through. Until an initial password is changed the
 * server refuses everything else, so such users see only the change-password screen.
 */
export function RequireSignedIn() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Spin fullscreen />;
  if (user === null) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (user.mustChangePassword) {
    return location.pathname === '/password' ? (
      <ForcedPasswordChangePage />
    ) : (
      <Navigate to="/password" replace />
    );
  }
  return <Outlet />;
}
