import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));

const { hardenAllWebContents, isPermissionGranted, restrictPermissions } = await import('./security');
const { appLocation } = await import('./app-location');

const location = appLocation('/app/out/renderer/index.html', undefined);
const INDEX = `${location.indexFileUrl}#/`;

describe('isPermissionGranted', () => {
  it('lets our page write to the clipboard', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', INDEX, location)).toBe(true);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'idle-detection',
    'storage-access',
    'window-management',
    'unknown',
    '',
  ])('denies %s to our own page', (permission) => {
    expect(isPermissionGranted(permission, INDEX, location)).toBe(false);
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'about:blank', '', 'data:text/html,x'])(
    'denies even the clipboard to %s',
    (url) => {
      expect(isPermissionGranted('clipboard-sanitized-write', url, location)).toBe(false);
    },
  );
});

describe('restrictPermissions', () => {
  function install() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    restrictPermissions(session as never, location);
    return session;
  }

  it('denies a camera request and grants a clipboard write from our page', () => {
    const session = install();
    const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const contents = { getURL: () => INDEX };
    const callback = vi.fn();
    handler(contents, 'media', callback, { requestingUrl: INDEX });
    handler(contents, 'clipboard-sanitized-write', callback, { requestingUrl: INDEX });
    handler(contents, 'clipboard-sanitized-write', callback, { requestingUrl: 'https://evil.example/' });
    expect(callback.mock.calls).toEqual([[false], [true], [false]]);
  });

  it('answers permission checks the same way', () => {
    const session = install();
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(check(null, 'geolocation', 'file:///', { requestingUrl: INDEX })).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'file:///', { requestingUrl: INDEX })).toBe(true);
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });

  it('refuses every USB, HID and serial device', () => {
    const session = install();
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
  });
});

describe('hardenAllWebContents', () => {
  it('guards every web contents the app creates', () => {
    const on = vi.fn();
    hardenAllWebContents({ on } as never, location);
    const created = on.mock.calls.find(([name]) => name === 'web-contents-created')?.[1] as (
      e: unknown,
      c: unknown,
    ) => void;
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    created({}, contents);
    const events = contents.on.mock.calls.map(([name]) => name as string);
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });
});
