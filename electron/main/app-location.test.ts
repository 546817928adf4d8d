import { describe, expect, it } from 'vitest';
import { appLocation, devServerOrigin, isAppUrl, type AppLocation } from './app-location';

const packaged: AppLocation = appLocation('/opt/Exar Sportello/resources/app.asar/out/renderer/index.html', undefined);
const dev: AppLocation = appLocation('/repo/out/renderer/index.html', 'http://localhost:5173/');

describe('devServerOrigin', () => {
  it.each([
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
    ['http://[::1]:5173/', 'http://[::1]:5173'],
  ])('accepts the loopback dev server %s', (raw, origin) => {
    expect(devServerOrigin(raw)).toBe(origin);
  });

  it.each([
    undefined,
    '',
    'not a url',
    'https://localhost:5173/', // the dev server is plain http; anything else is not ours
    'http://evil.example:5173/',
    'http://localhost.evil.example/',
    'http://user:pw@localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ])('refuses %s', (raw) => {
    expect(devServerOrigin(raw)).toBeNull();
  });
});

describe('isAppUrl (packaged, file://)', () => {
  const index = packaged.indexFileUrl;

  it.each([index, `${index}#/candidati`, `${index}?x=1#/a/b`])('accepts our index page %s', (url) => {
    expect(isAppUrl(url, packaged)).toBe(true);
  });

  it('encodes spaces the way Chromium reports them', () => {
    expect(index).toContain('Exar%20Sportello');
  });

  it.each([
    'file:///etc/passwd',
    index.replace('index.html', 'other.html'),
    index.replace('index.html', 'index.html/../../secret.html'),
    index.replace('file:///', 'file://fileserver/'),
    'http://localhost:5173/',
    'https://exar.it/',
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    '',
    'index.html',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, packaged)).toBe(false);
  });

  it('refuses a value that is not a string', () => {
    expect(isAppUrl(42 as unknown as string, packaged)).toBe(false);
  });
});

describe('isAppUrl (dev server)', () => {
  it.each(['http://localhost:5173/', 'http://localhost:5173/#/associazioni'])('accepts %s', (url) => {
    expect(isAppUrl(url, dev)).toBe(true);
  });

  it.each([
    'http://localhost:5174/',
    'http://127.0.0.1:5173/', // same machine, different origin: not the page we loaded
    'http://localhost:5173.evil.example/',
    'http://user@localhost:5173/',
    dev.indexFileUrl, // in dev the built file is not what the window shows
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, dev)).toBe(false);
  });
});
