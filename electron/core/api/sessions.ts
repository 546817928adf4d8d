/**
 * Logged-in sessions, kept in memory by the running host: restarting the app logs everyone
 * out, which is what a desk PC should do. A session idle longer than the configured time is
 * locked and needs the password again.
 */
import { randomBytes } from 'node:crypto';
import { LoginThrottle } from '../security/login-throttle';

/** A session untouched for this long is ended, locked or not. */
export const ABANDONED_AFTER_MS = 12 * 60 * 60 * 1000;

export interface Session {
  token: string;
  operatorId: string;
  lastActivity: number;
  locked: boolean;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  /** Wrong passwords per username, at login and at unlock: kept with the sessions they guard, on the same clock. */
  readonly logins: LoginThrottle;

  constructor(private readonly clock: () => number = Date.now) {
    this.logins = new LoginThrottle(clock);
  }

  create(operatorId: string): Session {
    const session = { token: randomBytes(32).toString('base64url'), operatorId, lastActivity: this.clock(), locked: false };
    this.sessions.set(session.token, session);
    return session;
  }

  /** The session for a token, locked first if it has been idle too long. */
  get(token: string | null | undefined, idleMinutes: number): Session | null {
    if (!token) return null;
    const session = this.sessions.get(token);
    if (!session) return null;
    // A tab closed without logging out must not leave a session waiting for its password forever.
    if (this.clock() - session.lastActivity > ABANDONED_AFTER_MS) {
      this.sessions.delete(token);
      return null;
    }
    if (!session.locked && this.clock() - session.lastActivity > idleMinutes * 60_000) session.locked = true;
    return session;
  }

  touch(session: Session): void {
    session.lastActivity = this.clock();
  }

  unlock(session: Session): void {
    session.locked = false;
    this.touch(session);
  }

  remove(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends every session of an operator, except the one given (the operator's own, still in use). */
  removeOperator(operatorId: string, except?: string): void {
    for (const [token, s] of this.sessions) if (s.operatorId === operatorId && token !== except) this.sessions.delete(token);
  }
}
