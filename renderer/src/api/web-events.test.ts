import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeEvent } from '@shared/api/bridge';
import { SESSION_HEADER, WEB_TOKEN_HEADER } from '@shared/api/transport';
import { EVENTS_CONNECTED, EVENTS_URL, followWebEvents, type WebEventsDeps } from './web-events';

interface Served {
  init: RequestInit;
  push(text: string): void;
  end(): void;
}

/** A web host in memory: each `fetch` is one stream the test writes to or ends. */
function fakeHost(status = 200) {
  const served: Served[] = [];
  const encoder = new TextEncoder();
  const fetch = vi.fn((url: string, init: RequestInit): Promise<Response> => {
    expect(url).toBe(EVENTS_URL);
    let stream!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (stream = c) });
    init.signal?.addEventListener('abort', () => stream.error(new DOMException('aborted', 'AbortError')));
    served.push({ init, push: (text) => stream.enqueue(encoder.encode(text)), end: () => stream.close() });
    return Promise.resolve(new Response(status === 200 ? body : '{}', { status }));
  });
  return { fetch, served };
}

function follow(host: ReturnType<typeof fakeHost>, session: { token: string | null }, retry = { firstMs: 5, maxMs: 60_000 }) {
  const changes = new Set<() => void>();
  const events: BridgeEvent[] = [];
  const deps: WebEventsDeps = {
    fetch: host.fetch,
    pageToken: 'page-token',
    session: () => session.token,
    onSessionChange: (listener) => {
      changes.add(listener);
      return () => changes.delete(listener);
    },
    retry,
  };
  const stop = followWebEvents(deps, (event) => events.push(event));
  const change = (token: string | null) => {
    session.token = token;
    for (const listener of changes) listener();
  };
  return { events, stop, change, watchers: () => changes.size };
}

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe('following the web host’s events', () => {
  it('opens one POST stream with the page token and the session, and passes every event on', async () => {
    const host = fakeHost();
    const f = follow(host, { token: 'session-1' });
    stops.push(f.stop);
    await vi.waitFor(() => expect(f.events).toEqual([{ type: EVENTS_CONNECTED, payload: null }]));
    const { init } = host.served[0]!;
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ [WEB_TOKEN_HEADER]: 'page-token', [SESSION_HEADER]: 'session-1', 'Content-Type': 'application/json' });
    host.served[0]!.push(': ok\n\ndata: {"type":"documents.job","payload":{"done":1}}\n\n');
    await vi.waitFor(() => expect(f.events).toContainEqual({ type: 'documents.job', payload: { done: 1 } }));
    expect(host.fetch).toHaveBeenCalledTimes(1);
  });

  it('waits for a login before opening anything, then follows the new session', async () => {
    const host = fakeHost();
    const f = follow(host, { token: null });
    stops.push(f.stop);
    expect(host.fetch).not.toHaveBeenCalled();
    f.change('after-login');
    await vi.waitFor(() => expect(host.fetch).toHaveBeenCalledTimes(1));
    expect(host.served[0]!.init.headers).toMatchObject({ [SESSION_HEADER]: 'after-login' });
  });

  it('opens the stream again after a drop, and says so to the listeners', async () => {
    const host = fakeHost();
    const f = follow(host, { token: 's' });
    stops.push(f.stop);
    await vi.waitFor(() => expect(host.served).toHaveLength(1));
    host.served[0]!.end();
    await vi.waitFor(() => expect(host.served).toHaveLength(2));
    await vi.waitFor(() => expect(f.events.filter((e) => e.type === EVENTS_CONNECTED)).toHaveLength(2));
  });

  it('drops the stream of a session that logged out, and opens none until the next login', async () => {
    const host = fakeHost();
    const f = follow(host, { token: 's' });
    stops.push(f.stop);
    await vi.waitFor(() => expect(host.served).toHaveLength(1));
    f.change(null);
    expect(host.served[0]!.init.signal?.aborted).toBe(true);
    f.change('next-operator');
    await vi.waitFor(() => expect(host.served).toHaveLength(2));
    expect(host.served[1]!.init.headers).toMatchObject({ [SESSION_HEADER]: 'next-operator' });
  });

  it('after a refused session waits for the unlock instead of retrying at once', async () => {
    const host = fakeHost(401);
    const f = follow(host, { token: 'locked' });
    stops.push(f.stop);
    await vi.waitFor(() => expect(host.fetch).toHaveBeenCalledTimes(1));
    expect(f.events).toEqual([]);
    // The longest delay is a minute here: a second request now can only come from the unlock.
    f.change('locked');
    await vi.waitFor(() => expect(host.fetch).toHaveBeenCalledTimes(2));
  });

  it('stops for good: the stream is aborted and the session no longer watched', async () => {
    const host = fakeHost();
    const f = follow(host, { token: 's' });
    await vi.waitFor(() => expect(host.served).toHaveLength(1));
    f.stop();
    expect(host.served[0]!.init.signal?.aborted).toBe(true);
    expect(f.watchers()).toBe(0);
  });
});
