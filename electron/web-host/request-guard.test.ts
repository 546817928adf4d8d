import { describe, expect, it } from 'vitest';
import { checkApiRequest, isOwnHost, staticPath } from './request-guard';

const PORT = 5178;
const TOKEN = 'a'.repeat(43);
const good = { host: `127.0.0.1:${PORT}`, origin: `http://127.0.0.1:${PORT}`, token: TOKEN, contentType: 'application/json' };

describe('web host API guard', () => {
  it('lets the page of this very server through', () => {
    expect(checkApiRequest(good, PORT, TOKEN)).toEqual({ ok: true });
    expect(checkApiRequest({ ...good, host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` }, PORT, TOKEN)).toEqual({ ok: true });
  });

  it.each([
    ['a rebound DNS name', { host: `evil.example:${PORT}` }, 'host'],
    ['another port on this machine', { host: '127.0.0.1:8080' }, 'host'],
    ['no Host header', { host: undefined }, 'host'],
    ['a page of another site', { origin: 'https://evil.example' }, 'origin'],
    ['another local app', { origin: 'http://127.0.0.1:3000' }, 'origin'],
    ['a sandboxed frame (Origin: null)', { origin: 'null' }, 'origin'],
    ['no Origin at all', { origin: undefined }, 'origin'],
    ['https on our port', { origin: `https://127.0.0.1:${PORT}` }, 'origin'],
    ['no token', { token: undefined }, 'token'],
    ['a wrong token', { token: 'b'.repeat(43) }, 'token'],
    ['a token prefix', { token: TOKEN.slice(0, 10) }, 'token'],
    ['a form post (CSRF)', { contentType: 'application/x-www-form-urlencoded' }, 'content-type'],
    ['text/plain (no-preflight CSRF)', { contentType: 'text/plain' }, 'content-type'],
  ])('refuses %s', (_label, change, reason) => {
    const verdict = checkApiRequest({ ...good, ...change }, PORT, TOKEN);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toBe(reason);
  });

  it('compares the Host case-insensitively but never accepts a look-alike', () => {
    expect(isOwnHost(`LOCALHOST:${PORT}`, PORT)).toBe(true);
    expect(isOwnHost(`127.0.0.1.evil.example:${PORT}`, PORT)).toBe(false);
  });
});

describe('static file paths', () => {
  it.each([
    ['/', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['/favicon.svg?v=2', 'favicon.svg'],
    ['/assets/a%20b.css', 'assets/a b.css'],
  ])('maps %s to %s', (url, expected) => {
    expect(staticPath(url)).toBe(expected);
  });

  it.each(['/../package.json', '/assets/../../data/exar.sqlite', '/%2e%2e/%2e%2e/etc/passwd', '/..%2fdata', '/a%5c..%5cb', '/x%00.js', '/%E0%A4%A', '/./index.html'])(
    'refuses %s',
    (url) => {
      expect(staticPath(url)).toBeNull();
    },
  );
});
