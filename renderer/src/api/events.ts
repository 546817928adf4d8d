/**
 * The core's pushes (job progress) for the page, on either transport: the preload's `onEvent` in
 * the desktop app, the web host's event stream in a browser. One connection is shared by every
 * listener, opened with the first and closed with the last, so a screen never asks again and
 * again how a job is going.
 */
import { useEffect, useRef } from 'react';
import type { BridgeEvent } from '@shared/api/bridge';
import { WEB_TOKEN_META } from '@shared/api/transport';
import { api } from './client';
import { EVENTS_CONNECTED, followWebEvents } from './web-events';

export { EVENTS_CONNECTED };

type Listener = (event: BridgeEvent) => void;

const listeners = new Set<Listener>();
let stop: (() => void) | null = null;

function dispatch(event: BridgeEvent): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      // One screen's faulty handler must not cut the others off: report it outside the loop.
      setTimeout(() => {
        throw error;
      });
    }
  }
}

function open(): () => void {
  const bridge = window.api;
  if (bridge) return bridge.onEvent(dispatch);
  return followWebEvents(
    {
      // Called through a wrapper: `fetch` detached from `window` throws "Illegal invocation".
      fetch: (url, init) => fetch(url, init),
      pageToken: document.querySelector<HTMLMetaElement>(`meta[name="${WEB_TOKEN_META}"]`)?.content ?? '',
      session: () => api.sessionToken(),
      onSessionChange: (listener) => api.onSessionChange(listener),
    },
    dispatch,
  );
}

/** Calls `listener` with every event the core pushes until the returned function is called. */
export function subscribeCoreEvents(listener: Listener): () => void {
  listeners.add(listener);
  stop ??= open();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stop) {
      stop();
      stop = null;
    }
  };
}

/**
 * Calls `handler` with the payload of each event of `type` while the component is mounted.
 * `EVENTS_CONNECTED` is the browser stream (re)opening: ask again for what may have been missed.
 */
export function useCoreEvent(type: string, handler: (payload: unknown) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  }, [handler]);
  useEffect(
    () =>
      subscribeCoreEvents((event) => {
        if (event.type === type) latest.current(event.payload);
      }),
    [type],
  );
}
