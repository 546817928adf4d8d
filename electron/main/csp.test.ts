import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { buildContentSecurityPolicy } from '@shared/security/csp';
import { installContentSecurityPolicy, withPolicy } from './csp';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(' ')];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  const packaged = directives(buildContentSecurityPolicy());

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ])('packaged policy sets %s to %s', (name, sources) => {
    expect(packaged.get(name)).toBe(sources);
  });

  it.each(["'unsafe-eval'", 'http:', 'https:', '*', 'ws:'])('packaged policy never contains %s', (token) => {
    expect(buildContentSecurityPolicy().split(/[\s;]+/)).not.toContain(token);
  });

  it('never lets inline scripts run outside the dev server', () => {
    expect(packaged.get('script-src')).not.toContain('unsafe-inline');
    expect(directives(buildContentSecurityPolicy({ devServerOrigin: null })).get('script-src')).toBe("'self'");
  });

  it('opens only the HMR socket of the dev server in dev', () => {
    const dev = directives(buildContentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' }));
    expect(dev.get('connect-src')).toBe("'self' ws://localhost:5173");
    expect(dev.get('script-src')).toBe("'self' 'unsafe-inline'");
  });

  it('leaves frame-ancestors out of the <meta> variant, where browsers ignore it', () => {
    const meta = directives(buildContentSecurityPolicy({ forMeta: true }));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(meta.get('script-src')).toBe("'self'");
  });

  it('has no characters that would break out of an HTML attribute', () => {
    expect(buildContentSecurityPolicy({ forMeta: true })).not.toMatch(/["<>&\n]/);
  });
});

describe('withPolicy', () => {
  it.each([
    [{ 'content-security-policy': ["default-src *"] }],
    [{ 'Content-Security-Policy': "script-src 'unsafe-inline'" }],
    [{ 'CONTENT-SECURITY-POLICY-REPORT-ONLY': ['default-src *'] }],
    [undefined],
  ])('replaces any policy the response carried: %j', (headers) => {
    const result = withPolicy(headers, "default-src 'self'");
    const csp = Object.entries(result).filter(([name]) => name.toLowerCase().startsWith('content-security-policy'));
    expect(csp).toEqual([['Content-Security-Policy', ["default-src 'self'"]]]);
  });

  it('keeps the other headers', () => {
    expect(withPolicy({ 'Content-Type': 'text/html' }, 'x')['Content-Type']).toEqual(['text/html']);
  });
});

describe('installContentSecurityPolicy', () => {
  it('rewrites the headers of every response in the session', () => {
    const onHeadersReceived = vi.fn();
    installContentSecurityPolicy({ webRequest: { onHeadersReceived } } as unknown as Session);
    const listener = onHeadersReceived.mock.calls[0]?.[0] as (d: unknown, cb: (r: unknown) => void) => void;
    const callback = vi.fn();
    listener({ responseHeaders: { 'content-security-policy': ['default-src *'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [buildContentSecurityPolicy()] },
    });
  });
});
