/**
 * The Content-Security-Policy of the renderer. The app loads nothing remote, so the policy only
 * allows our own files; styles may be inline because Mantine injects <style> tags at runtime.
 *
 * Chromium applies response headers only to http(s) loads: the packaged window shows a
 * `file://` page, which has no headers. That page gets the same policy through a <meta> tag
 * written into index.html at build time (`buildContentSecurityPolicy({ forMeta: true })`);
 * the header below covers the dev server and any http response in our session.
 */
import type { Session } from 'electron';

export interface CspOptions {
  /** Origin of electron-vite's dev server: its HMR socket and React's inline preamble need room. */
  devServerOrigin?: string | null;
  /** A <meta> policy ignores (and warns about) `frame-ancestors`, so leave it out there. */
  forMeta?: boolean;
}

export function buildContentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerOrigin ?? null;
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    // Dev only: @vitejs/plugin-react injects an inline Fast Refresh preamble. Never in a package.
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    // Vite inlines small assets (fonts included) as data: URLs.
    ['font-src', ["'self'", 'data:']],
    ['connect-src', dev ? ["'self'", dev.replace(/^http/, 'ws')] : ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  if (!options.forMeta) directives.push(['frame-ancestors', ["'none'"]]);
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

type Headers = Record<string, string[] | string>;

/** Replaces whatever policy a response carried (e.g. Vite's) with ours, whatever its casing. */
export function withPolicy(headers: Headers | undefined, policy: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

export function installContentSecurityPolicy(session: Session, options: CspOptions = {}): void {
  const policy = buildContentSecurityPolicy(options);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withPolicy(details.responseHeaders, policy) });
  });
}
