/**
 * How the renderer reaches the core: through the preload bridge in the desktop app, or over
 * HTTP to the web host in a browser. Both carry the same envelope to the same handler table.
 */
import type { ExarBridge } from '@shared/api/bridge';
import type { ApiResult } from '@shared/api/errors';
import { SESSION_HEADER, WEB_TOKEN_HEADER, WEB_TOKEN_META } from '@shared/api/transport';

export type Transport = (method: string, input: unknown, session: string | null) => Promise<ApiResult<unknown>>;

declare global {
  interface Window {
    api?: ExarBridge;
  }
}

const OFFLINE: ApiResult<never> = {
  ok: false,
  error: {
    code: 'IO',
    message: "Impossibile contattare l'applicazione: verifica che sia ancora in esecuzione e riprova.",
  },
};

function webTransport(): Transport {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${WEB_TOKEN_META}"]`)?.content ?? '';
  return async (method, input, session) => {
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', [WEB_TOKEN_HEADER]: token };
      if (session) headers[SESSION_HEADER] = session;
      const response = await fetch(`/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return OFFLINE;
    }
  };
}

export function detectTransport(): Transport {
  const bridge = window.api;
  if (bridge) return (method, input, session) => bridge.invoke(method, input, session);
  return webTransport();
}
