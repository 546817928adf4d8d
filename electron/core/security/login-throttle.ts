/**
 * Back-off per username after repeated wrong passwords (decision 0023). Five failures close to each
 * other make the username wait a minute; each further failure doubles the wait, up to an hour. A
 * right password clears the count. Usernames that do not exist are counted exactly like real ones,
 * so the refusal tells nothing about who has an account.
 *
 * Kept in memory, like the sessions: the web host listens on 127.0.0.1 only and the desktop app has
 * no network entry, so whoever could restart the app to reset it could already read the data folder.
 */

/** Failures that start a wait. */
export const FAILURES_BEFORE_WAIT = 5;
/** Failures further apart than this (after any wait) start counting again. */
export const FAILURE_WINDOW_MS = 15 * 60_000;
const FIRST_WAIT_MS = 60_000;
const LONGEST_WAIT_MS = 60 * 60_000;
/** Bounds the memory a flood of made-up usernames can take; the oldest entries go first. */
const MAX_TRACKED = 10_000;
/** Usernames have no length limit in the contract: the key need not keep more than this. */
const KEY_LENGTH = 200;

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
  /** True once a refusal during the current wait has been reported (so the audit gets one line per wait). */
  refusalReported: boolean;
}

export type Attempt =
  | { allowed: true }
  /** `firstRefusal`: the first attempt refused during this wait. */
  | { allowed: false; waitMinutes: number; firstRefusal: boolean };

export class LoginThrottle {
  private readonly byName = new Map<string, Failures>();

  constructor(private readonly clock: () => number = Date.now) {}

  /**
   * Asks whether a password may be checked for this username now, and if so counts the attempt as a
   * failure already: attempts sent all at once are counted before any of them is answered, so a
   * burst cannot check more passwords than the limit. `succeeded` clears the count.
   */
  begin(username: string): Attempt {
    const now = this.clock();
    const key = keyOf(username);
    const entry = this.current(key, now);
    if (entry && entry.lockedUntil > now) {
      const firstRefusal = !entry.refusalReported;
      entry.refusalReported = true;
      return { allowed: false, waitMinutes: minutesUntil(entry.lockedUntil, now), firstRefusal };
    }
    const next = entry ?? { count: 0, lastAt: now, lockedUntil: 0, refusalReported: false };
    next.count += 1;
    next.lastAt = now;
    if (next.count >= FAILURES_BEFORE_WAIT) {
      next.lockedUntil = now + Math.min(FIRST_WAIT_MS * 2 ** (next.count - FAILURES_BEFORE_WAIT), LONGEST_WAIT_MS);
      next.refusalReported = false;
    }
    // Re-inserted so the map stays in order of last use, and the oldest are the ones evicted.
    this.byName.delete(key);
    this.byName.set(key, next);
    if (this.byName.size > MAX_TRACKED) this.byName.delete(this.byName.keys().next().value!);
    return { allowed: true };
  }

  /** The password was right: the failures before it are forgotten. */
  succeeded(username: string): void {
    this.byName.delete(keyOf(username));
  }

  /** Minutes this username must still wait (0 when it may try now). */
  waitMinutes(username: string): number {
    const now = this.clock();
    const entry = this.current(keyOf(username), now);
    return entry && entry.lockedUntil > now ? minutesUntil(entry.lockedUntil, now) : 0;
  }

  /** Forgets a username's failures: an administrator has just set a new password for it. */
  clear(username: string): void {
    this.byName.delete(keyOf(username));
  }

  private current(key: string, now: number): Failures | null {
    const entry = this.byName.get(key);
    if (!entry) return null;
    if (now - Math.max(entry.lastAt, entry.lockedUntil) > FAILURE_WINDOW_MS) {
      this.byName.delete(key);
      return null;
    }
    return entry;
  }
}

function keyOf(username: string): string {
  return username.trim().toLowerCase().slice(0, KEY_LENGTH);
}

function minutesUntil(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 60_000));
}
