/**
 * Keeps every web contents on our own page. The window never navigates away, never opens a
 * second window and never embeds a <webview>; a plain https link the operator clicks opens in
 * the system browser, after `isSafeExternalUrl` has looked at it.
 */
import { shell, type WebContents } from 'electron';
import { isAppUrl, type AppLocation } from './app-location';

const MAX_URL_LENGTH = 2048;
// Whitespace, control characters and backslashes are silently "fixed" by URL parsers in
// different ways; a link that needs fixing is not one we open.
// eslint-disable-next-line no-control-regex
const SUSPICIOUS_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * True only for an ordinary public http(s) address: no credentials, no IP literal, no local or
 * single-label host (the local web host and intranet shares are not places a link should go).
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  if (SUSPICIOUS_CHARACTERS.test(url)) return false;
  if (!/^https?:\/\//i.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname.toLowerCase();
  if (host.startsWith('[') || IPV4.test(host)) return false;
  if (!host.includes('.') || host.endsWith('.')) return false;
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return false;
  return true;
}

/** Hands a safe link to the system browser; everything else is dropped without a sound. */
export function openExternalIfSafe(url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url).catch(() => undefined);
  return true;
}

type Guardable = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardNavigation(contents: Guardable, location: AppLocation): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, location)) return;
    event.preventDefault();
    openExternalIfSafe(event.url);
  });
  contents.on('will-redirect', (event) => {
    // A redirect is never the operator's intent: stop it and do not forward it to the browser.
    if (!isAppUrl(event.url, location)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    // The main frame is handled by 'will-navigate' above; here only sub-frames (we have none).
    if (!event.isMainFrame && !isAppUrl(event.url, location)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
}
