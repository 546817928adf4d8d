/**
 * What the preload puts on `window.api`, typed once for both ends: the preload implements it,
 * the renderer's desktop client calls it. Nothing else from Electron reaches the page.
 */
import type { ApiResult } from './errors';

/** A push from the main process (job progress, session lock), delivered on `IPC_EVENT_CHANNEL`. */
export interface BridgeEvent {
  type: string;
  payload: unknown;
}

export interface ExarBridge {
  invoke(method: string, input: unknown, session: string | null): Promise<ApiResult<unknown>>;
  /** Subscribes to events from the main process; returns the function that unsubscribes. */
  onEvent(listener: (event: BridgeEvent) => void): () => void;
}

/** Name of the global the preload exposes (`window.api`). */
export const BRIDGE_GLOBAL = 'api';
