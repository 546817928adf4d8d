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

/** A file the app hands to the desktop (a generated document, a signed scan). */
export interface BridgeFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/**
 * - `saved`: written where the person chose in the save dialog; `cancelled`: they closed it;
 * - `opened`: handed to the program the system uses for it (Word for a .docx);
 * - `failed`: with a message to show.
 */
export type FileOutcome = { result: 'saved' | 'cancelled' | 'opened' } | { result: 'failed'; message: string };

export interface ExarBridge {
  invoke(method: string, input: unknown, session: string | null): Promise<ApiResult<unknown>>;
  /** «Salva»: a save dialog, then the file written there (desktop only). */
  saveFile?(file: BridgeFile): Promise<FileOutcome>;
  /** «Apri»: the file copied to a temporary folder and opened with the system's program (desktop only). */
  openFile?(file: BridgeFile): Promise<FileOutcome>;
  /** Subscribes to events from the main process; returns the function that unsubscribes. */
  onEvent(listener: (event: BridgeEvent) => void): () => void;
}

/** Name of the global the preload exposes (`window.api`). */
export const BRIDGE_GLOBAL = 'api';

/**
 * Pushed by the core when records changed outside the caller's own write (a background job ended, an
 * import was applied, another window or browser saved): every screen asks again for what it shows.
 */
export const DATA_CHANGED_EVENT = 'data.changed';
