import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(() => Promise.resolve());
vi.mock('electron', () => ({ shell: { openExternal } }));

const { guardNavigation, isSafeExternalUrl, openExternalIfSafe } = await import('./navigation');
const { appLocation } = await import('./app-location');

const location = appLocation('/app/out/renderer/index.html', undefined);
const INDEX = location.indexFileUrl;

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.exar.it/',
    'https://www.regione.toscana.it/tirocini?anno=2025#moduli',
    'http://www.aics.it/',
    'HTTPS://Example.COM/path',
    'https://sub.domain.example.org:8443/x',
  ])('opens the ordinary public address %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['relative', '/candidati'],
    ['protocol-relative', '//evil.example/'],
    ['file', 'file:///C:/Windows/System32/calc.exe'],
    ['unc share', 'file://server/share/x.exe'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript with http inside', 'javascript://example.com/%0aalert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob', 'blob:https://example.com/uuid'],
    ['mailto', 'mailto:a@b.it'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['search-ms', 'search-ms:query=x&crumb=location:\\\\evil\\share'],
    ['smb', 'smb://evil.example/share'],
    ['ftp', 'ftp://example.com/'],
    ['credentials', 'https://user:pass@example.com/'],
    ['username only', 'https://example.com@evil.example/'],
    ['leading space', ' https://example.com/'],
    ['trailing newline', 'https://example.com/\n'],
    ['tab in scheme', 'ht\ttps://example.com/'],
    ['backslash host', 'https:\\\\example.com\\'],
    ['backslash path', 'https://example.com\\@evil.example/'],
    ['zero-width space', 'https://exa\u200bmple.com/'],
    ['right-to-left override', 'https://example.com/\u202egpj.exe'],
    ['localhost', 'http://localhost:5173/'],
    ['localhost subdomain', 'http://api.localhost/'],
    ['mDNS name', 'http://printer.local/'],
    ['IPv4 loopback', 'http://127.0.0.1:8080/api'],
    ['IPv4 private', 'http://192.168.1.1/'],
    ['IPv4 as integer', 'http://2130706433/'],
    ['IPv4 in hex', 'http://0x7f.0.0.1/'],
    ['IPv6', 'http://[::1]/'],
    ['single-label host', 'http://intranet/'],
    ['trailing dot host', 'https://example.com./'],
    ['no host', 'https://'],
    ['malformed', 'https://exa mple.com'],
    ['too long', `https://example.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['https://example.com']])('refuses the non-string %j', (value) => {
    expect(isSafeExternalUrl(value as unknown as string)).toBe(false);
  });
});

type Listener = (event: { url: string; isMainFrame?: boolean; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: vi.fn((name: string, listener: Listener) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler;
    }),
  };
  const fire = (name: string, url: string, isMainFrame = true) => {
    const event = { url, isMainFrame, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('guardNavigation', () => {
  beforeEach(() => openExternal.mockClear());

  function guarded() {
    const fake = fakeContents();
    guardNavigation(fake.contents as never, location);
    return fake;
  }

  it('lets the window move inside our own page', () => {
    expect(guarded().fire('will-navigate', `${INDEX}#/tirocini`)).toBe(false);
  });

  it.each(['file:///etc/passwd', 'https://evil.example/', 'javascript:alert(1)', 'data:text/html,x'])(
    'blocks navigation to %s',
    (url) => {
      expect(guarded().fire('will-navigate', url)).toBe(true);
    },
  );

  it('sends a clicked https link to the system browser instead of navigating', () => {
    const prevented = guarded().fire('will-navigate', 'https://www.exar.it/');
    expect(prevented).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.exar.it/');
  });

  it.each(['file:///C:/x.exe', 'http://127.0.0.1/', 'smb://x/y'])('never opens %s outside the app', (url) => {
    guarded().fire('will-navigate', url);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks redirects away from the app and does not forward them', () => {
    expect(guarded().fire('will-redirect', 'https://www.exar.it/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks sub-frames from loading anything else', () => {
    const fake = guarded();
    expect(fake.fire('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(fake.fire('will-frame-navigate', 'https://evil.example/', true)).toBe(false); // will-navigate's job
  });

  it('refuses to attach a <webview>', () => {
    expect(guarded().fire('will-attach-webview', 'about:blank')).toBe(true);
  });

  it.each(['https://www.exar.it/', 'file:///etc/passwd', 'about:blank', INDEX])(
    'denies window.open(%s) and only forwards safe links',
    (url) => {
      const fake = guarded();
      expect(fake.open(url)).toEqual({ action: 'deny' });
      expect(openExternal).toHaveBeenCalledTimes(url === 'https://www.exar.it/' ? 1 : 0);
    },
  );

  it('survives a browser that fails to open', async () => {
    openExternal.mockImplementationOnce(() => Promise.reject(new Error('no browser')));
    expect(openExternalIfSafe('https://www.exar.it/')).toBe(true);
    await Promise.resolve();
  });
});
