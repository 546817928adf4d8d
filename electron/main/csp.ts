/**
 * Applies the renderer's policy (shared/security/csp.ts) as a response header in the desktop
 * session: it covers the dev server and any http response. The packaged `file://` page gets the
 * same policy from the <meta> tag the renderer build writes into index.html.
 */
import type { Session } from 'electron';
import { buildContentSecurityPolicy, type CspOptions } from '@shared/security/csp';

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
