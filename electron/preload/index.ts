/**
 * The only bridge between the page and the main process. It exposes four functions on
 * `window.api` and nothing else: no `ipcRenderer`, no channel names chosen by the page, and no
 * Electron event objects (they carry `sender`, which is `ipcRenderer` itself).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_GLOBAL, type BridgeEvent, type BridgeFile, type ExarBridge, type FileOutcome } from '@shared/api/bridge';
import type { ApiResult } from '@shared/api/errors';
import { IPC_EVENT_CHANNEL, IPC_FILE_OPEN_CHANNEL, IPC_FILE_SAVE_CHANNEL, IPC_INVOKE_CHANNEL, type InvokeEnvelope } from '@shared/api/transport';

/** Copies only the two known fields, so nothing else the sender attached reaches the page. */
export function toBridgeEvent(value: unknown): BridgeEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, payload } = value as Record<string, unknown>;
  return typeof type === 'string' ? { type, payload } : null;
}

export const bridge: ExarBridge = {
  invoke(method: string, input: unknown, session: string | null): Promise<ApiResult<unknown>> {
    // Shape checks happen in the main process, which cannot trust this side anyway.
    const envelope: InvokeEnvelope = { method, input, session };
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, envelope) as Promise<ApiResult<unknown>>;
  },
  saveFile(file: BridgeFile): Promise<FileOutcome> {
    return ipcRenderer.invoke(IPC_FILE_SAVE_CHANNEL, { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.contentBase64 }) as Promise<FileOutcome>;
  },
  openFile(file: BridgeFile): Promise<FileOutcome> {
    return ipcRenderer.invoke(IPC_FILE_OPEN_CHANNEL, { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.contentBase64 }) as Promise<FileOutcome>;
  },
  onEvent(listener: (event: BridgeEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onEvent expects a function');
    const forward = (_event: IpcRendererEvent, value: unknown): void => {
      const event = toBridgeEvent(value);
      if (event) listener(event);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
