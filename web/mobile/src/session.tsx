import { Toast } from 'antd-mobile';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, get, post, setCsrfToken } from '../../common/api';

/** The signed-in resident as /api/auth/me describes them. */
export interface Resident {
  kind: 'resident';
  id: string;
  phoneMasked: string;
  name: string | null;
  idNumberMasked: string | null;
  /** none: no ID linked; unverified: linked, not verified (sees no personal data); verified. */
  identity: 'none' | 'unverified' | 'verified';
}

/** A staff session in the same browser counts as nobody signed in here. */
export interface MeReply {
  user: Resident | { kind: 'staff' };
  csrfToken: string;
}

interface Session {
  loading: boolean;
  resident: Resident | null;
  /** Takes a sign-in, /me or identity reply as the current session. */
  accept: (reply: MeReply) => void;
  signOut: () => Promise<void>;
  /** Drops a session the server no longer knows. */
  forget: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [loading, setLoading] = useState(true);
  const [resident, setResident] = useState<Resident | null>(null);

  const accept = useCallback((reply: MeReply) => {
    setCsrfToken(reply.csrfToken);
    setResident(reply.user.kind === 'resident' ? reply.user : null);
  }, []);

  useEffect(() => {
    get<MeReply>('/api/auth/me')
      .then(accept)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status !== 401) {
          Toast.show({ icon: 'fail', content: error.message });
        }
      })
      .finally(() => setLoading(false));
  }, [accept]);

  const forget = useCallback(() => {
    setCsrfToken(null);
    setResident(null);
  }, []);

  const signOut = useCallback(async () => {
    await post('/api/auth/sign-out');
    forget();
  }, [forget]);

  const session = useMemo(
    () => ({ loading, resident, accept, signOut, forget }),
    [loading, resident, accept, signOut, forget],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionProvider');
  return session;
}
