/**
 * The browser end of the core's event channel: one `fetch` of the web host's `POST /api/events`
 * read as it arrives, opened again after a drop (later and later, so a stopped host is not
 * hammered) and at once when the operator logs in, out or unlocks, since the stream belongs to
 * a session. Kept apart from `events.ts` so it runs, and is tested, without a page.
 */
import type { BridgeEvent } from '@shared/api/bridge';
import { SESSION_HEADER, WEB_TOKEN_HEADER } from '@shared/api/transport';
import { sseParser } from './sse';

/** The web host's `EVENTS_PATH` (electron/web-host/event-stream.ts). */
export const EVENTS_URL = '/api/events';

/**
 * Given to the listeners, as if the core had sent it, each time the stream opens: what was pushed
 * while it was down is lost, so whoever follows a job asks for it again.
 */
export const EVENTS_CONNECTED = 'events.connected';

export interface WebEventsDeps {
  fetch(url: string, init: RequestInit): Promise<Response>;
  /** The per-run token of the page (`<meta name="exar-api-token">`). */
  pageToken: string;
  session(): string | null;
  onSessionChange(listener: () => void): () => void;
  retry?: { firstMs: number; maxMs: number };
}

const RETRY = { firstMs: 1_000, maxMs: 30_000 };
/** A stream that stayed open this long was healthy: the next drop is retried at the first delay again. */
const HEALTHY_MS = 30_000;

/** Starts following; returns the function that stops (aborts the stream, forgets the session). */
export function followWebEvents(deps: WebEventsDeps, onEvent: (event: BridgeEvent) => void): () => void {
  const retry = deps.retry ?? RETRY;
  let delay = retry.firstMs;
  let attempt: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const halt = () => {
    attempt?.abort();
    attempt = null;
    clearTimeout(timer);
    timer = undefined;
  };

  const later = (ms: number) => {
    timer = setTimeout(() => void connect(), ms);
  };

  const backoff = () => {
    const ms = delay;
    delay = Math.min(delay * 2, retry.maxMs);
    return ms;
  };

  async function connect(): Promise<void> {
    halt();
    const session = deps.session();
    // Before login there is nothing to follow: the login's session change starts the stream.
    if (!session) return;
    const controller = new AbortController();
    attempt = controller;
    let openedAt = 0;
    try {
      const headers = { 'Content-Type': 'application/json', [WEB_TOKEN_HEADER]: deps.pageToken, [SESSION_HEADER]: session };
      const response = await deps.fetch(EVENTS_URL, { method: 'POST', headers, body: '{}', cache: 'no-store', signal: controller.signal });
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        if (attempt !== controller) return;
        // A refused (locked, ended) session waits for the unlock or login rather than retrying fast.
        later(response.status === 401 || response.status === 403 ? retry.maxMs : backoff());
        return;
      }
      openedAt = Date.now();
      onEvent({ type: EVENTS_CONNECTED, payload: null });
      const feed = sseParser(onEvent);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) feed(chunk.value);
    } catch {
      // Aborted by us (checked below) or dropped by the network: both end here.
    }
    if (attempt !== controller) return;
    attempt = null;
    if (openedAt > 0 && Date.now() - openedAt >= HEALTHY_MS) delay = retry.firstMs;
    later(backoff());
  }

  const stopWatching = deps.onSessionChange(() => {
    delay = retry.firstMs;
    void connect();
  });
  void connect();
  return () => {
    stopWatching();
    halt();
  };
}
