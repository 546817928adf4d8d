/**
 * Checks on every request to the web host, kept pure so they can be tested on hostile input.
 * The host listens on 127.0.0.1 only; these stop other web pages (cross-origin requests, DNS
 * rebinding) from driving the API through the operator's browser.
 */
export interface GuardInput {
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
  contentType: string | undefined;
}

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The Host header must name this server, or a rebound DNS name could read our pages. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function checkApiRequest(input: GuardInput, port: number, expectedToken: string): GuardVerdict {
  if (!isOwnHost(input.host, port)) return { ok: false, status: 403, reason: 'host' };
  const origins = allowedHosts(port).map((h) => `http://${h}`);
  if (!input.origin || !origins.includes(input.origin.toLowerCase())) return { ok: false, status: 403, reason: 'origin' };
  if (!input.token || !constantTimeEqual(input.token, expectedToken)) return { ok: false, status: 403, reason: 'token' };
  if (!input.contentType?.toLowerCase().startsWith('application/json')) return { ok: false, status: 415, reason: 'content-type' };
  return { ok: true };
}

/** Maps a URL path to a file under the static folder, or null if it tries to leave it. */
export function staticPath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  return segments.length === 0 ? 'index.html' : segments.join('/');
}
