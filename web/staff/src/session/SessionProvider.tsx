import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, get, post, setCsrfToken } from '../../../common/api';
import type { MeReply, StaffUser } from '../api/types';

interface Session {
  /** undefined while the first /api/auth/me is in flight; null when signed out. */
  user: StaffUser | null | undefined;
  signIn: (username: string, password: string) => Promise<StaffUser>;
  signOut: () => Promise<void>;
  /** Reloads the user, e.g. after a password change or when the server asks for one. */
  refresh: () => Promise<void>;
  /** Forgets the user after the server said the session is gone. */
  expire: () => void;
}

const SessionContext = createContext<Session | null>(null);

function staffUserOf(reply: MeReply): StaffUser | null {
  setCsrfToken(reply.csrfToken);
  // A resident's session (from the mobile app on the same site) does not count here.
  return reply.user.kind === 'staff' ? (reply.user as StaffUser) : null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<StaffUser | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      setUser(staffUserOf(await get<MeReply>('/api/auth/me')));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setUser(null);
      else throw error;
    }
  }, []);

  useEffect(() => {
    refresh().catch(() => setUser(null));
  }, [refresh]);

  const signIn = useCallback(async (username: string, password: string) => {
    const signedIn = staffUserOf(await post<MeReply>('/api/auth/staff/sign-in', { username, password }));
    if (!signedIn) throw new ApiError(403, 'FORBIDDEN', '此账号不是工作人员账号', {});
    setUser(signedIn);
    return signedIn;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await post('/api/auth/sign-out');
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const expire = useCallback(() => {
    setCsrfToken(null);
    setUser(null);
  }, []);

  const session = useMemo(
    () => ({ user, signIn, signOut, refresh, expire }),
    [user, signIn, signOut, refresh, expire],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for components rendered behind RequireSignedIn. */
export function useStaffUser(): StaffUser {
  const { user } = useSession();
  if (!user) throw new Error('useStaffUser without a signed-in user');
  return user;
}
