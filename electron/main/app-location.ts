/**
 * Where our own pages live. Navigation, IPC and the CSP all ask the same question, "is this
 * URL the app itself?", so the answer is written once, here, as pure functions.
 */
import { pathToFileURL } from 'node:url';

export interface AppLocation {
  /** `file://…/out/renderer/index.html`: the only document the packaged app ever shows. */
  indexFileUrl: string;
  /** Origin of electron-vite's dev server (`http://localhost:5173`), only outside a package. */
  devServerOrigin: string | null;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Accepts the dev-server URL only when it is plain http on a loopback host: an environment
 * variable is outside our control, and a remote origin here would be trusted with the IPC.
 */
export function devServerOrigin(rawUrl: string | undefined): string | null {
  if (!rawUrl) return null;
  const url = parse(rawUrl);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  if (url.username || url.password) return null;
  return url.origin;
}

export function appLocation(rendererIndexPath: string, devUrl: string | undefined): AppLocation {
  return { indexFileUrl: pathToFileURL(rendererIndexPath).href, devServerOrigin: devServerOrigin(devUrl) };
}

/**
 * True for our index page (any `#/route` or `?query`, which only the SPA reads) or any page of
 * the dev server. Another file on disk, a `file://host/` share or a look-alike origin is not us.
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  if (typeof url !== 'string') return false;
  const parsed = parse(url);
  if (!parsed) return false;
  if (location.devServerOrigin !== null) {
    return parsed.origin === location.devServerOrigin && !parsed.username && !parsed.password;
  }
  const index = parse(location.indexFileUrl);
  if (!index || parsed.protocol !== 'file:') return false;
  return parsed.host === index.host && parsed.pathname === index.pathname;
}
