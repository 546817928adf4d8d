/**
 * Who is using the app: first start (setup), login, the logged-in operator, and the idle lock.
 * Everything under it can read the session with `useSession()`.
 */
import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionInfo } from '@shared/api/auth';
import type { Permission } from '@shared/api/permissions';
import { api } from '../api/client';

export type AuthState =
  | { status: 'loading' }
  | { status: 'unreachable'; message: string }
  | { status: 'setup' }
  | { status: 'login'; officeName: string | null; notice: string | null }
  | { status: 'ready'; info: SessionInfo };

interface AuthContextValue {
  state: AuthState;
  loggedIn(info: SessionInfo & { sessionToken: string }): void;
  logout(): Promise<void>;
  /** The core ended every session (a restore): back to the login, with what happened and what to do. */
  sessionEnded(notice: string): void;
  lock(): void;
  unlocked(): void;
  refresh(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const status = await api.call('setup.status', {});
      if (status.needsSetup) {
        setState({ status: 'setup' });
        return;
      }
      if (api.hasSession()) {
        try {
          const info = await api.call('auth.me', {});
          setState({ status: 'ready', info });
          return;
        } catch {
          api.setSession(null);
        }
      }
      setState({ status: 'login', officeName: status.officeName, notice: null });
    } catch (error) {
      setState({ status: 'unreachable', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      api.onSessionProblem((error) => {
        if (error.details?.locked) {
          setState((s) => (s.status === 'ready' ? { status: 'ready', info: { ...s.info, locked: true } } : s));
          return;
        }
        api.setSession(null);
        // Already at the login: a call refused late (one in flight when a restore ended the session)
        // must not replace what the login says (that the restore was done).
        setState((s) => (s.status === 'login' ? s : { status: 'login', officeName: null, notice: error.message }));
      }),
    [],
  );

  const value = useMemo<AuthContextValue>(
    () => ({
      state,
      refresh,
      loggedIn(info) {
        const { sessionToken, ...rest } = info;
        api.setSession(sessionToken);
        setState({ status: 'ready', info: rest });
      },
      async logout() {
        try {
          await api.call('auth.logout', {});
        } finally {
          api.setSession(null);
          // What the last operator did is not the next one's business, nor left on screen.
          notifications.clean();
          setState({ status: 'login', officeName: null, notice: null });
        }
      },
      sessionEnded(notice) {
        api.setSession(null);
        notifications.clean();
        setState({ status: 'login', officeName: null, notice });
      },
      lock() {
        setState((s) => (s.status === 'ready' ? { status: 'ready', info: { ...s.info, locked: true } } : s));
      },
      unlocked() {
        setState((s) => (s.status === 'ready' ? { status: 'ready', info: { ...s.info, locked: false } } : s));
      },
    }),
    [state, refresh],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** The logged-in operator; only for components rendered after login. */
export function useSession(): SessionInfo & { can(permission: Permission): boolean } {
  const { state } = useAuth();
  if (state.status !== 'ready') throw new Error('useSession before login');
  const info = state.info;
  return { ...info, can: (permission) => info.permissions.includes(permission) };
}
