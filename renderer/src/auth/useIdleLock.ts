/**
 * Locks the screen after the configured idle time, and keeps the server session alive while
 * the operator is active (typing a long form makes no API calls for minutes).
 */
import { useEffect, useRef } from 'react';
import { api } from '../api/client';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;
const HEARTBEAT_MS = 60_000;

export function useIdleLock(idleMinutes: number, locked: boolean, lock: () => void): void {
  const lastActivity = useRef(Date.now());
  const lastHeartbeat = useRef(Date.now());

  useEffect(() => {
    if (locked) return;
    lastActivity.current = Date.now();
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastActivity.current >= idleMinutes * 60_000) {
        lock();
        return;
      }
      if (now - lastHeartbeat.current >= HEARTBEAT_MS && lastActivity.current > lastHeartbeat.current) {
        lastHeartbeat.current = now;
        void api
          .call('auth.me', {})
          .then((info) => info.locked && lock())
          .catch(() => undefined);
      }
    }, 5_000);
    return () => {
      window.clearInterval(timer);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, onActivity);
    };
  }, [idleMinutes, locked, lock]);
}
