/**
 * The desktop transport: one `ipcMain.handle` channel in front of `core.invoke`. Before the core
 * sees anything, the message must come from the main frame of our window showing our page, and
 * it must have the envelope's shape. A refusal is an `ApiResult`, never a thrown error: a throw
 * would reach the renderer as an untyped rejection carrying a message we did not write.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { BridgeEvent, FileOutcome } from '@shared/api/bridge';
import type { ApiResult } from '@shared/api/errors';
import { IPC_EVENT_CHANNEL, IPC_FILE_OPEN_CHANNEL, IPC_FILE_SAVE_CHANNEL, IPC_INVOKE_CHANNEL, type InvokeEnvelope } from '@shared/api/transport';
import type { Logger } from '../core/log';
import { isAppUrl, type AppLocation } from './app-location';
import { openFile, saveFile, type DesktopFileDeps } from './files';
import type { RemoteCore } from './remote-core';

/** The parts of Electron's WebFrameMain the check reads; tests pass plain objects. */
export interface FrameLike {
  url: string;
  processId: number;
  routingId: number;
  parent: unknown;
}

export interface SenderLike {
  senderFrame: FrameLike | null;
  sender: { id: number };
}

export interface TrustedWindow {
  webContentsId: number;
  mainFrame: FrameLike;
}

export function isTrustedSender(event: SenderLike, window: TrustedWindow | null, location: AppLocation): boolean {
  if (!window) return false;
  const frame = event.senderFrame;
  // A destroyed or navigated-away frame shows up as null: nobody to trust.
  if (!frame) return false;
  if (event.sender.id !== window.webContentsId) return false;
  if (frame.parent !== null) return false;
  if (frame.processId !== window.mainFrame.processId || frame.routingId !== window.mainFrame.routingId) return false;
  return isAppUrl(frame.url, location);
}

const MAX_METHOD_LENGTH = 100;
const MAX_SESSION_LENGTH = 512;
const ENVELOPE_KEYS = ['input', 'method', 'session'];

/** Returns the envelope when `raw` is exactly `{ method, input, session }`, otherwise null. */
export function parseEnvelope(raw: unknown): InvokeEnvelope | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  if (Object.getPrototypeOf(raw) !== Object.prototype) return null;
  const keys = Object.keys(raw).sort();
  if (keys.length !== ENVELOPE_KEYS.length || keys.some((key, i) => key !== ENVELOPE_KEYS[i])) return null;
  const { method, input, session } = raw as Record<string, unknown>;
  if (typeof method !== 'string' || method.length === 0 || method.length > MAX_METHOD_LENGTH) return null;
  if (session !== null && (typeof session !== 'string' || session.length > MAX_SESSION_LENGTH)) return null;
  return { method, input, session };
}

export const FORBIDDEN_RESULT: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Richiesta non consentita.' },
};
export const MALFORMED_RESULT: ApiResult<never> = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Richiesta non valida.' },
};
const FAILED_RESULT: ApiResult<never> = {
  ok: false,
  error: { code: 'IO', message: "Si è verificato un errore imprevisto: riprova o riavvia l'applicazione." },
};

export interface IpcOptions {
  core: Pick<RemoteCore, 'invoke'>;
  /** Main's own log: the core's lives in the core process. */
  log: Logger;
  location: AppLocation;
  /** The window allowed to call, read at each call because it can be closed and re-created. */
  trustedWindow: () => TrustedWindow | null;
  /** «Salva» and «Apri» of files (dialog, shell, folders), when the app provides them. */
  files?: DesktopFileDeps;
}

const UNTRUSTED_FILE: FileOutcome = { result: 'failed', message: 'Richiesta non consentita.' };

/** «Salva» / «Apri» from the page: the same sender check as every call, then the file module. */
export async function handleFile(options: IpcOptions, how: 'save' | 'open', event: SenderLike, raw: unknown): Promise<FileOutcome> {
  if (!options.files || !isTrustedSender(event, options.trustedWindow(), options.location)) {
    options.log.error(`IPC file ${how} refused: untrusted sender or no file support`);
    return UNTRUSTED_FILE;
  }
  return how === 'save' ? saveFile(options.files, raw) : openFile(options.files, raw);
}

export async function handleInvoke(options: IpcOptions, event: SenderLike, raw: unknown): Promise<ApiResult<unknown>> {
  const log = options.log;
  if (!isTrustedSender(event, options.trustedWindow(), options.location)) {
    log.error(`IPC refused: untrusted sender ${String(event.senderFrame?.url ?? 'none').slice(0, 200)}`);
    return FORBIDDEN_RESULT;
  }
  const envelope = parseEnvelope(raw);
  if (!envelope) {
    log.error('IPC refused: malformed envelope');
    return MALFORMED_RESULT;
  }
  try {
    return await options.core.invoke(envelope);
  } catch (error) {
    // dispatch already turns failures into results; this is the last net, not the normal path.
    log.error(`IPC ${envelope.method} failed`, error);
    return FAILED_RESULT;
  }
}

/** Registers the handler; returns the function that removes it (for a clean shutdown). */
export function registerIpc(options: IpcOptions): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event: IpcMainInvokeEvent, raw: unknown) => handleInvoke(options, event, raw));
  ipcMain.handle(IPC_FILE_SAVE_CHANNEL, (event: IpcMainInvokeEvent, raw: unknown) => handleFile(options, 'save', event, raw));
  ipcMain.handle(IPC_FILE_OPEN_CHANNEL, (event: IpcMainInvokeEvent, raw: unknown) => handleFile(options, 'open', event, raw));
  return () => {
    for (const channel of [IPC_INVOKE_CHANNEL, IPC_FILE_SAVE_CHANNEL, IPC_FILE_OPEN_CHANNEL]) ipcMain.removeHandler(channel);
  };
}

/** Pushes a core event (job progress, lock) to the renderer; a closed window is skipped. */
export function sendEvent(contents: Pick<WebContents, 'isDestroyed' | 'send'>, event: BridgeEvent): void {
  if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
}

export type EventContents = Pick<WebContents, 'isDestroyed' | 'send' | 'getURL'>;

/**
 * Relays every core event to the window, read at each event because it can be closed and
 * re-created; returns the function that stops. Only our own page hears the core, as only our
 * own page may call it.
 */
export function relayEvents(core: Pick<RemoteCore, 'onEvent'>, window: () => EventContents | null, location: AppLocation): () => void {
  return core.onEvent((event) => {
    const contents = window();
    if (contents && !contents.isDestroyed() && isAppUrl(contents.getURL(), location)) sendEvent(contents, event);
  });
}
