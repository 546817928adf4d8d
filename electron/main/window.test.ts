import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: FakeWindow[] = [];

class FakeWindow {
  readonly listeners = new Map<string, () => void>();
  readonly pageListeners = new Map<string, () => void>();
  readonly webContents = { once: vi.fn((name: string, fn: () => void) => this.pageListeners.set(name, fn)) };
  readonly show = vi.fn();
  readonly loadFile = vi.fn(() => Promise.resolve());
  readonly loadURL = vi.fn(() => Promise.resolve());
  readonly isDestroyed = vi.fn(() => false);
  readonly isVisible = vi.fn(() => false);
  constructor(readonly options: Record<string, unknown>) {
    created.push(this);
  }
  once(name: string, fn: () => void) {
    this.listeners.set(name, fn);
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { WINDOW_TITLE, createMainWindow, focusWindow, windowOptions } = await import('./window');

const base = { preload: '/app/out/preload/index.cjs', rendererIndex: '/app/out/renderer/index.html', devServerUrl: null, isPackaged: true };

describe('windowOptions', () => {
  const prefs = windowOptions(base).webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['devTools', false],
  ] as const)('sets %s to %s', (name, value) => {
    expect(prefs[name]).toBe(value);
  });

  it('uses the built CommonJS preload and the Italian title, hidden until ready', () => {
    const options = windowOptions(base);
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.title).toBe('Exar – Sportello tirocini');
    expect(WINDOW_TITLE).toBe(options.title);
    expect(options.show).toBe(false);
  });

  it('allows developer tools only from source', () => {
    expect(windowOptions({ ...base, isPackaged: false }).webPreferences?.devTools).toBe(true);
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('loads the built page from disk and shows it when ready', () => {
    createMainWindow(base);
    const window = created[0]!;
    expect(window.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
    expect(window.loadURL).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalled();
  });

  it('loads the dev server only when running from source', () => {
    createMainWindow({ ...base, isPackaged: false, devServerUrl: 'http://localhost:5173/' });
    expect(created[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('ignores a dev server URL in a packaged app', () => {
    createMainWindow({ ...base, devServerUrl: 'http://localhost:5173/' });
    expect(created[0]!.loadURL).not.toHaveBeenCalled();
    expect(created[0]!.loadFile).toHaveBeenCalled();
  });

  it('shows the window even if the page fails to load', () => {
    createMainWindow(base);
    created[0]!.pageListeners.get('did-fail-load')?.();
    expect(created[0]!.show).toHaveBeenCalled();
  });
});

describe('focusWindow', () => {
  function fake(minimized: boolean, destroyed = false) {
    return {
      isDestroyed: () => destroyed,
      isMinimized: () => minimized,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    };
  }

  it('restores a minimized window and focuses it', () => {
    const window = fake(true);
    focusWindow(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('does nothing to a destroyed window', () => {
    const window = fake(true, true);
    focusWindow(window);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).not.toHaveBeenCalled();
  });
});
