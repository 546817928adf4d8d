/**
 * The one window. Its web preferences are the security baseline of ARCHITECTURE.md, spelled out
 * even where they equal Electron's defaults, so a future default change cannot loosen them.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = 'Exar – Sportello tirocini';

export interface WindowOptions {
  preload: string;
  rendererIndex: string;
  /** electron-vite's dev server, already checked by `devServerOrigin`; null when packaged. */
  devServerUrl: string | null;
  isPackaged: boolean;
}

export function windowOptions(options: WindowOptions): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show': no white flash and no half-drawn window at start.
    show: false,
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Operators have no use for developer tools; a developer running from source does.
      devTools: !options.isPackaged,
    },
  };
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow(windowOptions(options));
  window.once('ready-to-show', () => window.show());
  // If the page cannot load, show the window anyway: an empty window beats an invisible app.
  window.webContents.once('did-fail-load', () => {
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  });
  if (options.devServerUrl && !options.isPackaged) {
    void window.loadURL(options.devServerUrl);
  } else {
    void window.loadFile(options.rendererIndex);
  }
  return window;
}

/** What a second launch does: bring the existing window to the front instead of a new one. */
export function focusWindow(window: Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
