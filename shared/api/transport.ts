/** Names shared by both transports, so the client and the hosts cannot drift apart. */
export const IPC_INVOKE_CHANNEL = 'api:invoke';
export const IPC_EVENT_CHANNEL = 'api:event';
export const WEB_TOKEN_HEADER = 'x-exar-token';
export const SESSION_HEADER = 'x-exar-session';
export const WEB_TOKEN_META = 'exar-api-token';

/** What a renderer sends over either transport. */
export interface InvokeEnvelope {
  method: string;
  input: unknown;
  session: string | null;
}
/** «Salva» and «Apri» of a file in the desktop app (see `ExarBridge.saveFile` / `openFile`). */
export const IPC_FILE_SAVE_CHANNEL = 'files:save';
export const IPC_FILE_OPEN_CHANNEL = 'files:open';
