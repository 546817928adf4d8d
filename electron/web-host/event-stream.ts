/**
 * `POST /api/events`: the core's event channel for a browser page, as Server-Sent Events.
 *
 * Protocol: the same guard as `POST /api/<method>` (Host, Origin, `x-exar-token`, JSON content
 * type; the body is ignored) plus a live, unlocked session in `x-exar-session`. The answer is
 * `200 text/event-stream`: `data: {"type":…,"payload":…}\n\n` for every event the core emits and
 * a `: ping\n\n` comment every 15 s, until the client leaves, the session ends or locks, or the
 * host closes. POST rather than GET because browsers send `Origin` on a same-origin POST only,
 * and `EventSource` cannot send our headers anyway: the page reads the stream with `fetch`.
 */
import type { ServerResponse } from 'node:http';
import type { BridgeEvent } from '@shared/api/bridge';
import { readCtxOf } from '../core/api/service-ctx';
import type { CoreState } from '../core/api/types';
import type { Core } from '../core/core';
import { findOperator } from '../core/services/operators/operators';
import { readIdleLockMinutes } from '../core/services/settings/site';

export const EVENTS_PATH = '/api/events';
export const HEARTBEAT_MS = 15_000;
/** A page that stops reading must not make the host buffer without end: it is dropped instead. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * Whether this session may follow the core's events: the checks of dispatch's session step,
 * without `touch`, because an open stream is not the operator at the desk and must not keep the
 * session from locking when they walk away.
 */
export function sessionMayListen(state: CoreState, token: string | null | undefined): boolean {
  if (!token) return false;
  const ctx = readCtxOf(state);
  const session = state.sessions.get(token, readIdleLockMinutes(ctx));
  if (!session || session.locked) return false;
  const operator = findOperator(ctx, session.operatorId);
  return operator !== null && operator.active && !operator.deletedAt;
}

export function formatEvent(event: BridgeEvent): string {
  // JSON never contains a raw newline, so one `data:` line always carries the whole event.
  return `data: ${JSON.stringify({ type: event.type, payload: event.payload })}\n\n`;
}

export interface EventStreams {
  /** Streams the core's events to `res` (already authenticated) until one of the ends above. */
  open(res: ServerResponse, session: string, headers: Record<string, string>): void;
  /** Ends every open stream: the host is closing. */
  closeAll(): void;
}

export function eventStreams(core: Pick<Core, 'state' | 'onEvent'>, heartbeatMs = HEARTBEAT_MS): EventStreams {
  /** How to end each stream still open. */
  const live = new Set<() => void>();

  return {
    open(res, session, headers) {
      res.writeHead(200, {
        ...headers,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        // Tells a buffering reverse proxy (nginx) to pass each event through at once.
        'X-Accel-Buffering': 'no',
      });
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        unsubscribe();
        clearInterval(heartbeat);
        live.delete(end);
        res.end();
      };
      const stillAllowed = () => {
        try {
          return sessionMayListen(core.state, session);
        } catch {
          // The core is closing (database gone): the stream ends rather than crash the host.
          return false;
        }
      };
      const write = (chunk: string) => {
        if (!stillAllowed()) return end();
        if (res.writableLength > MAX_BUFFERED_BYTES) {
          res.destroy();
          return end();
        }
        res.write(chunk);
      };
      const unsubscribe = core.onEvent((event) => write(formatEvent(event)));
      const heartbeat = setInterval(() => write(': ping\n\n'), heartbeatMs);
      live.add(end);
      res.on('close', end);
      // The first bytes tell the page the stream is live (it then asks for what it may have missed).
      res.write(': ok\n\n');
    },
    closeAll() {
      for (const end of [...live]) end();
    },
  };
}
