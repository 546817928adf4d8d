import { describe, expect, it } from 'vitest';
import { ABANDONED_AFTER_MS, SessionStore } from './sessions';

describe('sessions', () => {
  it('locks after the idle minutes and unlocks on request', () => {
    let now = 0;
    const store = new SessionStore(() => now);
    const s = store.create('op1');
    now = 14 * 60_000;
    expect(store.get(s.token, 15)?.locked).toBe(false);
    now = 15 * 60_000 + 1;
    expect(store.get(s.token, 15)?.locked).toBe(true);
    store.unlock(s);
    expect(store.get(s.token, 15)?.locked).toBe(false);
  });

  it('forgets a session abandoned for half a day, locked or not', () => {
    let now = 0;
    const store = new SessionStore(() => now);
    const s = store.create('op1');
    now = ABANDONED_AFTER_MS + 1;
    expect(store.get(s.token, 15)).toBeNull();
  });

  it('ends all sessions of an operator but the one kept', () => {
    const store = new SessionStore(() => 0);
    const a = store.create('op1');
    const b = store.create('op1');
    const other = store.create('op2');
    store.removeOperator('op1', a.token);
    expect(store.get(a.token, 15)).not.toBeNull();
    expect(store.get(b.token, 15)).toBeNull();
    expect(store.get(other.token, 15)).not.toBeNull();
  });

  it('knows no token it did not issue', () => {
    const store = new SessionStore();
    expect(store.get('forged', 15)).toBeNull();
    expect(store.get(null, 15)).toBeNull();
  });
});
